package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"syscall"
	"time"

	"brief/quiz/study"
)

// stopSignals end brief from outside: ctrl+c where the terminal is not
// brief's to read, kill, and the terminal closing. Each cancels the
// command's context, so a quiz keeps what it has (an exam the time it
// has used) and brief exits as the shell expects of that signal.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// stopGrace is how long brief, once stopped, may take to save before it
// leaves anyway: a plain exam keeps its time used (up to the store's busy
// timeout) and then flushes the writer (its own bound), with room to
// spare. A program told to stop must stop, whatever holds it up; a second
// ctrl+c does not wait at all.
const stopGrace = 2*study.SaveBound + 3*time.Second

// signalled is the cause of a context a stop signal cancelled.
type signalled struct{ sig os.Signal }

func (s signalled) Error() string { return "stopped by " + s.sig.String() }

// exitCode is the status a process ended by the signal has: 128 and the
// signal's number (130 for ctrl+c, 143 for kill, 129 for a closed
// terminal).
func (s signalled) exitCode() int {
	if n, ok := s.sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return exitInterrupt
}

// withStopSignals is ctx, cancelled with a signalled cause when a stop
// signal arrives, and the function that stops listening. Should brief
// still be running stopGrace after the signal, or be sent a second
// ctrl+c, it says so on stderr, puts the terminal back as it found it
// and exits with the signal's status.
func withStopSignals(ctx context.Context, env Env) (context.Context, func()) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, stopSignals...)
	restore := keepTerminal(env)
	ctx, stop := watchStops(ctx, sigs, stopGrace, func(s signalled, why string) {
		restore()
		leaveStuck(env, s, why)
	})
	return ctx, func() {
		signal.Stop(sigs)
		stop()
	}
}

// watchStops cancels ctx with the first signal on sigs, then calls leave
// if a second signal comes or grace passes before the returned stop is
// called. leave is expected to end the process.
func watchStops(ctx context.Context, sigs <-chan os.Signal, grace time.Duration, leave func(s signalled, why string)) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	finished := make(chan struct{})
	go func() {
		var s signalled
		select {
		case sig := <-sigs:
			s = signalled{sig}
			cancel(s)
		case <-finished:
			return
		}
		timer := time.NewTimer(grace)
		defer timer.Stop()
		for {
			select {
			case <-finished:
				return
			case sig := <-sigs:
				// ctrl+c twice is the student insisting; a hangup and a
				// kill together are the system closing a session, which
				// the grace is for.
				if sig == os.Interrupt {
					leave(signalled{sig}, "stopped a second time")
					return
				}
			case <-timer.C:
				leave(s, fmt.Sprintf("still running %s after being stopped", grace))
				return
			}
		}
	}()
	return ctx, func() {
		close(finished)
		cancel(nil)
	}
}

// leaveStuck ends a brief that was stopped and has not finished: what
// was not saved by now is lost, and the message says so. With
// GOTRACEBACK set (all, system or crash), as for a Go crash report, it
// first writes every goroutine's stack, to show what held brief up.
func leaveStuck(env Env, s signalled, why string) {
	fmt.Fprintf(env.Stderr, "brief: %s; leaving now (answers already saved are kept)\n", why)
	if v, _ := envValue(env.Environ, "GOTRACEBACK"); slices.Contains([]string{"all", "system", "crash"}, v) {
		writeStacks(env.Stderr)
	}
	os.Exit(s.exitCode())
}

// writeStacks writes the stacks of every goroutine to w.
func writeStacks(w io.Writer) {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	w.Write(buf)
}

// stoppedBy reports the exit status of a command a stop signal ended.
func stoppedBy(ctx context.Context) (int, bool) {
	var s signalled
	if errors.As(context.Cause(ctx), &s) {
		return s.exitCode(), true
	}
	return 0, false
}
