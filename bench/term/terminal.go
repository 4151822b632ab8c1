package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// terminal is one program running in a pseudo-terminal of its own, with
// everything it wrote kept and timed, and its queries answered as a
// terminal answers them.
type terminal struct {
	cmd   *exec.Cmd
	pty   *os.File
	start time.Time

	mu      sync.Mutex
	out     []byte       // everything the program wrote
	chunks  []chunk      // how out arrived
	screen  *vt.Emulator // what a terminal shows of out
	answer  answerer
	changed chan struct{} // closed and replaced on every chunk
	done    chan struct{} // closed when the program's side is gone
}

// startTerminal starts argv in a new pseudo-terminal of the given size,
// in dir with env, and starts keeping what it writes.
func startTerminal(argv []string, dir string, env []string, cols, rows int) (*terminal, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = dir, env
	t := &terminal{cmd: cmd, changed: make(chan struct{}), done: make(chan struct{}), screen: vt.NewEmulator(cols, rows)}
	// The emulator answers queries too; the answerer's answers are the
	// ones sent, so its own are thrown away.
	go func() { _, _ = io.Copy(io.Discard, t.screen) }()
	t.start = time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", argv[0], err)
	}
	t.pty = f
	go t.read()
	return t, nil
}

// read keeps every chunk the program writes, answers the terminal queries
// in it, and wakes whoever waits for text.
func (t *terminal) read() {
	defer close(t.done)
	buf := make([]byte, 64<<10)
	for {
		n, err := t.pty.Read(buf)
		if n > 0 {
			now := time.Now()
			t.mu.Lock()
			t.out = append(t.out, buf[:n]...)
			_, _ = t.screen.Write(buf[:n])
			t.chunks = append(t.chunks, chunk{end: len(t.out), at: now, screen: t.screen.String()})
			replies := t.answer.scan(t.out)
			close(t.changed)
			t.changed = make(chan struct{})
			t.mu.Unlock()
			if len(replies) > 0 {
				_, _ = t.pty.Write(replies)
			}
		}
		if err != nil {
			return
		}
	}
}

// chunk is one read's worth of output: where it ends in out, and when it
// arrived.
type chunk struct {
	end    int
	at     time.Time
	screen string // the screen's text once it was written
}

// firstChunk is when the first chunk that ends after from arrived and
// makes done true of it; false when none does yet.
func (t *terminal) firstChunk(from int, done func(chunk) bool) (time.Time, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, c := range t.chunks {
		if c.end > from && done(c) {
			return c.at, true
		}
	}
	return time.Time{}, false
}

// mark is how much output there is now: text searched for "from here"
// must be written after it.
func (t *terminal) mark() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.out)
}

// errTimeout says the expected frame never came.
var errTimeout = errors.New("timed out")

// waitFor waits until text is on the screen after the program has
// written past offset from, and returns when the chunk that put it there
// arrived. The screen, not the output, is searched: a renderer that
// rewrites only the cells that changed turns "10%" into "100%" by
// writing "10".
func (t *terminal) waitFor(text string, from int, timeout time.Duration) (time.Time, error) {
	return t.wait(from, timeout, func(c chunk) bool {
		return strings.Contains(c.screen, text)
	}, strconv.Quote(text))
}

// waitForOutput waits for anything written after offset from: a key's
// frame where the text it brings cannot be told in advance (a line scrolled
// in may be blank). Bubble Tea writes each frame in one write.
func (t *terminal) waitForOutput(from int, timeout time.Duration) (time.Time, error) {
	return t.wait(from, timeout, func(chunk) bool { return true }, "output")
}

// wait waits until done holds of the output after from, and returns when
// the chunk that made it hold arrived.
func (t *terminal) wait(from int, timeout time.Duration, done func(chunk) bool, what string) (time.Time, error) {
	deadline := time.After(timeout)
	for {
		t.mu.Lock()
		changed := t.changed
		t.mu.Unlock()
		if at, ok := t.firstChunk(from, done); ok {
			return at, nil
		}
		select {
		case <-changed:
		case <-t.done:
			if at, ok := t.firstChunk(from, done); ok {
				return at, nil
			}
			return time.Time{}, fmt.Errorf("%s: the program ended first", what)
		case <-deadline:
			return time.Time{}, fmt.Errorf("%s: %w after %v", what, errTimeout, timeout)
		}
	}
}

// quietFor waits until the program has written nothing for d, so that a
// key's effects are over before the next key is timed, or until limit.
func (t *terminal) quietFor(d, limit time.Duration) {
	end := time.After(limit)
	for {
		t.mu.Lock()
		changed := t.changed
		t.mu.Unlock()
		select {
		case <-changed:
		case <-t.done:
			return
		case <-end:
			return
		case <-time.After(d):
			return
		}
	}
}

// press types key and returns when it was sent.
func (t *terminal) press(key string) (time.Time, error) {
	at := time.Now()
	_, err := io.WriteString(t.pty, key)
	return at, err
}

// stop ends the program (it is killed: how a program quits is not what is
// timed) and closes the terminal.
func (t *terminal) stop() {
	_ = t.cmd.Process.Signal(syscall.SIGKILL)
	_ = t.cmd.Wait()
	_ = t.pty.Close()
	<-t.done
}
