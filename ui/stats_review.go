package ui

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
)

// ReviewLoadedMsg carries a review session built by LoadReviewCmd. Plan
// is nil when nothing is due; Next is then when the next question falls
// due (zero when none is scheduled).
type ReviewLoadedMsg struct {
	Plan *quiz.ReviewPlan
	Next time.Time
	Err  error
}

// LoadReviewCmd builds, off the update loop, one review session of every
// question due now in the given packs: at most n (0 for all), the longest
// overdue first, shuffled from seed.
func LoadReviewCmd(store *quiz.Store, packs []*content.Pack, n int, seed int64) tea.Cmd {
	return func() tea.Msg { return LoadReview(store, packs, time.Now(), n, seed) }
}

// LoadReview builds the review session of the questions due at now; see
// LoadReviewCmd. Due questions whose pack is not among packs, or which
// were removed or changed, are left out (and listed in the plan).
func LoadReview(store *quiz.Store, packs []*content.Pack, now time.Time, n int, seed int64) ReviewLoadedMsg {
	if store == nil {
		return ReviewLoadedMsg{Err: errors.New("scores are not being saved, so there is no review schedule")}
	}
	due, err := store.DueReviews(now)
	if err != nil {
		return ReviewLoadedMsg{Err: err}
	}
	plan, err := quiz.ReviewSession(due, ReviewLookup(packs), n, seed)
	if errors.Is(err, quiz.ErrNoQuestions) {
		next, err := nextReview(store, now, ReviewLookup(packs))
		return ReviewLoadedMsg{Next: next, Err: err}
	}
	if err != nil {
		return ReviewLoadedMsg{Err: err}
	}
	return ReviewLoadedMsg{Plan: plan}
}

// nextReview is when the next question of the packs that can still be
// asked falls due after now, or zero.
func nextReview(store *quiz.Store, now time.Time, lookup quiz.QuestionLookup) (time.Time, error) {
	// The schedule holds at most one row per question ever missed, so
	// reading it all is cheap; DueReviews lists it soonest first.
	all, err := store.DueReviews(now.AddDate(100, 0, 0))
	if err != nil {
		return time.Time{}, err
	}
	for _, it := range all {
		if !it.Due.After(now) {
			continue
		}
		if q, ok := lookup(it.PackID, it.ArticleID, it.QuestionID); ok && q.Hash() == it.QuestionHash {
			return it.Due, nil
		}
	}
	return time.Time{}, nil
}

// ReviewLookup finds questions in the packs by pack, article and question
// id, for quiz.ReviewSession.
func ReviewLookup(packs []*content.Pack) quiz.QuestionLookup {
	return func(packID, articleID, questionID string) (*quiz.Question, bool) {
		for _, p := range packs {
			if p.ID != packID {
				continue
			}
			a, ok := p.Article(articleID)
			if !ok {
				continue
			}
			for i := range a.Questions {
				if a.Questions[i].ID == questionID {
					return &a.Questions[i], true
				}
			}
		}
		return nil, false
	}
}

// ReviewNotice is what to tell a student who asked for a review and got
// none: why it could not be loaded, or that nothing is due and when the
// next question is.
func ReviewNotice(msg ReviewLoadedMsg) string {
	if msg.Err != nil {
		return "No review: " + msg.Err.Error()
	}
	return NothingDueNotice(msg.Next)
}

// NothingDueNotice says that nothing is due for review, and when the
// next question falls due (next is zero when none is scheduled).
func NothingDueNotice(next time.Time) string {
	if next.IsZero() {
		return "Nothing is due for review. Questions you miss in a quiz come back here the next day."
	}
	return "Nothing is due for review. Next review: " + next.Format("Monday 2 January 2006")
}
