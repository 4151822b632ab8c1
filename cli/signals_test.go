package cli

import (
	"context"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"
)

// left is what watchStops passed to leave.
type left struct {
	code int
	why  string
}

func watchForTest(grace time.Duration) (chan os.Signal, context.Context, func(), chan left) {
	sigs := make(chan os.Signal, 2)
	gone := make(chan left, 1)
	ctx, stop := watchStops(context.Background(), sigs, grace, func(s signalled, why string) {
		gone <- left{s.exitCode(), why}
	})
	return sigs, ctx, stop, gone
}

// A kill cancels the command with the signal as its cause, so it saves
// what it has and exits 143; finishing within the grace leaves nothing
// for the watch to do.
func TestStopSignalCancelsAndFinishingInTimeIsQuiet(t *testing.T) {
	sigs, ctx, stop, gone := watchForTest(time.Hour)
	sigs <- syscall.SIGTERM
	<-ctx.Done()
	if code, ok := stoppedBy(ctx); !ok || code != 143 {
		t.Fatalf("stopped by SIGTERM: code %d, %v; want 143", code, ok)
	}
	stop()
	staysPut(t, gone, "brief finished saving, yet was made to leave")
}

// A brief that is still not done after the grace leaves anyway, with the
// first signal's status: a program told to stop must stop.
func TestStopSignalLeavesAfterTheGrace(t *testing.T) {
	sigs, _, stop, gone := watchForTest(10 * time.Millisecond)
	defer stop()
	sigs <- syscall.SIGHUP
	select {
	case l := <-gone:
		if l.code != 129 || l.why == "" {
			t.Errorf("left with %+v, want status 129 and a reason", l)
		}
	case <-time.After(time.Minute):
		t.Fatal("a stopped brief that never finished was never made to leave")
	}
}

// A second signal does not wait for the grace: the student pressed
// ctrl+c twice, or the system is shutting down.
func TestSecondStopSignalLeavesAtOnce(t *testing.T) {
	sigs, ctx, stop, gone := watchForTest(time.Hour)
	defer stop()
	sigs <- os.Interrupt
	<-ctx.Done()
	sigs <- os.Interrupt
	select {
	case l := <-gone:
		if l.code != 130 || l.why != "stopped a second time" {
			t.Errorf("left with %+v, want status 130, stopped a second time", l)
		}
	case <-time.After(time.Minute):
		t.Fatal("a second ctrl+c did not make brief leave")
	}
}

// With no signal, stop ends the watch and cancels nothing but the
// command's own context.
func TestNoStopSignalNoCause(t *testing.T) {
	_, ctx, stop, gone := watchForTest(time.Millisecond)
	stop()
	if _, ok := stoppedBy(ctx); ok {
		t.Error("a command that ended by itself reads as stopped by a signal")
	}
	staysPut(t, gone, "made to leave though no signal came")
}

// A hangup then a kill (a session closing) is not a student insisting:
// brief is still given its grace to save.
func TestSecondStopOfAnotherKindWaitsForTheGrace(t *testing.T) {
	sigs, ctx, stop, gone := watchForTest(time.Hour)
	defer stop()
	sigs <- syscall.SIGHUP
	<-ctx.Done()
	sigs <- syscall.SIGTERM
	staysPut(t, gone, "a kill after a hangup made brief leave before its grace")
	if code, _ := stoppedBy(ctx); code != 129 {
		t.Errorf("exit status %d, want the first signal's, 129", code)
	}
}

// A brief made to leave at once puts the terminal back as it found it:
// out of raw mode (the line editor's, the full screen's), and off the
// alternate screen.
func TestLeavingAtOncePutsTheTerminalBack(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("no terminal to test with: %v", err)
	}
	t.Cleanup(func() { ptmx.Close(); tty.Close() })
	before, err := term.GetState(tty.Fd())
	if err != nil {
		t.Fatal(err)
	}
	restore := keepTerminal(Env{Stdin: tty, Stdout: tty})
	if _, err := term.MakeRaw(tty.Fd()); err != nil {
		t.Fatal(err)
	}
	echoed := make(chan string, 1)
	go func() {
		buf := make([]byte, 256)
		n, _ := ptmx.Read(buf)
		echoed <- string(buf[:n])
	}()
	restore()
	after, err := term.GetState(tty.Fd())
	if err != nil {
		t.Fatal(err)
	}
	if *after != *before {
		t.Error("the terminal was left in raw mode")
	}
	select {
	case got := <-echoed:
		if !strings.Contains(got, "\x1b[?1049l") || !strings.Contains(got, "\x1b[?25h") {
			t.Errorf("the screen was not reset: %q", got)
		}
	case <-time.After(time.Minute):
		t.Fatal("nothing was written to the terminal")
	}
}

// staysPut fails with why if the watch makes brief leave within a moment.
func staysPut(t *testing.T, gone <-chan left, why string) {
	t.Helper()
	select {
	case l := <-gone:
		t.Fatalf("%s: %+v", why, l)
	case <-time.After(50 * time.Millisecond):
	}
}
