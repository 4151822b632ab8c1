package study

import (
	"fmt"
	"strings"
	"time"

	"brief/content"
	"brief/quiz/scores"
)

// HomeNotes is the note on each article of the home screen: how far the
// student has got, then HomeStatus's best score and reviews due ("67% read ·
// quiz in progress 25/37 · best 90% · 3 due"). Like HomeStatus it reads the
// store once and returns a function that looks only in memory; with a nil
// store every note is empty.
func HomeNotes(store *scores.Store, now time.Time) (func(p *content.Pack, a *content.Article) string, error) {
	status, err := HomeStatus(store, now)
	if err != nil || store == nil {
		return status, err
	}
	progress, err := store.Progress()
	if err != nil {
		return nil, err
	}
	return func(p *content.Pack, a *content.Article) string {
		var parts []string
		if ap := progress[[2]string{p.ID, a.ID}]; ap != nil {
			parts = append(parts, ProgressNote(a, ap)...)
		}
		if s := status(p, a); s != "" {
			parts = append(parts, s)
		}
		return strings.Join(parts, " · ")
	}, nil
}

// ProgressNote says how far the student has got with article a: the share
// of its words in sections read ("67% read"),
// and a quiz left unfinished ("quiz in progress 25/37", or "exam …").
func ProgressNote(a *content.Article, ap *scores.ArticleProgress) []string {
	var parts []string
	total, read := 0, 0
	for _, s := range a.Sections {
		total += s.Words
		if ap.SectionsRead[s.Slug] {
			read += s.Words
		}
	}
	if read > 0 {
		// Rounded down: "100%" only when every section was read.
		parts = append(parts, fmt.Sprintf("%d%% read", max(1, 100*read/total)))
	}
	if ap.QuizQuestions > 0 {
		what := "quiz"
		if ap.QuizMode == scores.ModeExam {
			what = "exam"
		}
		parts = append(parts, fmt.Sprintf("%s in progress %d/%d", what, ap.QuizAnswered, ap.QuizQuestions))
	}
	return parts
}
