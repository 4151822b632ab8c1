package study

import (
	"reflect"
	"slices"
	"time"

	"brief/quiz"
)

// Standing is what a front end shows put down on each question, by
// index, whether handed in or not: a text typed but not sent, boxes
// ticked, items put in order. An exam handed in takes it as given: the
// README promises that what the student has put down counts.
type Standing map[int]quiz.Response

// HandIn ends the attempt at now. In an exam, every answer standing on
// screen but not sent counts as given, and every question still
// unanswered counts as skipped; those are recorded, then the attempt is
// marked finished, after every write queued before. In practice the
// attempt is marked finished as it stands. It returns the ticket of the
// write.
func (a *Attempt) HandIn(standing Standing, now time.Time) *Ticket {
	a.Leave(now)
	var items []int
	if a.exam {
		items = a.Unsent(standing)
		for _, i := range items {
			a.sess.Answer(i, standing[i])
		}
		left := a.sess.Unanswered()
		for _, i := range left {
			a.sess.Answer(i, quiz.Response{Skipped: true})
		}
		items = append(items, left...)
	}
	return a.record(items, true)
}

// Unsent lists, in order, the questions whose standing answer differs
// from the one handed in, or has none handed in: what a hand-in takes
// as it stands.
func (a *Attempt) Unsent(standing Standing) []int {
	var out []int
	for i, resp := range standing {
		it := &a.sess.Items[i]
		if it.Result != nil && reflect.DeepEqual(resp, it.Response) {
			continue
		}
		out = append(out, i)
	}
	slices.Sort(out)
	return out
}

// LeftBlank lists the questions with nothing handed in and nothing
// standing: the ones a hand-in counts as skipped.
func (a *Attempt) LeftBlank(standing Standing) []int {
	var out []int
	for _, i := range a.sess.Unanswered() {
		if _, ok := standing[i]; !ok {
			out = append(out, i)
		}
	}
	return out
}

// KeepGoing is the question to go back to instead of handing in, and
// why: the first left blank; without one, the first flagged; else cur,
// the question the student was on (and no why).
func (a *Attempt) KeepGoing(standing Standing, cur int) (int, string) {
	if left := a.LeftBlank(standing); len(left) > 0 {
		return left[0], "the first unanswered"
	}
	if f := a.Flagged(); len(f) > 0 {
		return f[0], "the first flagged"
	}
	return cur, ""
}
