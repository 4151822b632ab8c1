package quiz

import (
	"strings"
	"testing"
	"time"

	"brief/quiz/study"
)

// A timed exam resumed later carries on its own clock: the time left is
// the saved limit less the time it had run, so leaving an exam never buys
// more time. An exam with another limit (or none) is another quiz: the
// unfinished one is not offered for it.
func TestResumedExamKeepsItsClock(t *testing.T) {
	st := testStore(t)
	start := newTestQuiz(t, Config{Writer: study.NewWriter(st), Exam: true, TimeLimit: 10 * time.Minute}, resumeIDs...)
	deliver(start, start.begin())
	s, cmd := qzPress(start, rightKeys(start.item())...)
	deliver(s, cmd)

	for name, again := range map[string]time.Duration{"no --time": 0, "a longer --time": time.Hour} {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Writer: study.NewWriter(st), OfferResume: true, Exam: true, TimeLimit: again}, resumeIDs...)
			deliver(q, q.findUnfinished())
			if q.phase() == phaseResume {
				t.Fatalf("the 10-minute exam is offered to an exam of %v", again)
			}
		})
	}
	t.Run("the same --time", func(t *testing.T) {
		{
			q := newTestQuiz(t, Config{Writer: study.NewWriter(st), OfferResume: true, Exam: true, TimeLimit: 10 * time.Minute}, resumeIDs...)
			deliver(q, q.findUnfinished())
			if q.phase() != phaseResume {
				t.Fatalf("no offer to resume the exam")
			}
			// The offer names the exam with the time it has left.
			v := strings.Join(strings.Fields(qzView(q)), " ")
			for _, want := range []string{"exam (10m), 1 of 3 answered, ", " left, started ", "that exam is closed"} {
				if !strings.Contains(v, want) {
					t.Errorf("the offer lacks %q:\n%s", want, qzView(q))
				}
			}
			qzPress(q, "r")
			if q.att.Limit() <= 9*time.Minute || q.att.Limit() > 10*time.Minute {
				t.Errorf("resumed exam has %v to run; want what is left of its own 10 minutes", q.att.Limit())
			}
		}
	})
}

// The time spent on the resume-or-new question is not the exam's: the
// clock starts when the first question appears.
func TestExamClockWaitsForTheResumeQuestion(t *testing.T) {
	st := testStore(t)
	first := newTestQuiz(t, Config{Writer: study.NewWriter(st), Exam: true, TimeLimit: time.Minute}, resumeIDs...)
	deliver(first, first.begin())
	s, cmd := qzPress(first, rightKeys(first.item())...)
	deliver(s, cmd)

	for _, key := range []string{"r", "n"} {
		t.Run(key, func(t *testing.T) {
			q := newTestQuiz(t, Config{Writer: study.NewWriter(st), OfferResume: true, Exam: true, TimeLimit: time.Minute}, resumeIDs...)
			deliver(q, q.findUnfinished())
			if q.phase() != phaseResume {
				t.Fatalf("no offer to resume the exam")
			}
			t0 := time.Now()
			q.Update(ClockMsg{at: t0})
			q.Update(ClockMsg{at: t0.Add(40 * time.Second)}) // the student thinks it over
			left := q.att.Limit()
			qzPress(q, key)
			if key == "r" {
				left = q.att.Limit() // what the saved exam has left
			}
			if got := q.remaining(); got != left {
				t.Errorf("after %s: %v left, want %v (none of the 40 s on the question)", key, got, left)
			}
		})
	}
}
