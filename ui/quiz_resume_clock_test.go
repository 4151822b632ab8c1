package ui

import (
	"testing"
	"time"
)

// A timed exam resumed later carries on its own clock: the time left is
// the saved limit less the time it had run, whatever the new command line
// asks for, so leaving an exam never buys more time.
func TestResumedExamKeepsItsClock(t *testing.T) {
	st := testStore(t)
	start := newTestQuiz(t, QuizConfig{Begin: st.Begin, Exam: true, TimeLimit: 10 * time.Minute}, resumeIDs...)
	deliver(start, start.begin())
	s, cmd := qzPress(start, rightKeys(start.item())...)
	deliver(s, cmd)

	for name, again := range map[string]time.Duration{"no --time": 0, "a longer --time": time.Hour} {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, QuizConfig{Begin: st.Begin, Store: st, OfferResume: true, Exam: true, TimeLimit: again}, resumeIDs...)
			deliver(q, q.findUnfinished())
			if q.phase != phaseResume {
				t.Fatalf("no offer to resume the exam")
			}
			qzPress(q, "r")
			if q.cfg.TimeLimit <= 9*time.Minute || q.cfg.TimeLimit > 10*time.Minute {
				t.Errorf("resumed exam has %v to run; want what is left of its own 10 minutes", q.cfg.TimeLimit)
			}
		})
	}
}
