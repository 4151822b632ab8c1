package cli

import (
	"context"
	"io"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// detectProfile starts detecting the colours the terminal behind w shows,
// in the background, and returns a function that waits for the answer.
// Inside tmux detection runs `tmux info` (10–30 ms): started as brief
// starts, it overlaps reading the library and opening the store instead of
// holding up the first frame, and it runs once, where Bubble Tea and a
// printing writer would each run it again.
func detectProfile(w io.Writer, environ []string) func() colorprofile.Profile {
	answer := make(chan colorprofile.Profile, 1)
	go func() { answer <- colorprofile.Detect(w, environ) }()
	return sync.OnceValue(func() colorprofile.Profile { return <-answer })
}

// colourProfile is the colour profile of env's standard output.
func (env Env) colourProfile() colorprofile.Profile {
	if env.profile != nil {
		return env.profile()
	}
	return colorprofile.Detect(env.Stdout, env.Environ)
}

// programOptions are what every full-screen program runs with: env's
// streams, its colour profile and the context that interrupts it. Under
// --style ascii the screen goes through asciiOutput, so that no curly
// quote or dash of a pack's text reaches a terminal that cannot show it.
func programOptions(ctx context.Context, g *globalOptions, env Env) []tea.ProgramOption {
	out := env.Stdout
	if g.style == "ascii" {
		out = asciiOutput(out)
	}
	return []tea.ProgramOption{
		tea.WithContext(ctx),
		tea.WithInput(env.Stdin),
		tea.WithOutput(out),
		tea.WithColorProfile(env.colourProfile()),
	}
}
