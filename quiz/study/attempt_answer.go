package study

import (
	"time"

	"brief/quiz"
	"brief/quiz/scores"
)

// Answer grades resp as the answer to question i, given at now (the
// front end's clock: the time since the question was shown counts as
// time spent on it), and queues its write; an answer given again replaces
// the earlier one, in the store too. It returns the result and the
// write's ticket.
func (a *Attempt) Answer(i int, resp quiz.Response, now time.Time) (quiz.Result, *Ticket) {
	res := a.sess.Answer(i, resp)
	a.Leave(now)
	return res, a.record([]int{i}, false)
}

// Skip passes over question i at now. In practice it counts as skipped
// at once, and is recorded so; in an exam the question stays unanswered,
// to come back to, and the hand-in counts it as skipped. It reports
// whether it answered the question, with the write's ticket.
func (a *Attempt) Skip(i int, now time.Time) (bool, *Ticket) {
	if a.exam {
		a.Leave(now)
		return false, nil
	}
	_, t := a.Answer(i, quiz.Response{Skipped: true}, now)
	return true, t
}

// Flag marks question i to come back to (exam mode), or unmarks it, and
// reports whether it is flagged now, with the ticket of its write. The
// flags are kept with the attempt, so an exam left and carried on later
// still has them. Flagging does not begin recording (that would settle
// that the quiz is a new attempt, not one to carry on): before the first
// answer, the flags are written with it.
func (a *Attempt) Flag(i int) (bool, *Ticket) {
	it := &a.sess.Items[i]
	it.Flagged = !it.Flagged
	if a.slot == nil {
		a.flagsToWrite = true
		return it.Flagged, nil
	}
	return it.Flagged, a.keepFlags()
}

// keepFlags queues the write of the flagged questions' ids; the attempt
// must have begun recording.
func (a *Attempt) keepFlags() *Ticket {
	a.flagsToWrite = false
	ids := []string{}
	for _, i := range a.Flagged() {
		ids = append(ids, a.sess.Items[i].Q.ID)
	}
	s := a.slot
	return a.w.do(0, false, func(_ *scores.Store, openErr error) outcome {
		if openErr != nil || s.rec == nil {
			return outcome{err: openErr}
		}
		return outcome{err: s.rec.SetFlagged(ids)}
	})
}

// Flagged lists the flagged questions.
func (a *Attempt) Flagged() []int {
	var out []int
	for i, it := range a.sess.Items {
		if it.Flagged {
			out = append(out, i)
		}
	}
	return out
}

// Show puts question i on screen at now: the time since the last one
// was shown (or left) is added to that one's, and i's time counts from
// now.
func (a *Attempt) Show(i int, now time.Time) {
	a.Leave(now)
	a.shown = i
}

// Leave adds the time spent on the question on screen up to now (as a
// list of the questions or a question to the student replaces it), and
// counts its time on from now.
func (a *Attempt) Leave(now time.Time) {
	if !a.mark.IsZero() && now.After(a.mark) && a.shown < len(a.sess.Items) {
		a.sess.Items[a.shown].Elapsed += now.Sub(a.mark)
	}
	a.mark = now
}

// Mark counts the time of the question on screen from now, without
// adding the time since the last mark: what the student spent off the
// questions (asked whether to leave) is not a question's.
func (a *Attempt) Mark(now time.Time) { a.mark = now }

// Answered is how many questions have an answer (a skip is one).
func (a *Attempt) Answered() int { return len(a.sess.Items) - len(a.sess.Unanswered()) }

// Unanswered lists the questions with no answer yet.
func (a *Attempt) Unanswered() []int { return a.sess.Unanswered() }
