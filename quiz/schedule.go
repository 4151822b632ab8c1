package quiz

import (
	"math"
	"time"
)

// Spaced review follows SM-2, the algorithm of SuperMemo 2 as P. A. Wozniak
// published it in 1990 ("Application of a computer to improve the results
// obtained in working with the SuperMemo method"):
//
//   - every item starts with an E-Factor (ease) of 2.5;
//   - after each repetition the answer gets a quality q from 0 to 5 and the
//     E-Factor becomes EF' = EF + (0.1 - (5-q)*(0.08 + (5-q)*0.02)),
//     never below 1.3;
//   - a quality below 3 starts the repetitions over (the next interval is
//     1 day) without resetting the E-Factor;
//   - otherwise the intervals are I(1) = 1 day, I(2) = 6 days and
//     I(n) = I(n-1) * EF for n > 2, "rounded up to the nearest integer".
//
// The E-Factor that multiplies I(n-1) is the item's E-Factor before this
// repetition's adjustment, as in the usual reading of the paper.
const (
	// InitialEase is the E-Factor of an item that has never been reviewed.
	InitialEase = 2.5
	// MinEase is the floor SM-2 puts under the E-Factor.
	MinEase = 1.3
)

// The qualities brief gives an answer. SM-2 grades recall 0-5 by how it
// felt; a quiz only knows how many points were earned, so a right answer is
// a perfect response (5), a partly right one a correct response recalled
// with serious difficulty (3), and a wrong or skipped one an incorrect
// response (1).
const (
	QualityRight   = 5
	QualityPartial = 3
	QualityWrong   = 1
)

// ReviewState is where one question stands in the review schedule.
// The zero value is a question that has never been reviewed.
type ReviewState struct {
	Repetitions int       // successful repetitions in a row (q >= 3)
	Interval    int       // days from the last review to the next
	Ease        float64   // the E-Factor; 0 means InitialEase
	Due         time.Time // the start of the day the question is due again
	Last        time.Time // when it was last answered
}

// Quality grades an answer for SM-2: full marks are QualityRight, some
// points QualityPartial, none (or a skip) QualityWrong.
func Quality(points, max float64, skipped bool) int {
	switch {
	case skipped || points <= 0 && max > 0:
		return QualityWrong
	case points >= max:
		return QualityRight
	default:
		return QualityPartial
	}
}

// NextReview applies one SM-2 repetition of quality q (clamped to 0..5),
// answered at now, and returns the new state. The question is due at the
// start of the local day (in now's location) Interval days later, so that
// a question missed in the evening is offered the next morning.
func NextReview(s ReviewState, quality int, now time.Time) ReviewState {
	q := min(max(quality, 0), 5)
	ease := s.Ease
	if ease == 0 {
		ease = InitialEase
	}
	next := ReviewState{Last: now}
	if q < 3 {
		next.Repetitions = 0
		next.Interval = 1
	} else {
		switch s.Repetitions {
		case 0:
			next.Interval = 1
		case 1:
			next.Interval = 6
		default:
			next.Interval = roundUpDays(float64(s.Interval) * ease)
		}
		next.Repetitions = s.Repetitions + 1
	}
	d := float64(5 - q)
	next.Ease = max(ease+(0.1-d*(0.08+d*0.02)), MinEase)
	y, m, day := now.Date()
	next.Due = time.Date(y, m, day+next.Interval, 0, 0, 0, 0, now.Location())
	return next
}

// roundUpDays rounds an interval up to whole days as SM-2 asks, without
// letting floating-point noise (5 * 2.2 = 11.000000000000002) add a day.
func roundUpDays(days float64) int {
	return max(int(math.Ceil(days-1e-9)), 1)
}
