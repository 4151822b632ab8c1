package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// deliver runs a screen's command (each command of a batch) and hands it
// the messages the quiz and results screens wait for, following the
// screen as it gives way to another. It returns the screen and the
// messages meant for the root. It does not run the clock's next tick,
// which waits a second.
func deliver(s common.Screen, cmd tea.Cmd) (common.Screen, []tea.Msg) {
	if cmd == nil {
		return s, nil
	}
	var other []tea.Msg
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			var more []tea.Msg
			s, more = deliver(s, c)
			other = append(other, more...)
		}
	case quizClockMsg:
		s, _ = s.Update(msg)
	case quizRecordedMsg, quizUnfinishedMsg:
		var next tea.Cmd
		s, next = s.Update(msg)
		var more []tea.Msg
		s, more = deliver(s, next)
		other = append(other, more...)
	default:
		other = append(other, msg)
	}
	return s, other
}

// deliverRoot runs a root command to the end, as the program would,
// except the quiz clock's ticks.
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
	case quizClockMsg:
		m.Update(msg)
	default:
		_, next := m.Update(msg)
		deliverRoot(m, next)
	}
}

// ansiFree is the root's view without styling.
func ansiFree(m *Model) string { return ansi.Strip(m.View().Content) }
