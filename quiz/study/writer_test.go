package study

import (
	"brief/quiz/scores"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// orderLog records the order writes ran in.
type orderLog struct {
	mu  sync.Mutex
	ran []int
}

// job is a write that logs its number.
func (l *orderLog) job(n int) func(*scores.Store, error) outcome {
	return func(*scores.Store, error) outcome {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.ran = append(l.ran, n)
		return outcome{}
	}
}

func (l *orderLog) order() []int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.ran)
}

// savingWriter is a Writer whose writes run (on no store: the tests'
// writes do not touch one).
func savingWriter() *Writer { return &Writer{saving: true} }

// waitIdle waits until the writer has run every write queued, however
// long that takes: after a test, so that no write is left running.
func waitIdle(w *Writer) {
	w.mu.Lock()
	idle, running := w.idle, w.running
	w.mu.Unlock()
	if running {
		<-idle
	}
}

// within is a context that ends after d.
func within(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func TestWriterRunsWritesInTheOrderQueued(t *testing.T) {
	tests := map[string]struct {
		// wait waits for the tickets (or not), as a front end would.
		wait func(w *Writer, tickets []*Ticket)
	}{
		"tickets waited for in order": {func(_ *Writer, ts []*Ticket) {
			for _, t := range ts {
				t.Wait()
			}
		}},
		"last ticket first": {func(_ *Writer, ts []*Ticket) {
			for i := len(ts) - 1; i >= 0; i-- {
				ts[i].Wait()
			}
		}},
		"tickets waited for side by side, as Bubble Tea runs commands": {func(_ *Writer, ts []*Ticket) {
			var wg sync.WaitGroup
			for _, t := range ts {
				wg.Go(func() { t.Wait() })
			}
			wg.Wait()
		}},
		"no ticket waited for, only a flush at quit": {func(w *Writer, _ []*Ticket) {
			if err := w.Flush(context.Background()); err != nil {
				panic(err)
			}
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			w := savingWriter()
			var log orderLog
			var tickets []*Ticket
			for n := range 50 {
				tickets = append(tickets, w.do(1, false, log.job(n)))
			}
			tc.wait(w, tickets)
			waitIdle(w)
			want := make([]int, 50)
			for i := range want {
				want[i] = i
			}
			if got := log.order(); !slices.Equal(got, want) {
				t.Errorf("writes ran in the order %v, want %v", got, want)
			}
			for i, tk := range tickets {
				if err := tk.Wait(); err != nil {
					t.Errorf("write %d says %v", i, err)
				}
			}
			if err := w.Flush(context.Background()); err != nil {
				t.Errorf("everything saved, yet Flush says %v", err)
			}
		})
	}
}

func TestWriterFlushSaysWhatWasNotSaved(t *testing.T) {
	diskFull := errors.New("the disk is full")
	type write struct {
		answers int
		handIn  bool
		run     func(*scores.Store, error) outcome // nil never ends
	}
	tests := map[string]struct {
		writes []write
		want   string // what Flush says; "" for nil
	}{
		"everything saved": {
			writes: []write{{answers: 2, run: ok}, {handIn: true, run: ok}},
		},
		"one answer failed": {
			writes: []write{{answers: 1, run: ok}, {answers: 1, run: fails(1, diskFull)}},
			want:   "1 answer was not saved: the disk is full",
		},
		"the hand-in failed": {
			writes: []write{{answers: 1, run: ok}, {handIn: true, run: fails(0, diskFull)}},
			want:   "the hand-in was not saved: the disk is full",
		},
		"a write never ends": {
			writes: []write{{answers: 1, run: ok}, {answers: 2}, {answers: 1, run: ok}, {handIn: true, run: ok}},
			want:   "3 answers and the hand-in were not saved: the score store was still busy after 50ms",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			w := savingWriter()
			stuck := make(chan struct{})
			t.Cleanup(func() { close(stuck); waitIdle(w) })
			for _, wr := range tc.writes {
				run := wr.run
				if run == nil {
					run = func(*scores.Store, error) outcome { <-stuck; return outcome{} }
				}
				w.do(wr.answers, wr.handIn, run)
			}
			err := w.Flush(within(t, 50*time.Millisecond))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Flush says %q, want nil", err)
			case tc.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.want)):
				t.Errorf("Flush says %v, want %q", err, tc.want)
			}
			// A second flush (the program's end after ctrl+c) waits no
			// longer than the first and says the same.
			if again := w.Flush(within(t, time.Minute)); (again == nil) != (err == nil) || (err != nil && again.Error() != err.Error()) {
				t.Errorf("a second Flush says %v, the first %v", again, err)
			}
		})
	}
}

// ok is a write that saves everything.
func ok(*scores.Store, error) outcome { return outcome{} }

// fails is a write that could not save lost of its answers.
func fails(lost int, err error) func(*scores.Store, error) outcome {
	return func(*scores.Store, error) outcome { return outcome{lost: lost, err: err} }
}

