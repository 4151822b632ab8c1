package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/content"
	"brief/internal/sanitize"
	"brief/quiz"
	"brief/quiz/study"
)

// fakeClock is a clock the tests move on by hand; the input reader moves
// it from the goroutine that reads lines, hence the lock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// typedLines is input typed by a slow student: before each line arrives
// the clock moves on by that line's delay. After the last line it either
// ends or, with hang set, waits forever, as a student who stops typing.
type typedLines struct {
	clock  *fakeClock
	lines  []string
	delays []time.Duration
	hang   chan struct{} // closed when the test ends; nil: input ends after the lines
}

func (r *typedLines) Read(p []byte) (int, error) {
	if len(r.lines) == 0 {
		if r.hang != nil {
			<-r.hang
		}
		return 0, io.EOF
	}
	r.clock.advance(r.delays[0])
	n := copy(p, r.lines[0]+"\n")
	r.lines, r.delays = r.lines[1:], r.delays[1:]
	return n, nil
}

// Questions with known answers: a multi question that gives thirds of a
// point, and a true/false question.
var (
	plainMulti = quiz.Question{ID: "crowd", Type: quiz.Multi, Level: quiz.Recall, Points: 1, Prompt: "Who came?",
		Options: []string{"Kim", "Putin", "Shoigu", "Xi"}, Answers: []string{"Kim", "Putin", "Shoigu"}}
	plainTrue = quiz.Question{ID: "met", Type: quiz.TrueFalse, Level: quiz.Recall, Points: 1, Prompt: "They had met before.", Truth: true}
)

// plainRun asks qs in file order, their options unshuffled, and returns
// what was printed and the graded session. configure may set up the
// attempt (an exam, a time limit) and the quiz (its timer, its style).
func plainRun(t *testing.T, qs []quiz.Question, in io.Reader, clock *fakeClock, configure func(*study.Setup, *plainQuiz)) (string, *quiz.Session) {
	t.Helper()
	sess, err := quiz.NewSession(qs, quiz.SessionOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range sess.Items {
		sess.Items[i].View = quiz.View{} // options as written, so the test types known letters
	}
	var out bytes.Buffer
	setup := study.Setup{Session: sess, Now: clock.now}
	p := &plainQuiz{
		in: bufio.NewScanner(in), out: &out,
		now: clock.now, after: func(time.Duration) <-chan time.Time { return nil },
		cleaner: sanitize.Line,
	}
	if configure != nil {
		configure(&setup, p)
	}
	p.att = study.New(nil, setup) // scores are not saved
	if err := p.run(); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	return out.String(), sess
}

func TestPlainQuizPartialCreditReadsAsTwoDecimals(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"a", "t"}, delays: []time.Duration{0, 0}}
	out, _ := plainRun(t, []quiz.Question{plainMulti, plainTrue}, in, clock, nil)
	for _, want := range []string{"  Partly right: 0.33/1.", "Score: 1.33/2 (67%)\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "333") {
		t.Errorf("a raw float reached the student:\n%s", out)
	}
}

func TestPlainQuizTrueFalseOffersLetters(t *testing.T) {
	tests := map[string]struct {
		line  string
		right bool
	}{
		"letter a is True":  {"a", true},
		"letter b is False": {"B", false},
		"number 1 is True":  {"1", true},
		"t still works":     {"t", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			clock := newFakeClock()
			in := &typedLines{clock: clock, lines: []string{tc.line}, delays: []time.Duration{0}}
			out, sess := plainRun(t, []quiz.Question{plainTrue}, in, clock, nil)
			if !strings.Contains(out, "They had met before.\n  A) True\n  B) False\n  (answer t or f, or a letter)\n") {
				t.Errorf("the options are not shown as the full-screen quiz shows them:\n%s", out)
			}
			if got := sess.Items[0].Result.Verdict == quiz.Right; got != tc.right {
				t.Errorf("%q marked right = %v, want %v:\n%s", tc.line, got, tc.right, out)
			}
		})
	}
}

