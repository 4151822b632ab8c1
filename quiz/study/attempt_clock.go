package study

import (
	"time"

	"brief/quiz/scores"
)

// The exam's clock runs from StartClock; the front end reads it with the
// times of its own clock (a tick, a read's return), so a test can fix it.

// StartClock starts the attempt's clock at now, once: an exam's time to
// answer in, and the time spent on the question on screen, count from
// then.
func (a *Attempt) StartClock(now time.Time) {
	if a.start.IsZero() {
		a.start, a.mark = now, now
	}
}

// RestartClock starts a clock already started again from now, when the
// first question appears after a question to the student (resume or
// start over?): the time spent choosing is not the exam's.
func (a *Attempt) RestartClock(now time.Time) {
	if !a.start.IsZero() {
		a.start, a.mark = now, now
	}
}

// Timed reports whether the attempt is an exam with a time limit.
func (a *Attempt) Timed() bool { return a.exam && a.limit > 0 }

// Limit is the time to answer in: an exam's time limit, or what was
// left of it for an exam resumed; 0 for none.
func (a *Attempt) Limit() time.Duration { return a.limit }

// Deadline is when a timed exam is handed in; zero when it is not
// timed or its clock has not started.
func (a *Attempt) Deadline() time.Time {
	if !a.Timed() || a.start.IsZero() {
		return time.Time{}
	}
	return a.start.Add(a.limit)
}

// Remaining is the time a timed exam has left at now: all of it until
// the clock starts, and below zero once it is up.
func (a *Attempt) Remaining(now time.Time) time.Duration {
	if a.start.IsZero() {
		return a.limit
	}
	return a.limit - now.Sub(a.start)
}

// TimeUp reports whether a timed exam has run out of time at now: it is
// to be handed in, and an answer given from now on does not count.
func (a *Attempt) TimeUp(now time.Time) bool {
	return a.Timed() && !a.start.IsZero() && a.Remaining(now) <= 0
}

// KeepTimeUsed keeps, with the attempt, how much of a timed exam's time
// is used at now, as the exam is left: carried on later, it has what was
// left then, and no more. (Each answer keeps it too, in its own write.)
// It does nothing for an attempt that is not timed or has not begun
// recording.
func (a *Attempt) KeepTimeUsed(now time.Time) *Ticket {
	used := a.timeUsed(now)
	if used == 0 || a.slot == nil {
		return nil
	}
	s := a.slot
	return a.w.do(0, false, func(_ *scores.Store, openErr error) outcome {
		if openErr != nil || s.rec == nil {
			return outcome{err: openErr}
		}
		return outcome{err: s.rec.KeepUsed(used)}
	})
}

// timeUsed is how much of a timed exam's whole limit (the attempt's own,
// for one carried on) is used at now; 0 when it is not timed or its
// clock has not started.
func (a *Attempt) timeUsed(now time.Time) time.Duration {
	if !a.Timed() || a.start.IsZero() {
		return 0
	}
	return max(time.Millisecond, a.info.TimeLimit-a.Remaining(now))
}
