// Package cli is brief's command line: it parses arguments with cobra
// (styled by fang), builds each command's options, and hands them to the
// content, quiz and ui packages. It keeps main.go to a few lines and holds
// no state between calls.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"brief/content"
	"brief/ui"
)

// Env is everything a run of brief takes from its process: arguments and
// the standard streams. Tests pass their own.
type Env struct {
	Version string
	Args    []string
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
	// Environ is the process environment (TERM, COLORTERM, NO_COLOR), from
	// which printed output learns what colours the terminal shows; tests
	// leave it empty.
	Environ []string

	profile func() colorprofile.Profile // Stdout's colours, detected once (detectProfile)
}

// Exit codes, as shells and scripts expect them.
const (
	exitOK        = 0
	exitFailure   = 1
	exitUsage     = 2
	exitInterrupt = 130
)

// exitError carries an exit code for an error that has already been
// reported (lint's findings, say), so nothing more is printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// globalOptions are the flags every command accepts.
type globalOptions struct {
	style   string
	dataDir string
	mouse   bool
}

// Execute runs brief with env and returns the process exit code.
func Execute(ctx context.Context, env Env) int {
	ctx, stop := withStopSignals(ctx, env)
	defer stop()
	// Messages can quote what a pack holds (a key, a file name, an answer
	// line), and a pack is untrusted: nothing written to stderr may carry
	// an escape sequence or control character to the terminal.
	env.Stderr = cleanWriter{env.Stderr}
	if isTerminal(env.Stdout) {
		env.profile = detectProfile(env.Stdout, env.Environ)
	}
	g := &globalOptions{}
	root := newRootCommand(g, env)
	root.SetArgs(env.Args)
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	fitHelp(root, env)
	var runErr error
	keepRunErrors(root, &runErr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(env.Version),
		fang.WithErrorHandler(printError),
	)
	if err == nil && runErr != nil {
		err = runErr
		printError(env.Stderr, fang.Styles{}, err)
	}
	if code, ok := stoppedBy(ctx); ok {
		return code
	}
	var ee exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, context.Canceled) || ctx.Err() != nil || errors.Is(err, ui.ErrInterrupted):
		return exitInterrupt
	case isUsage(err):
		return exitUsage
	default:
		return exitFailure
	}
}

// keepRunErrors makes every command of cmd's tree keep the error it ends
// with in *err instead of returning it to fang, which prints it here
// (Execute). Before printing an error fang asks the terminal for its
// background colour and reads the reply from stdin; after a quiz the line
// editor, or the full screen's input reader, may still be reading stdin
// and take that reply, and fang then waits for it for ever. Mistakes in
// the command line itself, found before any command runs, still go
// through fang, while nothing else reads the terminal.
func keepRunErrors(cmd *cobra.Command, err *error) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			*err = run(c, args)
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		keepRunErrors(sub, err)
	}
}

// printError prints an error as one plain line, "brief: message", so that
// located messages (file:line:col) stay whole and clickable. Errors that
// were already reported are not printed again.
func printError(w io.Writer, _ fang.Styles, err error) {
	var ee exitError
	if errors.As(err, &ee) {
		return
	}
	if err = withoutStops(err); err == nil {
		return // ctrl+c, or a stop signal: the exit status says it
	}
	fmt.Fprintf(w, "brief: %v\n", err)
	if isUsage(err) {
		fmt.Fprintln(w, "Try 'brief --help' for usage.")
	}
}

// saysNothing reports whether err is only how brief was stopped: ctrl+c
// in the full screen, or the full screen ended by a stop signal (which
// cancelled its context), which the exit status already says.
func saysNothing(err error) bool {
	return errors.Is(err, ui.ErrInterrupted) ||
		(errors.Is(err, tea.ErrProgramKilled) && errors.Is(err, context.Canceled))
}

// withoutStops is err without the parts that only say how brief
// was stopped (saysNothing) among its joined errors, keeping what could
// not be saved as it stopped; nil when nothing else is left.
func withoutStops(err error) error {
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		if saysNothing(err) {
			return nil
		}
		return err
	}
	var rest []error
	for _, e := range joined.Unwrap() {
		if !saysNothing(e) {
			rest = append(rest, e)
		}
	}
	return errors.Join(rest...)
}

// usageError marks a mistake in the command line itself.
type usageError struct{ error }

func isUsage(err error) bool {
	var ue usageError
	if errors.As(err, &ue) {
		return true
	}
	// cobra reports unknown flags and commands as plain errors.
	msg := err.Error()
	for _, p := range []string{"unknown flag", "unknown command", "unknown shorthand", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// checkStyle refuses a --style that brief does not offer.
func checkStyle(style string) error {
	if style == "" || slices.Contains(content.Styles, style) {
		return nil
	}
	return usageError{fmt.Errorf("unknown style %q: use one of %s", style, strings.Join(content.Styles, ", "))}
}

func newRootCommand(g *globalOptions, env Env) *cobra.Command {
	ro := &readOptions{}
	root := &cobra.Command{
		Use:   "brief",
		Short: "Read current-affairs articles in the terminal, then test yourself",
		Long: "brief opens a news article, rendered for the terminal, and quizzes you on it.\n" +
			"Scores and the questions you missed are kept, so you can review them until you know them.\n\n" +
			"With no arguments it opens the home screen with the built-in article.",
		Args: cobra.NoArgs,
		// Checked here, before any command runs, so that a mistyped style
		// is the same usage error whichever command it was given to.
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return checkStyle(g.style)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRead(cmd.Context(), g, ro, env, "", true)
		},
	}
	root.PersistentFlags().StringVar(&g.style, "style", "auto", "colour style: auto, dark, light, notty, ascii, dracula, tokyo-night, pink")
	root.PersistentFlags().BoolVar(&g.mouse, "mouse", false, "let the full screen have the mouse: the wheel scrolls (selecting text then needs shift)")
	root.PersistentFlags().StringVar(&g.dataDir, "data-dir", "", "where brief keeps your scores and installed packs (default $BRIEF_DATA_DIR, else $XDG_DATA_HOME/brief)")
	root.Flags().BoolVar(&ro.plain, "plain", false, "print the article instead of opening the reader")
	root.Flags().BoolVar(&ro.accessible, "accessible", false, "for screen readers: print the article in words alone, as brief read --accessible does")
	root.Flags().IntVar(&ro.width, "width", 0, "wrap text at this many columns")
	root.AddCommand(
		newReadCommand(g, env),
		newLintCommand(env),
		newQuizCommand(g, env),
		newPackCommand(env),
		newAddCommand(g, env),
		newListCommand(g, env),
		newRemoveCommand(g, env),
		newImportCommand(env),
		newExportCommand(g, env),
		newDraftCommand(env),
		newStatsCommand(g, env),
		newScoresCommand(g, env),
		newReviewCommand(g, env),
		newConfigCommand(g, env),
		newClassCommand(g, env),
		newHandInCommand(g, env),
	)
	return root
}
