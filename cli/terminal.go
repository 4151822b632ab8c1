package cli

import (
	"io"
	"os"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
)

// isTerminal reports whether a stream is an interactive terminal.
func isTerminal(v any) bool {
	f, ok := v.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// interactive reports whether the TUI can run: both input and output must
// be terminals, as they are for a student at a prompt and are not in a
// pipe or a script.
func interactive(env Env) bool {
	return isTerminal(env.Stdin) && isTerminal(env.Stdout)
}

// terminalWidth is the width of the terminal behind w, or 0.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok {
		return 0
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0
	}
	return width
}

// hasDarkBackground asks the terminal for its background colour; it
// answers dark when the terminal cannot say.
func hasDarkBackground(env Env) bool {
	in, ok1 := env.Stdin.(*os.File)
	out, ok2 := env.Stdout.(*os.File)
	if !ok1 || !ok2 {
		return true
	}
	return lipgloss.HasDarkBackground(in, out)
}