func TestPlainExamTimeLimit(t *testing.T) {
	qs := []quiz.Question{plainTrue, plainMulti}
	tests := map[string]struct {
		lines    []string
		delays   []time.Duration
		hang     bool // the student stops typing: only the timer ends the wait
		fires    int  // the timer fires on this wait (1-based); 0 never
		want     []string
		verdicts []quiz.Verdict
	}{
		"answers in time count": {
			lines: []string{"t", "a b c"}, delays: []time.Duration{10 * time.Second, 20 * time.Second},
			want:     []string{"Exam: 2 questions, 1m to answer; marks at the end.\n", "Question 1 of 2 · recall · 1 point · 1:00 left\n", "Question 2 of 2 · recall · 1 point · 0:50 left\n", "Score: 2/2 (100%)\n"},
			verdicts: []quiz.Verdict{quiz.Right, quiz.Right},
		},
		"a late answer is refused and the exam handed in": {
			lines: []string{"t", "a b c"}, delays: []time.Duration{10 * time.Second, 70 * time.Second},
			want:     []string{"Time is up: your answers are handed in.\n", "Question 2: Who came?\n  Skipped: 0/1.", "Score: 1/2 (50%)\n"},
			verdicts: []quiz.Verdict{quiz.Right, quiz.Skipped},
		},
		"the timer interrupts a student who stopped typing": {
			lines: []string{"t"}, delays: []time.Duration{5 * time.Second}, hang: true, fires: 2,
			want:     []string{"Time is up: your answers are handed in.\n", "Score: 1/2 (50%)\n"},
			verdicts: []quiz.Verdict{quiz.Right, quiz.Skipped},
		},
		"a first answer after the deadline counts for nothing": {
			lines: []string{"t", "a"}, delays: []time.Duration{61 * time.Second, 0},
			want:     []string{"Time is up", "Score: 0/2 (0%)\n"},
			verdicts: []quiz.Verdict{quiz.Skipped, quiz.Skipped},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			clock := newFakeClock()
			in := &typedLines{clock: clock, lines: tc.lines, delays: tc.delays}
			if tc.hang {
				in.hang = make(chan struct{})
				t.Cleanup(func() { close(in.hang) })
			}
			waits := 0
			out, sess := plainRun(t, qs, in, clock, func(s *study.Setup, p *plainQuiz) {
				s.Exam, s.TimeLimit = true, time.Minute
				p.after = func(d time.Duration) <-chan time.Time {
					waits++
					if waits != tc.fires {
						return nil
					}
					fired := make(chan time.Time, 1)
					fired <- clock.now().Add(d)
					return fired
				}
			})
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			for i, v := range tc.verdicts {
				if got := sess.Items[i].Result.Verdict; got != v {
					t.Errorf("question %d: %v, want %v", i+1, got, v)
				}
			}
			// Each question's review is a block of its own.
			if !strings.Contains(out, "\n\nQuestion 2: Who came?") {
				t.Errorf("no blank line between review blocks:\n%s", out)
			}
		})
	}
}

func TestPlainExamWithoutTimeLimit(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"t"}, delays: []time.Duration{time.Hour}}
	out, _ := plainRun(t, []quiz.Question{plainTrue}, in, clock, func(s *study.Setup, _ *plainQuiz) { s.Exam = true })
	if !strings.HasPrefix(out, "Exam: 1 question; marks at the end.\n") || strings.Contains(out, " left") || strings.Contains(out, "Time is up") {
		t.Errorf("an untimed exam shows no clock:\n%s", out)
	}
}

