package ui

import (
	quizui "brief/ui/quiz"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// deliverRoot runs a root command to the end, as the program would,
// except what follows the quiz clock's ticks.
func deliverRoot(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			deliverRoot(m, c)
		}
	case addressed:
		_, next := m.Update(msg)
		if _, tick := msg.msg.(quizui.ClockMsg); !tick {
			deliverRoot(m, next)
		}
	default:
		_, next := m.Update(msg)
		deliverRoot(m, next)
	}
}

// ansiFree is the root's view without styling.
func ansiFree(m *Model) string { return ansi.Strip(m.View().Content) }
