package main

// End-to-end tests: the real binary, built once, driven in tmux the way a
// student's terminal drives it (send-keys in, capture-pane out).

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binary is the brief executable built for this test run.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "brief-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "brief")
	// -buildvcs=false: a checkout owned by another user (as in some CI
	// containers) must still build.
	args := []string{"build", "-buildvcs=false", "-o", binary}
	if raceBuild {
		// Under the race detector the program is raced too, so that its
		// own goroutines (rendering, saving, the clock, signals) are
		// checked as a student drives them.
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build brief:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// tmuxSession is one terminal running brief, on a private tmux server so
// tests never touch the user's own sessions.
type tmuxSession struct {
	t      *testing.T
	socket string
}

// waitLimit is how long a test waits for the screen to show what it
// expects before failing: a wait, not a timing. It is generous because CI
// also runs this suite under the race detector, beside every other
// package's tests, on two cores.
const waitLimit = 60 * time.Second

// startTmux runs brief with args in a detached terminal of the given size.
func startTmux(t *testing.T, width, height int, env []string, args ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is needed for the end-to-end tests: apt-get install tmux (.ci/run does)")
	}
	s := &tmuxSession{t: t, socket: fmt.Sprintf("brief-e2e-%d-%s", os.Getpid(), strings.ReplaceAll(t.Name(), "/", "-"))}
	// The shell prints brief's exit status when it ends, so tests can read
	// it off the screen like a student would see it.
	line := "exec env TERM=xterm-256color BRIEF_DATA_DIR=" + shellQuote(t.TempDir())
	for _, e := range env {
		line += " " + shellQuote(e)
	}
	// The sleep keeps the terminal open after the status line: tmux can
	// drop what a process wrote just before it exited when the machine is
	// busy, cutting a printed article off mid-sentence.
	line += " sh -c " + shellQuote(`"$0" "$@"; echo "[brief exited $?]"; sleep 5`) + " " + shellQuote(binary)
	for _, a := range args {
		line += " " + shellQuote(a)
	}
	shell := []string{"sh", "-c", line}
	// remain-on-exit keeps the pane after brief exits, so its last screen
	// and exit status can be read.
	conf := filepath.Join(t.TempDir(), "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g remain-on-exit on\nset -g status off\nset -g history-limit 20000\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := append([]string{"-L", s.socket, "-f", conf, "new-session", "-d", "-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}, shell...)
	if out, err := exec.Command("tmux", cmd...).CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// keys types keys as tmux names them ("Enter", "Escape", "]", "q").
func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.tmux(append([]string{"send-keys", "-t", "0"}, keys...)...)
}

// screen is the visible text of the terminal now.
func (s *tmuxSession) screen() string {
	s.t.Helper()
	return s.tmux("capture-pane", "-p", "-t", "0")
}

// waitFor polls the screen until it contains want, and fails with the
// last screen after a generous deadline (this is a wait, not a timing).
func (s *tmuxSession) waitFor(want string) string {
	s.t.Helper()
	deadline := time.Now().Add(waitLimit)
	var last string
	for time.Now().Before(deadline) {
		last = s.screen()
		if strings.Contains(last, want) {
			return last
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("screen never showed %q; last screen:\n%s", want, last)
	return ""
}

// exitStatus waits for brief to exit and returns its status.
func (s *tmuxSession) exitStatus() string {
	s.t.Helper()
	deadline := time.Now().Add(waitLimit)
	var screen string
	for !strings.Contains(screen, "[brief exited ") {
		if time.Now().After(deadline) {
			s.t.Fatalf("brief did not exit; last screen:\n%s\nwhat brief was doing:\n%s", screen, s.stacks())
		}
		time.Sleep(50 * time.Millisecond)
		// The status line may have scrolled off the top: read the history too.
		screen = s.tmux("capture-pane", "-p", "-t", "0", "-S", "-200")
	}
	i := strings.Index(screen, "[brief exited ")
	return strings.TrimSuffix(strings.Fields(screen[i+len("[brief exited "):])[0], "]")
}

// stacks makes a brief that will not exit print every goroutine's stack
// (SIGQUIT, as Go programs do), and returns what the terminal then shows,
// to tell what held it up.
func (s *tmuxSession) stacks() string {
	s.t.Helper()
	_ = exec.Command("pkill", "-QUIT", "-P", s.shellPID()).Run()
	time.Sleep(2 * time.Second) // a wait for the dump, not a timing
	return s.tmux("capture-pane", "-p", "-t", "0", "-S", "-20000")
}

// shellPID is the process id of the shell running brief in the pane;
// brief is its child.
func (s *tmuxSession) shellPID() string {
	s.t.Helper()
	return strings.TrimSpace(s.tmux("display-message", "-p", "-t", "0", "#{pane_pid}"))
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// exitCode is a finished command's exit status (0 for a nil error).
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}
