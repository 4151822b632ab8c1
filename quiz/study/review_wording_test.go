package study

import (
	"testing"
	"time"

	"brief/quiz"
)

func TestAgainInSaysWhenAReviewedQuestionComesBack(t *testing.T) {
	evening := time.Date(2026, 3, 2, 22, 30, 0, 0, time.Local)
	tests := map[string]struct {
		state   quiz.ReviewState
		quality int
		want    string
	}{
		"a miss comes back the next morning":         {quiz.ReviewState{Repetitions: 2, Interval: 6}, quiz.QualityWrong, "again tomorrow"},
		"a first right answer comes back next day":   {quiz.ReviewState{}, quiz.QualityRight, "again tomorrow"},
		"a second right answer comes back in 6 days": {quiz.ReviewState{Repetitions: 1, Interval: 1}, quiz.QualityRight, "again in 6 days"},
		"a third comes back in 15 days":              {quiz.ReviewState{Repetitions: 2, Interval: 6}, quiz.QualityRight, "again in 15 days"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			next := quiz.NextReview(tc.state, tc.quality, evening)
			if got := AgainIn(next.Due, evening); got != tc.want {
				t.Errorf("AgainIn(%v) = %q, want %q", next.Due, got, tc.want)
			}
		})
	}
}

func TestStillDueNoticeSaysHowManyAreLeft(t *testing.T) {
	for n, want := range map[int]string{0: "Nothing more is due.", 1: "1 more question due · r to continue", 7: "7 more questions due · r to continue"} {
		if got := StillDueNotice(n); got != want {
			t.Errorf("StillDueNotice(%d) = %q, want %q", n, got, want)
		}
	}
}
