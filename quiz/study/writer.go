package study

import (
	"brief/quiz/scores"
	"sync"
	"time"
)

// Writer is the one path by which quiz attempts are written to a score
// store: make one per store and give it to every attempt. Writes (begin
// an attempt, record answers, hand it in, and the look-ups that must see
// them) are queued without blocking and run one at a time, in the order
// they were queued, on one goroutine at a time: an answer is never
// written before its attempt exists, nor after an answer given later,
// whichever front end or command queued it. Flush waits for them, within
// a bound, and says what could not be saved.
//
// A Writer on no store (scores are not being saved) queues nothing: its
// writes are done at once and save nothing.
type Writer struct {
	saving bool
	owns   bool                          // the store is OpenWriter's, for Close to close
	open   func() (*scores.Store, error) // nil once run; for OpenWriter

	mu    sync.Mutex
	store *scores.Store // set before the first job runs
	// openErr is why open failed; every job that writes gets it.
	openErr error
	queue   []*job
	running bool          // a goroutine is working through the queue
	idle    chan struct{} // closed when the running goroutine empties the queue
	current []*job        // the jobs being run, none between jobs
	// deadline is when the first Flush gives up: from then on no job
	// starts, and a later Flush waits no longer.
	deadline time.Time
	waited   time.Duration // the first Flush's bound, for the message
	lost     loss          // what could not be saved, and why
}

// job is a queued write and what it writes.
type job struct {
	answers int  // graded answers it records
	handIn  bool // it marks the attempt finished
	// run does the job; a job that writes answers has batch instead.
	run    func(store *scores.Store, openErr error) outcome
	batch  *answers
	ticket *Ticket
}

// answers is a job that writes answers to an attempt (and hands it in,
// if the job says so). The writer writes the answers of such jobs queued
// one behind the other for the same attempt in one transaction: a writer
// that fell behind (a store another brief held, a slow disk) catches up
// at once, and each job is acknowledged only once its answers are on
// disk.
type answers struct {
	slot  *slot
	given []scores.Answered
	at    time.Time // when the attempt is handed in, for a hand-in
}

// maxBatch is the most answers written in one transaction.
const maxBatch = 256

// outcome is what a job did: how many of its answers it could not save,
// and why (or why the hand-in, or the job, failed).
type outcome struct {
	lost int
	err  error
}

// NewWriter makes the Writer of store; a nil store saves nothing.
func NewWriter(store *scores.Store) *Writer {
	return &Writer{saving: store != nil, store: store}
}

// OpenWriter makes a Writer on the store open returns, which it calls on
// its goroutine before its first write: answers can be given, and are
// queued in order, while the store is still opening. When open fails,
// every write fails with its error. Close closes the store it opened.
func OpenWriter(open func() (*scores.Store, error)) *Writer {
	return &Writer{saving: true, owns: true, open: open}
}

// Saving reports whether the writes reach a store.
func (w *Writer) Saving() bool { return w != nil && w.saving }

// Ticket is a write queued on a Writer: Done is closed once it has run,
// or once a Flush has given up on it, and Err then says how it went. A
// nil Ticket is a write that had nothing to do.
type Ticket struct {
	done chan struct{}
	err  error
}

// closed is the channel of a nil Ticket: done from the start.
var closed = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// Done is closed when the write is over.
func (t *Ticket) Done() <-chan struct{} {
	if t == nil {
		return closed
	}
	return t.done
}

// Wait waits until the write is over and returns its error: nil when
// everything it had to write reached the store.
func (t *Ticket) Wait() error {
	if t == nil {
		return nil
	}
	<-t.done
	return t.err
}

// finish ends the ticket with err.
func (t *Ticket) finish(err error) {
	t.err = err
	close(t.done)
}

// do queues a job that records answers graded answers (and hands the
// attempt in, if handIn) and returns its ticket. It never blocks on the
// store: the job runs on the writer's goroutine, started here when it was
// idle. Once a Flush has given up, the job is not run but counted as not
// saved. A Writer that is not saving runs nothing and returns nil.
func (w *Writer) do(answers int, handIn bool, run func(*scores.Store, error) outcome) *Ticket {
	return w.queueJob(&job{answers: answers, handIn: handIn, run: run})
}

