package study

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// SaveBound is how long a quit waits for answers still being saved. It
// is a little over the store's busy timeout (5 s), so that a store
// another brief holds for a moment still gets every answer, and a store
// that stays locked lets the student out soon after.
const SaveBound = 6 * time.Second

// Flush waits until every write queued has run, or until ctx is done,
// and gives up then: from that moment no queued write starts, and a
// later Flush (the program's end after ctrl+c) waits no longer. A ctx
// without a deadline waits as long as it takes. Flush returns nil when
// everything queued reached the store, else an *UnsavedError saying how
// many answers did not, and why, counting those still being written when
// it gave up.
func (w *Writer) Flush(ctx context.Context) error {
	if w == nil {
		return nil
	}
	w.mu.Lock()
	if d, ok := ctx.Deadline(); ok {
		w.bound(d)
	}
	deadline, idle, running := w.deadline, w.idle, w.running
	w.mu.Unlock()
	if running {
		var timeout <-chan time.Time
		if !deadline.IsZero() {
			timer := time.NewTimer(time.Until(deadline))
			defer timer.Stop()
			timeout = timer.C
		}
		select {
		case <-idle:
		case <-timeout:
		case <-ctx.Done():
			w.mu.Lock()
			w.bound(time.Now())
			w.mu.Unlock()
		}
	}
	w.mu.Lock()
	if !w.gaveUp() && !w.running {
		// Everything was written in time: nothing was given up, and a
		// later Flush has a bound of its own.
		w.deadline, w.waited = time.Time{}, 0
	}
	w.mu.Unlock()
	return w.unsaved()
}

// bound makes d the time to give up at, unless an earlier one is set.
// Call it with mu held.
func (w *Writer) bound(d time.Time) {
	if !w.deadline.IsZero() && !d.Before(w.deadline) {
		return
	}
	if w.deadline.IsZero() {
		// Rounded, so that a bound of 6 s reads "6s" however long the
		// caller took to call Flush after setting it.
		w.waited = max(0, time.Until(d)).Round(10 * time.Millisecond)
	}
	w.deadline = d
}

// GaveUp reports whether a Flush has given up waiting: from then on no
// write starts.
func (w *Writer) GaveUp() bool {
	if w == nil {
		return false
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.gaveUp()
}

// gaveUp is GaveUp with mu held.
func (w *Writer) gaveUp() bool {
	return !w.deadline.IsZero() && !time.Now().Before(w.deadline)
}

// busy is why the writes a flush gave up on were not saved.
func (w *Writer) busy() error {
	return fmt.Errorf("the score store was still busy after %s (another brief may be saving to it)", w.waited)
}

// Close flushes the writer as Flush does and then closes the store that
// OpenWriter opened; a store given to NewWriter is its caller's to close.
func (w *Writer) Close(ctx context.Context) error {
	err := w.Flush(ctx)
	if w == nil {
		return err
	}
	w.mu.Lock()
	store := w.store
	if !w.owns {
		store = nil
	}
	w.mu.Unlock()
	if store != nil {
		err = errors.Join(err, store.Close())
	}
	return err
}

// loss counts what never reached the store.
type loss struct {
	answers int
	handIn  bool
	why     error
}

// add counts what a job could not save.
func (l *loss) add(j *job, out outcome) {
	if out.lost > 0 {
		l.answers += out.lost
		l.why = out.err
	}
	if j.handIn && out.err != nil {
		l.handIn, l.why = true, out.err
	}
}

// unsaved is what has not reached the store: what failed, and what is
// still queued or being written.
func (w *Writer) unsaved() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	l := w.lost
	waiting := append(slices.Clone(w.current), w.queue...)
	stuck := false
	for _, j := range waiting {
		l.answers += j.answers
		l.handIn = l.handIn || j.handIn
		stuck = stuck || j.answers > 0 || j.handIn
	}
	if stuck {
		l.why = w.busy()
	}
	if l.answers == 0 && !l.handIn {
		return nil
	}
	return &UnsavedError{Answers: l.answers, HandIn: l.handIn, Why: l.why}
}

// UnsavedError says what a quit left unsaved and why, for the message
// brief prints once the quiz is over.
type UnsavedError struct {
	Answers int   // graded answers not saved
	HandIn  bool  // the hand-in of an attempt was not saved
	Why     error // the last reason
}

// Error reads "2 answers were not saved: why".
func (e *UnsavedError) Error() string {
	var what string
	switch {
	case e.Answers == 1:
		what = "1 answer"
	case e.Answers > 1:
		what = fmt.Sprintf("%d answers", e.Answers)
	}
	verb := "were"
	switch {
	case e.HandIn && what != "":
		what += " and the hand-in"
	case e.HandIn:
		what, verb = "the hand-in", "was"
	case e.Answers == 1:
		verb = "was"
	}
	why := "unknown error"
	if e.Why != nil {
		why = e.Why.Error()
	}
	return fmt.Sprintf("%s %s not saved: %s", what, verb, why)
}

// Unwrap gives the cause, for errors.Is.
func (e *UnsavedError) Unwrap() error { return e.Why }
