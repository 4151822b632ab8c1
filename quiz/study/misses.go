package study

import (
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// LoadReviewOrMisses is LoadReview, except that when nothing is due it
// plans the questions missed today instead, so that r with nothing due
// still gives the student something to go over: the misses of a quiz
// just taken fall due only tomorrow. Misses says which it planned. With
// nothing due and nothing missed today it is LoadReview's answer: no
// plan, and when the next question falls due.
func LoadReviewOrMisses(store *scores.Store, packs []*content.Pack, now time.Time, n int, seed int64) (r Review, misses bool, err error) {
	r, err = LoadReview(store, packs, now, n, seed)
	if err != nil || r.Plan != nil {
		return r, false, err
	}
	y, m, d := now.Date()
	missed, err := store.MissedSince(time.Date(y, m, d, 0, 0, 0, 0, now.Location()))
	if err != nil || len(missed) == 0 {
		return r, false, err
	}
	plan, err := quiz.ReviewSession(missed, ReviewLookup(packs), n, seed)
	if err != nil {
		return r, false, nil // today's misses are gone or changed: nothing is due, as before
	}
	return Review{Plan: plan}, true, nil
}
