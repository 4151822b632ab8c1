package quiz

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

func TestExamEndedBeforeTheStoreAnsweredIsStillSaved(t *testing.T) {
	tests := map[string]struct {
		end func(q *Screen) (common.Screen, tea.Cmd)
	}{
		"time runs out": {func(q *Screen) (common.Screen, tea.Cmd) {
			start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
			q.Update(ClockMsg{at: start})
			return q.Update(ClockMsg{at: start.Add(time.Minute)})
		}},
		"handed in": {func(q *Screen) (common.Screen, tea.Cmd) { return qzPress(q, "ctrl+s", "y") }},
	}
	for name, tc := range tests {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			st := testStore(t)
			q := newTestQuiz(t, Config{Exam: true, TimeLimit: time.Minute, Writer: study.NewWriter(st)}, "venue", "air-koryo")
			// Begin's command has not run when the exam ends: the
			// store is slow to answer.
			begin := q.begin()
			_, save := qzPress(q, rightKeys(q.item())...)
			s, handIn := tc.end(q)
			r, ok := s.(*ResultsScreen)
			if !ok {
				t.Fatalf("the exam ended on %T, want the results", s)
			}
			// The hand-in's command runs the jobs queued before it
			// first: the attempt's start, then the answer.
			deliver(r, handIn)
			deliver(q, tea.Batch(begin, save))
			attempts, err := st.Attempts(scores.AttemptFilter{})
			if err != nil {
				t.Fatal(err)
			}
			venue, skipped := q.sess().Items[0].Result, q.sess().Items[1].Result
			if len(attempts) != 1 || attempts[0].Score != venue.Max || attempts[0].Max != venue.Max+skipped.Max {
				t.Fatalf("attempts %+v, want one handed in with venue right and air-koryo skipped", attempts)
			}
			if r.saveErr != "" || !r.att.Saving() {
				t.Errorf("the results say %q, saving %v; want saved", r.saveErr, r.att.Saving())
			}
		})
	}
}
