package hidetmux

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// brief started inside tmux, in a terminal, runs tmux once, for the
// colours of its full screen: lipgloss's writer, made before main, must
// not run it too.
func TestTmuxRunsOnceAtStart(t *testing.T) {
	dir := t.TempDir()
	calls := filepath.Join(dir, "calls")
	fake := "#!/bin/sh\necho \"$*\" >> " + calls + "\nexit 1\n"
	if err := os.WriteFile(filepath.Join(dir, "tmux"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	brief := filepath.Join(dir, "brief")
	if out, err := exec.Command("go", "build", "-o", brief, "brief").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(brief)
	cmd.Env = []string{"PATH=" + dir + ":" + os.Getenv("PATH"), "TMUX=/tmp/none,1,0", "TERM=tmux-256color",
		"BRIEF_DATA_DIR=" + filepath.Join(dir, "data")}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); _ = f.Close() }()
	screen := make(chan struct{})
	go func() { // the home screen's key line is drawn after the colours are known
		var out strings.Builder
		buf := make([]byte, 4096)
		for !strings.Contains(out.String(), "quit") {
			n, err := f.Read(buf)
			if err != nil {
				return
			}
			out.Write(buf[:n])
		}
		close(screen)
	}()
	select {
	case <-screen:
	case <-time.After(time.Minute):
		t.Fatal("no home screen within a minute")
	}
	got, _ := os.ReadFile(calls)
	if n := strings.Count(string(got), "\n"); n != 1 {
		t.Errorf("brief ran tmux %d times before its first screen, want once: %q", n, got)
	}
}
