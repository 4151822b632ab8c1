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
// shows them on the home screen ("best 90% · 3 due"). The function only
// looks in memory, as drawing requires; call HomeStatus again to refresh
// it after a quiz. With a nil store (scores are not being saved) every
// note is empty.
func HomeStatus(store *scores.Store, now time.Time) (func(p *content.Pack, a *content.Article) string, error) {
	if store == nil {
		return func(*content.Pack, *content.Article) string { return "" }, nil
	}
	type key struct{ pack, article string }
	best := map[key]float64{}
	attempts, err := store.Attempts(scores.AttemptFilter{})
	if err != nil {
		return nil, err
	}
	for _, r := range attempts {
		if r.Mode == scores.ModeReview || r.Max <= 0 {
			continue // a review is not a score at one article
		}
		k := key{r.PackID, r.ArticleID}
		best[k] = max(best[k], r.Percent)
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
		if b, ok := best[k]; ok {
			parts = append(parts, fmt.Sprintf("best %.0f%%", b))
		}
		if n := due[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d due", n))
		}
		return strings.Join(parts, " · ")
	}, nil
}
