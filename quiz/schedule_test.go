package quiz

import (
	"math"
	"testing"
	"time"
)

func TestNextReviewFollowsSM2(t *testing.T) {
	now := time.Date(2026, 3, 10, 18, 30, 0, 0, time.UTC)
	tests := map[string]struct {
		in        ReviewState
		quality   int
		wantReps  int
		wantDays  int
		wantEase  float64
		wantDueOn string
	}{
		// q=5: EF' = 2.5 + (0.1 - 0*(0.08+0*0.02)) = 2.6; first repetition I(1) = 1.
		"new item, perfect": {ReviewState{}, 5, 1, 1, 2.6, "2026-03-11"},
		// q=3: EF' = 2.5 + (0.1 - 2*(0.08+2*0.02)) = 2.5 + 0.1 - 0.24 = 2.36; I(1) = 1.
		"new item, partly right": {ReviewState{}, 3, 1, 1, 2.36, "2026-03-11"},
		// q=1: EF' = 2.5 + (0.1 - 4*(0.08+4*0.02)) = 2.5 + 0.1 - 0.64 = 1.96;
		// q < 3 starts over: repetitions 0, interval 1 day.
		"new item, wrong": {ReviewState{}, 1, 0, 1, 1.96, "2026-03-11"},
		// q=0: EF' = 2.5 + (0.1 - 5*(0.08+5*0.02)) = 2.5 + 0.1 - 0.9 = 1.7.
		"new item, blackout": {ReviewState{}, 0, 0, 1, 1.7, "2026-03-11"},
		// q=4: EF' = 2.5 + (0.1 - 1*(0.08+1*0.02)) = 2.5; second repetition I(2) = 6.
		"second repetition": {ReviewState{Repetitions: 1, Interval: 1, Ease: 2.5}, 4, 2, 6, 2.5, "2026-03-16"},
		// Third repetition: I(3) = I(2) * EF = 6 * 2.5 = 15 (the EF before this
		// answer's adjustment); EF' = 2.5 + 0.1 = 2.6.
		"third repetition": {ReviewState{Repetitions: 2, Interval: 6, Ease: 2.5}, 5, 3, 15, 2.6, "2026-03-25"},
		// I(n) = 6 * 2.36 = 14.16, rounded up to 15; EF' = 2.36 - 0.14 = 2.22.
		"fractional interval rounds up": {ReviewState{Repetitions: 2, Interval: 6, Ease: 2.36}, 3, 3, 15, 2.22, "2026-03-25"},
		// A lapse after a long run: repetitions 0, interval back to 1 day,
		// EF' = 2.6 - 0.54 = 2.06 (the E-Factor is kept, not reset to 2.5).
		"lapse keeps the ease": {ReviewState{Repetitions: 4, Interval: 40, Ease: 2.6}, 1, 0, 1, 2.06, "2026-03-11"},
		// EF' = 1.4 - 0.54 = 0.86, below the floor: 1.3.
		"ease never drops below 1.3": {ReviewState{Repetitions: 2, Interval: 6, Ease: 1.4}, 1, 0, 1, 1.3, "2026-03-11"},
		// At the floor, q=3 leaves 1.3 - 0.14 = 1.16, floored to 1.3;
		// I(n) = 10 * 1.3 = 13.
		"floor holds on partial": {ReviewState{Repetitions: 3, Interval: 10, Ease: 1.3}, 3, 4, 13, 1.3, "2026-03-23"},
		// Qualities outside 0..5 are clamped: 9 counts as 5.
		"quality above 5 is clamped": {ReviewState{}, 9, 1, 1, 2.6, "2026-03-11"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := NextReview(tc.in, tc.quality, now)
			if got.Repetitions != tc.wantReps || got.Interval != tc.wantDays {
				t.Errorf("repetitions, interval = %d, %d; want %d, %d", got.Repetitions, got.Interval, tc.wantReps, tc.wantDays)
			}
			if math.Abs(got.Ease-tc.wantEase) > 1e-9 {
				t.Errorf("ease = %v, want %v", got.Ease, tc.wantEase)
			}
			if d := got.Due.Format("2006-01-02 15:04"); d != tc.wantDueOn+" 00:00" {
				t.Errorf("due = %s, want %s 00:00", d, tc.wantDueOn)
			}
			if !got.Last.Equal(now) {
				t.Errorf("last = %v, want %v", got.Last, now)
			}
		})
	}
}

func TestNextReviewWholeIntervalStaysWhole(t *testing.T) {
	// Three perfect answers take the E-Factor from 2.5 to 2.8, which in
	// floating point arithmetic is 2.8000000000000003. Then I(n) = 5 * 2.8 = 14
	// exactly, but the float product is 14.000000000000002, and rounding that
	// up naively would give 15 days.
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	s := ReviewState{}
	for range 3 {
		s = NextReview(s, QualityRight, now)
	}
	if math.Abs(s.Ease-2.8) > 1e-9 {
		t.Fatalf("ease after three perfect answers = %v, want 2.8", s.Ease)
	}
	s.Interval = 5
	got := NextReview(s, QualityRight, now)
	if got.Interval != 14 {
		t.Errorf("interval = %d days, want 5 * 2.8 = 14", got.Interval)
	}
}

func TestNextReviewDueIsLocalMidnight(t *testing.T) {
	// A question missed at 23:30 in Tokyo is due at the start of the next
	// day in Tokyo, not 24 hours later.
	tokyo := time.FixedZone("JST", 9*3600)
	now := time.Date(2026, 1, 31, 23, 30, 0, 0, tokyo)
	got := NextReview(ReviewState{}, QualityWrong, now)
	want := time.Date(2026, 2, 1, 0, 0, 0, 0, tokyo)
	if !got.Due.Equal(want) {
		t.Errorf("due = %v, want %v", got.Due, want)
	}
}

func TestQuality(t *testing.T) {
	tests := map[string]struct {
		points, max float64
		skipped     bool
		want        int
	}{
		"full marks":              {2, 2, false, QualityRight},
		"some points":             {0.5, 2, false, QualityPartial},
		"no points":               {0, 2, false, QualityWrong},
		"skipped":                 {0, 2, true, QualityWrong},
		"skipped with stale mark": {2, 2, true, QualityWrong},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Quality(tc.points, tc.max, tc.skipped); got != tc.want {
				t.Errorf("Quality(%v, %v, %v) = %d, want %d", tc.points, tc.max, tc.skipped, got, tc.want)
			}
		})
	}
}
