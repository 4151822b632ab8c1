package cli

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"
)

// resetScreen undoes what the full screen may have turned on, for a
// brief made to leave before it could: the alternate screen, a hidden
// cursor, mouse reports and bracketed paste.
const resetScreen = "\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l"

// keepTerminal notes the state of the terminal brief was started in and
// returns what puts it back: the line editor and the full screen change
// it (raw mode, the alternate screen) and undo that as they finish, which
// a brief made to leave at once (see watchStops) has no time for.
func keepTerminal(env Env) func() {
	in, ok := env.Stdin.(*os.File)
	if !ok || !term.IsTerminal(in.Fd()) {
		return func() {}
	}
	state, err := term.GetState(in.Fd())
	if err != nil {
		return func() {}
	}
	return func() {
		_ = term.Restore(in.Fd(), state)
		if isTerminal(env.Stdout) {
			_, _ = io.WriteString(env.Stdout, resetScreen)
		}
	}
}
