package study

import (
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// StatesLookup is a read of where each question of a review stands in the
// schedule, queued on a Writer: Done is closed once it has run.
type StatesLookup struct {
	t      *Ticket
	states map[int]quiz.ReviewState
}

// Done is closed when the read is over.
func (l *StatesLookup) Done() <-chan struct{} { return l.t.Done() }

// Wait waits for the read and returns each question's state by its
// index in the review; a question not in the schedule has none. It is
// empty when scores are not being saved.
func (l *StatesLookup) Wait() (map[int]quiz.ReviewState, error) {
	err := l.t.Wait()
	return l.states, err
}

// ReadReviewStates reads, through w, where each question of the review
// att stands in the schedule before it is answered, so that the feedback
// can say when it comes back (AgainAfter): the answers' writes move it
// on, and this read is queued before any of them. It reads nothing for
// an attempt that is not a review.
func ReadReviewStates(w *Writer, att *Attempt) *StatesLookup {
	l := &StatesLookup{states: map[int]quiz.ReviewState{}}
	if !att.Review() {
		return l
	}
	refs := append([]quiz.ReviewRef(nil), att.refs...)
	ids := make([]string, len(refs))
	for i := range refs {
		ids[i] = att.sess.Items[i].Q.ID
	}
	l.t = w.do(0, false, func(store *scores.Store, openErr error) outcome {
		if openErr != nil {
			return outcome{err: openErr}
		}
		for i, r := range refs {
			st, ok, err := store.Review(r.PackID, r.ArticleID, ids[i])
			if err != nil {
				return outcome{err: err}
			}
			if ok {
				l.states[i] = st
			}
		}
		return outcome{}
	})
	return l
}

// DueLookup is a count of the questions due, queued on a Writer.
type DueLookup struct {
	t *Ticket
	n int
}

// Done is closed when the count is over.
func (l *DueLookup) Done() <-chan struct{} { return l.t.Done() }

// Wait waits for the count and returns it; 0 when scores are not being
// saved.
func (l *DueLookup) Wait() (int, error) {
	err := l.t.Wait()
	return l.n, err
}

// CountDue counts, through w, the questions of packs due at now that a
// review can ask, after every write queued before it: at the end of a
// review, its answers have moved their questions on, so what is left is
// what is still due (StillDueNotice). Questions whose pack is gone, or
// which were removed or changed, are not counted, as LoadReview leaves
// them out: "3 more due" is three more a review will ask.
func CountDue(w *Writer, packs []*content.Pack, now time.Time) *DueLookup {
	l := &DueLookup{}
	l.t = w.do(0, false, func(store *scores.Store, openErr error) outcome {
		if openErr != nil {
			return outcome{err: openErr}
		}
		due, err := store.DueReviews(now)
		l.n = len(askable(due, ReviewLookup(packs)))
		return outcome{err: err}
	})
	return l
}
