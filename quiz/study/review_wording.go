package study

import (
	"fmt"
	"time"

	"brief/quiz"
)

// AgainIn says when a reviewed question comes back, for the feedback on
// a review answer: "again tomorrow", "again in 6 days". due is the new due
// date the schedule gave it (quiz.NextReview, or scores.Store.Review after
// the answer is recorded); days are counted between local calendar days, as
// the schedule counts them, so a question due tomorrow morning is
// "tomorrow" even late in the evening.
func AgainIn(due, now time.Time) string {
	days := calendarDays(now, due)
	switch {
	case days <= 0:
		return "again today"
	case days == 1:
		return "again tomorrow"
	}
	return fmt.Sprintf("again in %d days", days)
}

// AgainAfter is AgainIn for a review answer marked res, given where the
// question stood in the schedule before it (state, as scores.Store.Review
// reads it): the schedule moves it as the store will on recording it.
func AgainAfter(state quiz.ReviewState, res *quiz.Result, now time.Time) string {
	q := quiz.Quality(res.Points, res.Max, res.Verdict == quiz.Skipped)
	return AgainIn(quiz.NextReview(state, q, now).Due, now)
}

// calendarDays is how many local calendar days from lie before to.
func calendarDays(from, to time.Time) int {
	y1, m1, d1 := from.Date()
	y2, m2, d2 := to.In(from.Location()).Date()
	a := time.Date(y1, m1, d1, 12, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

// StillDueNotice is the end of a review: how many questions are still due
// (a review of -n questions leaves the rest), and how to go on.
func StillDueNotice(n int) string {
	if n <= 0 {
		return "Nothing more is due."
	}
	return fmt.Sprintf("%d more %s due · r to continue", n, Plural(n, "question", "questions"))
}
