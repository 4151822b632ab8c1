package quiz

import (
	"testing"
	"time"

	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// withoutSubmit is the keys that answer an item right, less the enter
// that would hand the answer in.
func withoutSubmit(it *quiz.SessionItem) []string {
	keys := rightKeys(it)
	if n := len(keys); n > 0 && keys[n-1] == "enter" {
		return keys[:n-1]
	}
	return keys
}

func TestExamTimeUpHandsInWhatIsPutDown(t *testing.T) {
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	tests := map[string]struct {
		id   string
		keys func(it *quiz.SessionItem) []string
		want quiz.Verdict
	}{
		"blanks filled in":         {"summit-dates", withoutSubmit, quiz.Right},
		"a short answer typed":     {"summit-focus", withoutSubmit, quiz.Right},
		"a number typed":           {"last-meeting", withoutSubmit, quiz.Right},
		"not a number, typed":      {"last-meeting", func(*quiz.SessionItem) []string { return qzType("soon") }, quiz.Wrong},
		"boxes ticked":             {"crucial-time", withoutSubmit, quiz.Right},
		"items put in order":       {"timeline", withoutSubmit, quiz.Right},
		"every item paired":        {"isolation", withoutSubmit, quiz.Right},
		"one item paired":          {"isolation", func(it *quiz.SessionItem) []string { return withoutSubmit(it)[:1] }, quiz.Partial},
		"nothing put down":         {"summit-focus", func(*quiz.SessionItem) []string { return nil }, quiz.Skipped},
		"an answer changed unsent": {"summit-focus", changedUnsent, quiz.Right},
		"an order left as dealt":   {"timeline", func(*quiz.SessionItem) []string { return []string{"down"} }, quiz.Skipped},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: true, TimeLimit: 2 * time.Minute}, tc.id, "delegation-agenda") // the second in file order
			q.Update(ClockMsg{at: start})
			qzPress(q, tc.keys(q.item())...)
			s, _ := q.Update(ClockMsg{at: start.Add(2 * time.Minute)})
			r, ok := s.(*ResultsScreen)
			if !ok {
				t.Fatalf("time up: %T, want the results", s)
			}
			if got := itemByID(r.att.Session(), tc.id).Result; got == nil || got.Verdict != tc.want {
				t.Errorf("%s: handed in as %+v, want %s", tc.id, got, tc.want)
			}
		})
	}
}

// changedUnsent answers a short question wrong, goes on, comes back and
// types the right answer over it without sending it.
func changedUnsent(it *quiz.SessionItem) []string {
	keys := append(qzType("nothing"), "enter", "pgup")
	for range "nothing" {
		keys = append(keys, "backspace")
	}
	return append(keys, withoutSubmit(it)...)
}

func TestExamTimeUpSavesWhatIsPutDown(t *testing.T) {
	st := testStore(t)
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	q := newTestQuiz(t, Config{Exam: true, TimeLimit: time.Minute, Writer: study.NewWriter(st)}, "summit-focus")
	q.Update(ClockMsg{at: start})
	qzPress(q, withoutSubmit(q.item())...)
	deliver(q.Update(ClockMsg{at: start.Add(time.Minute)}))
	rows, err := st.Attempts(scores.AttemptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Score != 1 {
		t.Fatalf("saved %+v, want one finished attempt scoring the typed answer", rows)
	}
}
