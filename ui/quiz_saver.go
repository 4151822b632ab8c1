package ui

import (
	"errors"
	"fmt"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
)

// saveBound is how long a quit waits for answers still being saved. It
// is a little over the store's busy timeout (5 s), so that a store
// another brief holds for a moment still gets every answer, and a store
// that stays locked lets the student out soon after.
const saveBound = 6 * time.Second

// quizSaver is the one path by which a chain of quizzes (a quiz, its
// results, the quizzes taken again from them) writes to the score store.
// Jobs (begin an attempt, record answers, hand it in) run one at a time
// in the order they were queued, so an answer is never written before
// its attempt exists, nor after an answer given later. The jobs run on
// one drain at a time, which the commands Enqueue returns start (never
// Update); a quit calls Flush, which runs whatever is still queued and
// waits for it, within a bound.
type quizSaver struct {
	bound time.Duration // how long Flush waits; saveBound but in tests

	mu      sync.Mutex
	queue   []*saveTask
	running bool          // a drain is working through the queue
	idle    chan struct{} // closed when the running drain empties the queue
	current *saveTask     // the job being run, nil between jobs
	// deadline is when the first Flush gives up: a later one (the
	// program's end after ctrl+c) waits no longer than that.
	deadline time.Time
	lost     saveLoss // what could not be saved, and why
}

// saveTask is a queued job and what it writes.
type saveTask struct {
	answers int  // graded answers it records
	handIn  bool // it marks the attempt finished
	run     func() saveResult
	done    chan tea.Msg // gets the job's message once it has run
}

// saveResult is what a job did: its message for the screen that queued
// it (nil for none), and how many of its answers it could not save and
// why (or why the hand-in failed).
type saveResult struct {
	msg  tea.Msg
	lost int
	err  error
}

// saveLoss counts what never reached the store.
type saveLoss struct {
	answers int
	handIn  bool
	why     error
}

// newQuizSaver makes an empty save queue.
func newQuizSaver() *quizSaver { return &quizSaver{bound: saveBound} }

// attemptSlot is one attempt's recorder as the queue's jobs see it: the
// job that begins the attempt fills it in, the jobs after it read it.
// Only jobs touch it, one at a time, so it needs no lock of its own.
type attemptSlot struct {
	rec *quiz.Recorder
	err error // why the attempt could not begin
}

// Enqueue queues a job that writes answers graded answers (and hands
// the attempt in, if handIn) and returns the command that brings back
// its message as soon as the jobs queued before it and it have run.
// Enqueue itself does no I/O.
func (s *quizSaver) Enqueue(answers int, handIn bool, run func() saveResult) tea.Cmd {
	t := &saveTask{answers: answers, handIn: handIn, run: run, done: make(chan tea.Msg, 1)}
	s.mu.Lock()
	s.queue = append(s.queue, t)
	s.mu.Unlock()
	return func() tea.Msg {
		// The drain runs apart from any one command, so that a job's
		// message (a failed start, say) is not held back until the
		// jobs queued after it are done too. If a drain (started by an
		// earlier job's command, or a flush) has the queue already, it
		// runs this job in its turn.
		if s.claim() {
			go s.work()
		}
		return <-t.done
	}
}

// claim makes the caller the queue's one drain, unless there is one.
func (s *quizSaver) claim() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running {
		return false
	}
	s.running, s.idle = true, make(chan struct{})
	return true
}

// work runs the queued jobs in order until there are none; only the
// caller of a successful claim runs it. Once a flush has given up it
// starts no more: each would only keep brief waiting at its exit for a
// store that is not answering.
func (s *quizSaver) work() {
	s.mu.Lock()
	for len(s.queue) > 0 {
		if s.gaveUp() {
			s.abandon()
			break
		}
		t := s.queue[0]
		s.queue[0] = nil
		s.queue = s.queue[1:]
		s.current = t
		s.mu.Unlock()
		res := t.run()
		s.mu.Lock()
		s.current = nil
		s.lost.add(t, res)
		t.done <- res.msg
	}
	s.running = false
	close(s.idle)
	s.mu.Unlock()
}

