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

func TestAgainAfterMovesTheQuestionAsTheStoreWill(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)
	state := quiz.ReviewState{Repetitions: 1, Interval: 1, Ease: 2.5}
	if got := AgainAfter(state, &quiz.Result{Points: 1, Max: 1, Verdict: quiz.Right}, now); got != "again in 6 days" {
		t.Errorf("right = %q, want again in 6 days", got)
	}
	if got := AgainAfter(state, &quiz.Result{Max: 1, Verdict: quiz.Skipped}, now); got != "again tomorrow" {
		t.Errorf("skipped = %q, want again tomorrow", got)
	}
}
