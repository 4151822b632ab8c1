package study

import (
	"fmt"
	"strings"
	"time"

	"brief/content"
	"brief/quiz/scores"
)

// HomeStatus reads, once, each article's best score and how many of its
// questions are due for review at now, and returns the function that
// shows them on the home screen ("best 90% (exam) · 3 due"). The best
// is over full attempts only, practice or exam, and says which: a review,
// a retry of questions whose answers were seen, or a quiz on a few of the
// article's questions is no score at the article (see
// scores.AttemptRow.Full). The function only looks in memory, as drawing
// requires; call HomeStatus again to refresh it after a quiz. With a nil
// store (scores are not being saved) every note is empty.
func HomeStatus(store *scores.Store, now time.Time) (func(p *content.Pack, a *content.Article) string, error) {
	if store == nil {
		return func(*content.Pack, *content.Article) string { return "" }, nil
	}
	type key struct{ pack, article string }
	scored := map[key][]scores.AttemptRow{}
	attempts, err := store.Attempts(scores.AttemptFilter{})
	if err != nil {
		return nil, err
	}
	for _, r := range attempts {
		if r.Max > 0 && r.Full(r.Questions) { // full at some count; checked against the article when drawn
			k := key{r.PackID, r.ArticleID}
			scored[k] = append(scored[k], r)
		}
	}
	due := map[key]int{}
	items, err := store.DueReviews(now)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		due[key{it.PackID, it.ArticleID}]++
	}
	return func(p *content.Pack, a *content.Article) string {
		k := key{p.ID, a.ID}
		var parts []string
		if b, ok := bestFull(scored[k], len(a.Questions)); ok {
			parts = append(parts, fmt.Sprintf("best %.0f%% (%s)", b.Percent, b.Mode))
		}
		if n := due[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d due", n))
		}
		return strings.Join(parts, " · ")
	}, nil
}

// bestFull is the best of rows that are full attempts at an article of
// current questions; an exam wins a tie, being the harder test.
func bestFull(rows []scores.AttemptRow, current int) (scores.AttemptRow, bool) {
	var best scores.AttemptRow
	found := false
	for _, r := range rows {
		if !r.Full(current) {
			continue
		}
		if !found || r.Percent > best.Percent || (r.Percent == best.Percent && r.Mode == scores.ModeExam) {
			best, found = r, true
		}
	}
	return best, found
}
