package quiz

import (
	"fmt"
	"time"
)

// ReviewRef says where a question of a review session comes from, since a
// review mixes articles (and packs): answers are recorded against it.
type ReviewRef struct {
	PackID    string
	ArticleID string
	Due       time.Time // when the question fell due
}

// ReviewPlan is a review session with where each of its questions comes
// from, and the due questions left out of it.
type ReviewPlan struct {
	Session *Session
	Refs    []ReviewRef // Refs[i] is the origin of Session.Items[i]
	// Gone are due questions no pack has any more (the pack was removed or
	// the question deleted or renamed).
	Gone []ReviewItem
	// Changed are due questions whose content changed since they were
	// missed: what was learnt about them no longer holds, so they start
	// over in the next quiz on their article rather than here.
	Changed []ReviewItem
}

// QuestionLookup finds the current version of a question by pack, article
// and question id.
type QuestionLookup func(packID, articleID, questionID string) (*Question, bool)

// ReviewSession builds one session from the due questions (as DueReviews
// lists them, the longest overdue first): at most n of them (0 means all),
// in that order, with their options shuffled from seed. A due question
// that no longer exists or whose hash changed is left out and reported in
// the plan. It wraps ErrNoQuestions when nothing is left to ask.
func ReviewSession(due []ReviewItem, lookup QuestionLookup, n int, seed int64) (*ReviewPlan, error) {
	if n < 0 {
		return nil, fmt.Errorf("review %d questions: want a positive number", n)
	}
	plan := &ReviewPlan{}
	var qs []*Question
	seen := map[[3]string]bool{} // the store keeps one row per question, but a caller's list may not
	for _, it := range due {
		q, ok := lookup(it.PackID, it.ArticleID, it.QuestionID)
		switch {
		case !ok:
			plan.Gone = append(plan.Gone, it)
			continue
		case q.Hash() != it.QuestionHash:
			plan.Changed = append(plan.Changed, it)
			continue
		}
		key := [3]string{it.PackID, it.ArticleID, it.QuestionID}
		if seen[key] || n > 0 && len(qs) == n {
			continue
		}
		seen[key] = true
		qs = append(qs, q)
		plan.Refs = append(plan.Refs, ReviewRef{PackID: it.PackID, ArticleID: it.ArticleID, Due: it.Due})
	}
	if len(qs) == 0 {
		return plan, fmt.Errorf("%w due for review", ErrNoQuestions)
	}
	opts := SessionOptions{N: len(qs), Seed: seed}
	plan.Session = newSession(qs, opts, newRand(seed))
	return plan, nil
}