// gaveUp reports whether a flush has given up waiting. Call it with mu
// held.
func (s *quizSaver) gaveUp() bool {
	return !s.deadline.IsZero() && !time.Now().Before(s.deadline)
}

// abandon counts the queued jobs as not saved and lets their commands
// return. Call it with mu held.
func (s *quizSaver) abandon() {
	for _, t := range s.queue {
		s.lost.add(t, saveResult{lost: t.answers, err: s.busy()})
		t.done <- nil
	}
	s.queue = nil
}

// busy is why the jobs a flush gave up on were not saved.
func (s *quizSaver) busy() error {
	return fmt.Errorf("the score store was still busy after %s (another brief may be saving to it)", s.bound)
}

// add counts what a job could not save.
func (l *saveLoss) add(t *saveTask, res saveResult) {
	if res.lost > 0 {
		l.answers += res.lost
		l.why = res.err
	}
	if t.handIn && res.err != nil {
		l.handIn, l.why = true, res.err
	}
}

// Flush runs every job still queued and waits for them, but no longer
// than the saver's bound from the first Flush. It returns nil when
// everything queued reached the store, else an *unsavedError saying how
// many answers did not and why, counting those still being written when
// it gave up.
func (s *quizSaver) Flush() error {
	s.mu.Lock()
	if s.deadline.IsZero() {
		s.deadline = time.Now().Add(s.bound)
	}
	deadline := s.deadline
	if !s.running && len(s.queue) > 0 {
		s.running, s.idle = true, make(chan struct{})
		go s.work()
	}
	idle, running := s.idle, s.running
	s.mu.Unlock()
	if running {
		timer := time.NewTimer(time.Until(deadline))
		select {
		case <-idle:
		case <-timer.C:
		}
		timer.Stop()
	}
	return s.unsaved()
}

// unsaved is what has not reached the store: what failed, and what is
// still queued or being written.
func (s *quizSaver) unsaved() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	loss := s.lost
	waiting := s.queue
	if s.current != nil {
		waiting = append([]*saveTask{s.current}, waiting...)
	}
	stuck := false
	for _, t := range waiting {
		loss.answers += t.answers
		loss.handIn = loss.handIn || t.handIn
		stuck = stuck || t.answers > 0 || t.handIn
	}
	if stuck {
		loss.why = s.busy()
	}
	if loss.answers == 0 && !loss.handIn {
		return nil
	}
	return &unsavedError{loss}
}

// flushAll flushes the savers side by side, so that the wait is one
// bound however many there are, and sums up what was not saved.
func flushAll(savers []*quizSaver) error {
	errs := make([]error, len(savers))
	var wg sync.WaitGroup
	for i, s := range savers {
		wg.Go(func() { errs[i] = s.Flush() })
	}
	wg.Wait()
	var sum saveLoss
	for _, err := range errs {
		var u *unsavedError
		if errors.As(err, &u) {
			sum.answers += u.answers
			sum.handIn = sum.handIn || u.handIn
			if sum.why == nil {
				sum.why = u.why
			}
		}
	}
	if sum.answers == 0 && !sum.handIn {
		return nil
	}
	return &unsavedError{sum}
}

// unsavedError says what a quit left unsaved and why, for the message
// brief prints once the interface has closed.
type unsavedError struct{ saveLoss }

// Error reads "2 answers were not saved: why".
func (e *unsavedError) Error() string {
	var what string
	switch {
	case e.answers == 1:
		what = "1 answer"
	case e.answers > 1:
		what = fmt.Sprintf("%d answers", e.answers)
	}
	verb := "were"
	switch {
	case e.handIn && what != "":
		what += " and the hand-in"
	case e.handIn:
		what, verb = "the hand-in", "was"
	case e.answers == 1:
		verb = "was"
	}
	why := "unknown error"
	if e.why != nil {
		why = e.why.Error()
	}
	return fmt.Sprintf("%s %s not saved: %s", what, verb, why)
}

// Unwrap gives the cause, for errors.Is.
func (e *unsavedError) Unwrap() error { return e.why }
