package ui

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// orderLog records the order jobs ran in.
type orderLog struct {
	mu  sync.Mutex
	ran []int
}

// job is a saver job that logs its number.
func (l *orderLog) job(n int) func() saveResult {
	return func() saveResult {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.ran = append(l.ran, n)
		return saveResult{msg: n}
	}
}

func TestSaverRunsJobsInTheOrderQueued(t *testing.T) {
	tests := map[string]struct {
		// run runs the jobs' commands (or not) and returns their
		// messages by job number.
		run func(s *quizSaver, cmds []tea.Cmd) map[int]tea.Msg
	}{
		"commands run in order": {func(_ *quizSaver, cmds []tea.Cmd) map[int]tea.Msg {
			out := map[int]tea.Msg{}
			for i, c := range cmds {
				out[i] = c()
			}
			return out
		}},
		"last command first": {func(_ *quizSaver, cmds []tea.Cmd) map[int]tea.Msg {
			out := map[int]tea.Msg{}
			for i := len(cmds) - 1; i >= 0; i-- {
				out[i] = cmds[i]()
			}
			return out
		}},
		"commands side by side, as Bubble Tea runs them": {func(_ *quizSaver, cmds []tea.Cmd) map[int]tea.Msg {
			msgs := make([]tea.Msg, len(cmds))
			var wg sync.WaitGroup
			for i, c := range cmds {
				wg.Go(func() { msgs[i] = c() })
			}
			wg.Wait()
			out := map[int]tea.Msg{}
			for i, m := range msgs {
				out[i] = m
			}
			return out
		}},
		"no command run, only a flush at quit": {func(s *quizSaver, _ []tea.Cmd) map[int]tea.Msg {
			if err := s.Flush(); err != nil {
				panic(err)
			}
			return nil
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := newQuizSaver()
			var log orderLog
			var cmds []tea.Cmd
			for n := range 5 {
				cmds = append(cmds, s.Enqueue(1, false, log.job(n)))
			}
			if len(log.ran) != 0 {
				t.Fatalf("Enqueue ran jobs %v itself", log.ran)
			}
			msgs := tc.run(s, cmds)
			if want := []int{0, 1, 2, 3, 4}; !slices.Equal(log.ran, want) {
				t.Errorf("jobs ran in the order %v, want %v", log.ran, want)
			}
			for i, m := range msgs {
				if m != i {
					t.Errorf("command %d brought %v, want its own job's message", i, m)
				}
			}
			if err := s.Flush(); err != nil {
				t.Errorf("everything saved, yet Flush says %v", err)
			}
		})
	}
}

func TestSaverFlushSaysWhatWasNotSaved(t *testing.T) {
	diskFull := errors.New("the disk is full")
	tests := map[string]struct {
		jobs []saveTask // answers, handIn and run; a nil run never ends
		want string     // what Flush says; "" for nil
	}{
		"everything saved": {
			jobs: []saveTask{{answers: 2, run: ok}, {handIn: true, run: ok}},
		},
		"one answer failed": {
			jobs: []saveTask{{answers: 1, run: ok}, {answers: 1, run: fails(1, diskFull)}},
			want: "1 answer was not saved: the disk is full",
		},
		"the hand-in failed": {
			jobs: []saveTask{{answers: 1, run: ok}, {handIn: true, run: fails(0, diskFull)}},
			want: "the hand-in was not saved: the disk is full",
		},
		"a write never ends": {
			jobs: []saveTask{{answers: 1, run: ok}, {answers: 2}, {answers: 1, run: ok}, {handIn: true, run: ok}},
			want: "3 answers and the hand-in were not saved: the score store was still busy after 50ms",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := newQuizSaver()
			s.bound = 50 * time.Millisecond
			stuck := make(chan struct{})
			t.Cleanup(func() { close(stuck); waitIdle(s) })
			for _, j := range tc.jobs {
				run := j.run
				if run == nil {
					run = func() saveResult { <-stuck; return saveResult{} }
				}
				s.Enqueue(j.answers, j.handIn, run)
			}
			err := s.Flush()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Flush says %q, want nil", err)
			case tc.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.want)):
				t.Errorf("Flush says %v, want %q", err, tc.want)
			}
			// A second flush (the program's end after ctrl+c) waits no
			// longer and says the same.
			if again := s.Flush(); (again == nil) != (err == nil) || (err != nil && again.Error() != err.Error()) {
				t.Errorf("a second Flush says %v, the first %v", again, err)
			}
		})
	}
}

// ok is a job that saves everything.
func ok() saveResult { return saveResult{} }

// fails is a job that could not save lost of its answers.
func fails(lost int, err error) func() saveResult {
	return func() saveResult { return saveResult{lost: lost, err: err} }
}

// waitIdle waits until the saver has run every job queued, however long
// that takes: after a test, so that no job is left writing to a store
// about to be closed.
func waitIdle(s *quizSaver) {
	s.mu.Lock()
	idle, running := s.idle, s.running
	s.mu.Unlock()
	if running {
		<-idle
	}
}

func TestSaverStartsNoJobOnceAFlushGaveUp(t *testing.T) {
	s := newQuizSaver()
	s.bound = 20 * time.Millisecond
	stuck := make(chan struct{})
	var log orderLog
	s.Enqueue(1, false, func() saveResult { <-stuck; return saveResult{} })
	next := s.Enqueue(1, false, log.job(1))
	if err := s.Flush(); err == nil {
		t.Fatal("Flush gave up, yet says everything was saved")
	}
	close(stuck) // the store answers at last, after brief has given up
	if msg := next(); msg != nil {
		t.Errorf("the job queued behind brought %v, want nothing", msg)
	}
	waitIdle(s)
	if len(log.ran) != 0 {
		t.Errorf("jobs %v ran after the flush gave up: brief would wait for them at its exit", log.ran)
	}
	if err := s.Flush(); err == nil || !strings.HasPrefix(err.Error(), "1 answer was not saved") {
		t.Errorf("afterwards Flush says %v, want the answer never written", err)
	}
}

func TestSaverCommandBringsItsMessageOnceItsOwnJobIsDone(t *testing.T) {
	s := newQuizSaver()
	returned := make(chan struct{})
	// The second job waits until the first job's command has brought
	// its message: a command that ran the whole queue before returning
	// would keep that message back (a failed start shown only after
	// every later answer is written). The timeout only ends a test that
	// would otherwise hang.
	sawReturn := make(chan bool, 1)
	first := s.Enqueue(0, false, func() saveResult { return saveResult{msg: "begun"} })
	s.Enqueue(1, false, func() saveResult {
		select {
		case <-returned:
			sawReturn <- true
		case <-time.After(5 * time.Second):
			sawReturn <- false
		}
		return saveResult{}
	})
	if msg := first(); msg != "begun" {
		t.Errorf("the first command brought %v, want its own job's message", msg)
	}
	close(returned)
	if !<-sawReturn {
		t.Error("the first command returned only after the job queued behind it had run")
	}
	// The drain went on in the background: the queue is empty and a
	// flush finds everything saved.
	if err := s.Flush(); err != nil {
		t.Errorf("Flush says %v, want everything saved", err)
	}
}
