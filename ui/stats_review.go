package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// ReviewLoadedMsg carries a review session built by LoadReviewCmd. Plan
// is nil when nothing is due; Next is then when the next question falls
// due (zero when none is scheduled).
type ReviewLoadedMsg struct {
	Plan   *quiz.ReviewPlan
	Misses bool // nothing was due: the plan is the questions missed today
	Next   time.Time
	Err    error
}

// LoadReviewCmd plans, off the update loop, one review session of every
// question due now in the given packs (see study.LoadReview).
func LoadReviewCmd(store *scores.Store, packs []*content.Pack, n int, seed int64) tea.Cmd {
	return func() tea.Msg {
		r, misses, err := study.LoadReviewOrMisses(store, packs, time.Now(), n, seed) // nothing due: today's misses
		return ReviewLoadedMsg{Plan: r.Plan, Misses: misses, Next: r.Next, Err: err}
	}
}

// reviewNotice is what to tell a student who asked for a review and got
// none: why it could not be loaded, or that nothing is due and when the
// next question is.
func reviewNotice(msg ReviewLoadedMsg) string {
	if msg.Err != nil {
		return "No review: " + msg.Err.Error()
	}
	return study.NothingDueNotice(msg.Next)
}
