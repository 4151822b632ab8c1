package cli

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// stopSignals end brief from outside: ctrl+c where the terminal is not
// brief's to read, kill, and the terminal closing. Each cancels the
// command's context, so a quiz keeps what it has (an exam the time it
// has used) and brief exits as the shell expects of that signal.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

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
// signal arrives, and the function that stops listening.
func withStopSignals(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, stopSignals...)
	go func() {
		select {
		case s := <-sigs:
			cancel(signalled{s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		cancel(nil)
	}
}

// stoppedBy reports the exit status of a command a stop signal ended.
func stoppedBy(ctx context.Context) (int, bool) {
	var s signalled
	if errors.As(context.Cause(ctx), &s) {
		return s.exitCode(), true
	}
	return 0, false
}