// The plain quiz writes what the full screen writes: a 90-minute exam's
// clock as 1:30:00, and quotes in the style asked for.
func TestPlainQuizSpeaksAsTheFullScreenDoes(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"t"}, delays: []time.Duration{0}}
	out, _ := plainRun(t, []quiz.Question{plainTrue}, in, clock, func(s *study.Setup, _ *plainQuiz) {
		s.Exam, s.TimeLimit = true, 90*time.Minute
	})
	mustContain(t, "a 90-minute exam", out, "· 1:30:00 left\n")

	withEvidence := plainTrue
	withEvidence.Evidence = "They met in 2019."
	for ascii, want := range map[bool]string{true: `From the article: "They met in 2019."`, false: "From the article: “They met in 2019.”"} {
		clock := newFakeClock()
		in := &typedLines{clock: clock, lines: []string{"t"}, delays: []time.Duration{0}}
		out, _ := plainRun(t, []quiz.Question{withEvidence}, in, clock, func(_ *study.Setup, p *plainQuiz) { p.ascii = ascii })
		mustContain(t, "the evidence line", out, want)
	}
}

// ctrl+c ends the plain quiz as it ends the full-screen one: the answers
// given are saved, and brief says where it stopped.
func TestPlainQuizStopsOnCtrlC(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"t"}, delays: []time.Duration{0}, hang: make(chan struct{})}
	t.Cleanup(func() { close(in.hang) })
	ctx, interrupt := context.WithCancel(context.Background())
	sess, err := quiz.NewSession([]quiz.Question{plainTrue, plainMulti}, quiz.SessionOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var out lockedBuffer
	p := &plainQuiz{
		ctx: ctx, in: bufio.NewScanner(in), out: &out, att: study.New(nil, study.Setup{Session: sess, Now: clock.now}),
		now: clock.now, after: func(time.Duration) <-chan time.Time { return nil }, cleaner: sanitize.Line,
	}
	go func() {
		// The second question is being asked: the student presses ctrl+c.
		for !strings.Contains(out.String(), "Question 2 of 2") {
			time.Sleep(time.Millisecond)
		}
		interrupt()
	}()
	err = p.run()
	if !errors.Is(err, errInterrupted) || !strings.Contains(err.Error(), "at question 2 of 2") {
		t.Errorf("run says %v, want interrupted at question 2", err)
	}
	if it := sess.Items[0]; it.Result == nil || it.Result.Verdict != quiz.Right {
		t.Errorf("the first answer was lost: %+v", it.Result)
	}
	var errOut bytes.Buffer
	if ee, ok := plainEnded(err, Env{Stderr: &errOut}).(exitError); !ok || ee.code != exitInterrupt {
		t.Errorf("the quiz exits with %v, want %d", ee, exitInterrupt)
	}
}

// lockedBuffer is output a test reads while the quiz writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// closingAtEnd is input that, as it ends, takes the store away (a disk
// unplugged, say): what is saved then fails.
type closingAtEnd struct {
	io.Reader
	close func()
}

func (c closingAtEnd) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	if err == io.EOF {
		c.close()
	}
	return n, err
}

// A timed exam left by the end of its input keeps the time it has used;
// when that cannot be saved, the student is told, as for an answer.
func TestPlainExamLeftSaysWhenItsTimeWasNotSaved(t *testing.T) {
	pack, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := pack.Articles[0]
	sess, err := quiz.NewSession(a.Questions[:2], quiz.SessionOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	store := openDataStore(t, t.TempDir())
	clock := newFakeClock()
	lines := &typedLines{clock: clock, lines: []string{"b"}, delays: []time.Duration{30 * time.Second}}
	var out bytes.Buffer
	p := &plainQuiz{
		in:  bufio.NewScanner(closingAtEnd{lines, func() { store.Close() }}),
		out: &out, now: clock.now, after: func(time.Duration) <-chan time.Time { return nil },
		cleaner: sanitize.Line,
	}
	p.att = study.New(study.NewWriter(store), study.Setup{Pack: pack, Article: a, Session: sess, Exam: true, TimeLimit: 10 * time.Minute, Now: clock.now})
	if err := p.run(); !errors.Is(err, errInputEnded) {
		t.Fatalf("run: %v, want the input to have ended\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "  (the time used was not saved: ") {
		t.Errorf("the lost time is not told:\n%s", out.String())
	}
}
