package scores

import (
	"testing"
	"time"
)

// The attempts a hand-in counts as begun and not finished: with an
// assignment, only those at it; without, the student's own too; never a
// finished one, a review, or one with no answer.
func TestUnfinishedCounts(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	begin := func(info AttemptInfo, answered, finish bool) {
		t.Helper()
		info.PackID, info.PackVersion = "pack", "1"
		id, err := s.StartAttempt(info)
		if err != nil {
			t.Fatal(err)
		}
		if answered {
			if err := s.RecordAnswer(answer(id, info.ArticleID, "q1", 0, 1, now)); err != nil {
				t.Fatal(err)
			}
		}
		if finish {
			if err := s.FinishAttempt(id, now); err != nil {
				t.Fatal(err)
			}
		}
	}
	begin(AttemptInfo{ArticleID: "a1", Mode: ModeExam, Assigned: true}, true, false)  // the assignment, cut short
	begin(AttemptInfo{ArticleID: "a1", Mode: ModeExam, Assigned: true}, true, true)   // finished: a result
	begin(AttemptInfo{ArticleID: "a1", Mode: ModeExam, Assigned: true}, false, false) // opened, nothing answered
	begin(AttemptInfo{ArticleID: "a1", Mode: ModePractice}, true, false)              // the student's own
	begin(AttemptInfo{ArticleID: "a2", Mode: ModePractice}, true, false)              // the student's own
	begin(AttemptInfo{ArticleID: "a2", Mode: ModeReview}, true, false)                // a review
	tests := map[bool]map[string]int{
		true:  {"a1": 1},
		false: {"a1": 2, "a2": 1},
	}
	for assignedOnly, want := range tests {
		got, err := s.UnfinishedCounts("pack", "1", assignedOnly)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || got["a1"] != want["a1"] || got["a2"] != want["a2"] {
			t.Errorf("assigned only %v: %v, want %v", assignedOnly, got, want)
		}
	}
}