func TestWriterStartsNoWriteOnceAFlushGaveUp(t *testing.T) {
	w := savingWriter()
	stuck := make(chan struct{})
	var log orderLog
	w.do(1, false, func(*scores.Store, error) outcome { <-stuck; return outcome{} })
	next := w.do(1, false, log.job(1))
	if err := w.Flush(within(t, 20*time.Millisecond)); err == nil {
		t.Fatal("Flush gave up, yet says everything was saved")
	}
	if !w.GaveUp() {
		t.Error("Flush gave up, yet GaveUp says no")
	}
	later := w.do(1, false, log.job(2)) // queued after the quit began
	close(stuck)                        // the store answers at last, after brief has given up
	for _, tk := range []*Ticket{next, later} {
		if err := tk.Wait(); err == nil || !strings.Contains(err.Error(), "still busy") {
			t.Errorf("a write queued behind says %v, want that the store was busy", err)
		}
	}
	waitIdle(w)
	if ran := log.order(); len(ran) != 0 {
		t.Errorf("writes %v ran after the flush gave up: brief would wait for them at its exit", ran)
	}
	if err := w.Flush(context.Background()); err == nil || !strings.HasPrefix(err.Error(), "2 answers were not saved") {
		t.Errorf("afterwards Flush says %v, want the two answers never written", err)
	}
}

func TestTicketIsDoneOnceItsOwnWriteIsDone(t *testing.T) {
	w := savingWriter()
	// The second write waits until the first write's ticket is done: a
	// ticket that waited for the whole queue would keep its outcome back
	// (a failed start shown only after every later answer is written).
	// The timeout only ends a test that would otherwise hang.
	failed := errors.New("could not begin")
	var first *Ticket
	sawDone := make(chan bool, 1)
	first = w.do(0, false, fails(0, failed))
	w.do(1, false, func(*scores.Store, error) outcome {
		select {
		case <-first.Done():
			sawDone <- true
		case <-time.After(5 * time.Second):
			sawDone <- false
		}
		return outcome{}
	})
	if err := first.Wait(); !errors.Is(err, failed) {
		t.Errorf("the first ticket says %v, want its own write's error", err)
	}
	if !<-sawDone {
		t.Error("the first ticket was done only after the write queued behind it had run")
	}
	if err := w.Flush(context.Background()); err != nil {
		t.Errorf("Flush says %v, want everything saved", err)
	}
}

func TestWriterOnNoStoreDoesNothing(t *testing.T) {
	for name, w := range map[string]*Writer{"no store": NewWriter(nil), "no writer": nil} {
		t.Run(name, func(t *testing.T) {
			if w.Saving() {
				t.Error("a writer on no store says it is saving")
			}
			if tk := w.do(1, false, func(*scores.Store, error) outcome { panic("ran") }); tk.Wait() != nil {
				t.Error("a write on no store failed")
			}
			if !w.Idle() || w.Flush(context.Background()) != nil {
				t.Error("a writer on no store has something to wait for")
			}
		})
	}
}

// Writes given while the store is still opening wait for it, in order;
// when it cannot be opened, each fails with the reason.
func TestOpenWriterQueuesWhileTheStoreOpens(t *testing.T) {
	cantOpen := errors.New("no such folder")
	for name, openErr := range map[string]error{"the store opens": nil, "it cannot be opened": cantOpen} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			release := make(chan struct{})
			w := OpenWriter(func() (*scores.Store, error) {
				<-release
				if openErr != nil {
					return nil, openErr
				}
				return scores.Open(dir)
			})
			if !w.Saving() {
				t.Fatal("a writer whose store is opening says it is not saving")
			}
			var log orderLog
			var got []error
			var tickets []*Ticket
			for n := range 3 {
				tickets = append(tickets, w.do(1, false, func(st *scores.Store, err error) outcome {
					if err != nil {
						return outcome{lost: 1, err: err}
					}
					if st == nil {
						return outcome{lost: 1, err: errors.New("no store")}
					}
					return log.job(n)(st, nil)
				}))
			}
			close(release)
			for _, tk := range tickets {
				got = append(got, tk.Wait())
			}
			err := w.Close(context.Background())
			if openErr == nil {
				if ran := log.order(); !slices.Equal(ran, []int{0, 1, 2}) || err != nil {
					t.Errorf("ran %v, Close says %v; want 0 1 2 and nil", ran, err)
				}
				return
			}
			for i, e := range got {
				if !errors.Is(e, cantOpen) {
					t.Errorf("write %d says %v, want the reason the store did not open", i, e)
				}
			}
			if err == nil || !strings.HasPrefix(err.Error(), "3 answers were not saved: no such folder") {
				t.Errorf("Close says %v, want the 3 answers not saved", err)
			}
		})
	}
}

// The answers queued one behind the other for one attempt are written
// together, up to a hand-in, another attempt's answers or another write,
// and maxBatch answers.
func TestWriterJoinsTheAnswersQueuedForAnAttempt(t *testing.T) {
	a, b := &slot{}, &slot{}
	answer := func(s *slot, n int, handIn bool) *job {
		return &job{answers: n, handIn: handIn, batch: &answers{slot: s, given: make([]scores.Answered, n)}}
	}
	other := &job{run: ok}
	w := savingWriter()
	w.queue = []*job{
		answer(a, 1, false), answer(a, 2, false), answer(a, 0, true), // a hand-in ends a group
		answer(a, 1, false), answer(b, 1, false), // another attempt
		answer(b, 1, false), other, answer(b, 1, false), // another write
		answer(a, maxBatch-1, false), answer(a, 1, false), answer(a, 1, false), // the most in one
	}
	var sizes []int
	for len(w.queue) > 0 {
		sizes = append(sizes, len(w.next()))
	}
	if want := []int{3, 1, 2, 1, 1, 2, 1}; !slices.Equal(sizes, want) {
		t.Errorf("groups of %v jobs, want %v", sizes, want)
	}
}