// write queues a job that writes the given answers to the attempt of
// slot s (and hands it in at at, if handIn), and returns its ticket. The
// answers may go in one transaction with the next ones to the same
// attempt.
func (w *Writer) write(s *slot, given []scores.Answered, handIn bool, at time.Time) *Ticket {
	return w.queueJob(&job{answers: len(given), handIn: handIn, batch: &answers{slot: s, given: given, at: at}})
}

// queueJob queues j; see do.
func (w *Writer) queueJob(j *job) *Ticket {
	if !w.Saving() {
		return nil
	}
	j.ticket = &Ticket{done: make(chan struct{})}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.gaveUp() {
		busy := w.busy()
		w.lost.add(j, outcome{lost: j.answers, err: busy})
		j.ticket.finish(busy)
		return j.ticket
	}
	w.queue = append(w.queue, j)
	if !w.running {
		w.running, w.idle = true, make(chan struct{})
		go w.work()
	}
	return j.ticket
}

// work runs the queued jobs in order until there are none; only the
// goroutine do starts runs it, one at a time. Once a flush has given up
// it starts no more: each would only keep brief waiting at its exit for a
// store that is not answering.
func (w *Writer) work() {
	w.mu.Lock()
	for len(w.queue) > 0 {
		if w.gaveUp() {
			w.abandon()
			break
		}
		group := w.next()
		w.current = group
		w.mu.Unlock()
		var outs []outcome
		if group[0].batch != nil {
			outs = writeAnswers(group)
		} else {
			store, openErr := w.opened()
			outs = []outcome{group[0].run(store, openErr)}
		}
		w.mu.Lock()
		w.current = nil
		for i, j := range group {
			w.lost.add(j, outs[i])
			j.ticket.finish(outs[i].err)
		}
	}
	w.running = false
	close(w.idle)
	w.mu.Unlock()
}

// next takes the next job off the queue and, when it writes answers, the
// jobs writing answers to the same attempt queued right behind it, up to
// a hand-in and to maxBatch answers: they run together. Call it with mu
// held.
func (w *Writer) next() []*job {
	group := []*job{w.pop()}
	first := group[0].batch
	if first == nil {
		return group
	}
	n := len(first.given)
	for len(w.queue) > 0 && !group[len(group)-1].handIn {
		b := w.queue[0].batch
		if b == nil || b.slot != first.slot || n+len(b.given) > maxBatch {
			break
		}
		n += len(b.given)
		group = append(group, w.pop())
	}
	return group
}

// pop takes the first job off the queue. Call it with mu held.
func (w *Writer) pop() *job {
	j := w.queue[0]
	w.queue[0] = nil
	w.queue = w.queue[1:]
	return j
}

// writeAnswers writes the answers of a group of jobs (see next) in one
// transaction, then hands the attempt in if the last job does, and says
// how each job went.
func writeAnswers(group []*job) []outcome {
	outs := make([]outcome, len(group))
	fail := func(err error) []outcome {
		for i, j := range group {
			outs[i] = outcome{lost: len(j.batch.given), err: err}
		}
		return outs
	}
	s := group[0].batch.slot
	if s.err != nil {
		// The attempt never began: there is nothing to record in.
		return fail(s.err)
	}
	var given []scores.Answered
	for _, j := range group {
		given = append(given, j.batch.given...)
	}
	if err := s.rec.RecordAll(given); err != nil {
		return fail(err)
	}
	if last := group[len(group)-1]; last.handIn {
		outs[len(group)-1] = outcome{err: s.rec.Finish(last.batch.at)}
	}
	return outs
}

// opened is the store, opening it first for a Writer of OpenWriter. Only
// the running goroutine calls it.
func (w *Writer) opened() (*scores.Store, error) {
	w.mu.Lock()
	open := w.open
	w.open = nil
	w.mu.Unlock()
	if open != nil {
		store, err := open()
		w.mu.Lock()
		w.store, w.openErr = store, err
		w.mu.Unlock()
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.store, w.openErr
}

// abandon counts the queued jobs as not saved and ends their tickets.
// Call it with mu held.
func (w *Writer) abandon() {
	busy := w.busy()
	for _, j := range w.queue {
		w.lost.add(j, outcome{lost: j.answers, err: busy})
		j.ticket.finish(busy)
	}
	w.queue = nil
}

// Idle reports whether no write is queued or running.
func (w *Writer) Idle() bool {
	if w == nil {
		return true
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return !w.running && len(w.queue) == 0
}
