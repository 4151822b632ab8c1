package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// program is one column of the table: a binary and what it is called.
type program struct {
	name, path string
}

// bench holds what every run shares: the work folder with the articles,
// the terminal's size and environment.
type bench struct {
	work       string
	env        []string
	cols, rows int
	dataDir    string // a data folder with an empty score store, copied for each run
	runs       int    // runs made so far, to name each run's data folder
	timeout    time.Duration
	// lastTmuxCalls is how many times the last run started tmux (-tmux).
	lastTmuxCalls int
}

// settle is how long a program must stay silent before the next key is
// typed, so that each key is timed on its own; busyCap bounds the wait
// for a program that never stops writing.
const (
	settle  = 100 * time.Millisecond
	busyCap = time.Second
)

// runScript runs p through s once, in a fresh terminal and a fresh copy of
// the data folder, and returns each reported step's time, or the error
// that stopped it (the steps after a failed one are not run: what they
// would start from is unknown).
func (b *bench) runScript(p program, scenario string, s script) (map[string]time.Duration, map[string]error, error) {
	data, err := b.freshDataDir()
	if err != nil {
		return nil, nil, err
	}
	env := append(append([]string{}, b.env...), "BRIEF_DATA_DIR="+data)
	t, err := startTerminal(append([]string{p.path}, s.args...), filepath.Join(b.work, s.dir), env, b.cols, b.rows)
	if err != nil {
		return nil, nil, err
	}
	defer t.stop()
	calls := b.tmuxCalls()
	defer func() { b.lastTmuxCalls = b.tmuxCalls() - calls }()
	times, errs := map[string]time.Duration{}, map[string]error{}
	for _, st := range s.steps {
		d, err := b.runStep(t, st)
		if err != nil {
			err = fmt.Errorf("%s: %w", describe(st), err)
			for _, later := range s.steps {
				if _, ok := times[later.row]; !ok && later.row != "" {
					errs[later.row] = err
				}
			}
			break
		}
		if st.row != "" {
			times[st.row] = d
		}
	}
	return times, errs, nil
}

// runStep types a step's key and waits for its frame; it returns how
// long that took.
func (b *bench) runStep(t *terminal, st step) (time.Duration, error) {
	from, pressed := 0, t.start
	if st.key != "" {
		if !st.fromLaunch { // that key is typed as soon as it can be
			t.quietFor(settle, busyCap)
		}
		from = t.mark()
		var err error
		if pressed, err = t.press(st.key); err != nil {
			return 0, err
		}
	}
	var at time.Time
	var err error
	if st.expect == "" {
		at, err = t.waitForOutput(from, b.timeout)
	} else {
		at, err = t.waitFor(st.expect, from, b.timeout)
	}
	if err != nil {
		return 0, err
	}
	if st.fromLaunch {
		pressed = t.start
	}
	return at.Sub(pressed), nil
}

// tmuxCalls is how many times tmux has been started so far, under -tmux.
func (b *bench) tmuxCalls() int {
	calls, err := os.ReadFile(filepath.Join(b.work, "tmux-calls"))
	if err != nil {
		return 0
	}
	return strings.Count(string(calls), "\n")
}

// describe names a step in a message.
func describe(st step) string {
	if st.key == "" {
		return "launch"
	}
	return fmt.Sprintf("key %q", st.key)
}

// freshDataDir copies the prepared data folder for one run, so every run
// starts as the same student would: a store made, no article opened, no
// quiz begun.
func (b *bench) freshDataDir() (string, error) {
	b.runs++
	dir := filepath.Join(b.work, "runs", fmt.Sprint(b.runs))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if b.dataDir == "" {
		return dir, nil
	}
	return dir, os.CopyFS(dir, os.DirFS(b.dataDir))
}
