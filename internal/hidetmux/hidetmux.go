// Package hidetmux keeps TMUX out of the environment while Go initialises
// packages. lipgloss makes a package-level writer as it initialises, and
// that writer's colour detection, when TMUX is set, asks tmux for its
// settings by running `tmux info`: 10 to 30 ms on every start, for a
// writer brief never uses. Go initialises packages in the order of their
// import paths wherever their imports allow, so this package, which
// imports only os, runs before lipgloss: "brief/…" sorts before
// "charm.land/…" and "github.com/…" (whatever the order of main's
// imports). main calls Restore first of all, so that brief's own detection
// (once, see cli) sees tmux.
package hidetmux

import "os"

var tmux, inTmux = os.LookupEnv("TMUX")

func init() {
	if inTmux {
		_ = os.Unsetenv("TMUX")
	}
}

// Restore puts TMUX back as it was when brief started.
func Restore() {
	if inTmux {
		_ = os.Setenv("TMUX", tmux)
	}
}
