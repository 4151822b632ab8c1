package scores

import (
	"brief/quiz"
	"testing"
	"time"
)

func TestExamTimeLimitIsKeptForResuming(t *testing.T) {
	s := openTestStore(t)
	start := time.Date(2026, 4, 6, 10, 0, 0, 0, time.UTC)
	id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam, TimeLimit: 10 * time.Minute, Started: start})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(answer(id, "art", "q1", 1, 1, start.Add(4*time.Minute))); err != nil {
		t.Fatal(err)
	}
	saved, answers, err := s.UnfinishedAttempt("pack", "art")
	if err != nil || saved == nil {
		t.Fatalf("UnfinishedAttempt: %+v, %v", saved, err)
	}
	if saved.TimeLimit != 10*time.Minute {
		t.Errorf("saved limit %v, want 10m", saved.TimeLimit)
	}
	tests := map[string]struct {
		limit   time.Duration
		answers []quiz.AnswerRecord
		want    time.Duration
	}{
		"four minutes used":   {10 * time.Minute, answers, 6 * time.Minute},
		"no answer yet":       {10 * time.Minute, nil, 10 * time.Minute},
		"no limit":            {0, answers, 0},
		"used up: one second": {3 * time.Minute, answers, time.Second},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a := *saved
			a.TimeLimit = tc.limit
			if got := a.TimeLeft(tc.answers); got != tc.want {
				t.Errorf("TimeLeft = %v, want %v", got, tc.want)
			}
		})
	}
}
