package study

import (
	"errors"
	"fmt"
	"slices"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// The attempt history: every finished practice or exam attempt at an
// article, newest first, each of which can be opened again question by
// question as the results screen showed it, long after that screen was
// left. Reviews are left out: a review is of no one article.

// History lists the finished attempts at one article, newest first.
func History(store *scores.Store, packID, articleID string) ([]scores.AttemptRow, error) {
	if store == nil {
		return nil, errNoStore
	}
	rows, err := store.Attempts(scores.AttemptFilter{PackID: packID, ArticleID: articleID})
	if err != nil {
		return nil, err
	}
	rows = slices.DeleteFunc(rows, func(r scores.AttemptRow) bool { return r.Mode == scores.ModeReview })
	slices.Reverse(rows)
	return rows, nil
}

// errNoStore is History's and LoadPastAttempt's error without a store.
var errNoStore = errors.New("scores are not being saved, so there is no history")

// PastAttempt is an attempt rebuilt from the store to be looked at again:
// its session holds every question asked, in order, with the answer given
// and its mark.
type PastAttempt struct {
	Saved   *scores.SavedAttempt
	Article *content.Article
	Session *quiz.Session
}

// LoadPastAttempt rebuilds attempt id from the store and the article's
// questions as they are now, reading the article whole if only the
// library's index was read. It fails when the article is no longer
// installed or its questions changed too much to show the attempt again.
// It reads the store, so a front end calls it off its update loop.
func LoadPastAttempt(store *scores.Store, packs []*content.Pack, id int64) (*PastAttempt, error) {
	if store == nil {
		return nil, errNoStore
	}
	saved, answers, err := store.AttemptAnswers(id)
	if err != nil {
		return nil, err
	}
	art := findArticle(packs, saved.PackID, saved.ArticleID)
	if art == nil {
		return nil, fmt.Errorf("the article %s of pack %s is no longer installed", saved.ArticleID, saved.PackID)
	}
	if art.Partial() {
		whole, err := content.ReadWhole([]*content.Article{art})()
		if err != nil {
			return nil, err
		}
		art = whole[0]
	}
	sess, err := quiz.ResumeSession(art.Questions, quiz.SavedDraw{ID: saved.ID, QuestionIDs: saved.QuestionIDs, Seed: saved.Seed}, answers)
	if err != nil {
		return nil, fmt.Errorf("the questions of %q changed since this attempt, so it cannot be shown again: %w", art.Title, err)
	}
	return &PastAttempt{Saved: saved, Article: art, Session: sess}, nil
}

// findArticle is the article of a pack by ids, or nil.
func findArticle(packs []*content.Pack, packID, articleID string) *content.Article {
	for _, p := range packs {
		if p.ID == packID {
			if a, ok := p.Article(articleID); ok {
				return a
			}
		}
	}
	return nil
}
