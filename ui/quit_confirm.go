package ui

import (
	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"

	quizui "brief/ui/quiz"
)

// A quit asked for with q (SaveAndQuitMsg) while a quiz is open, on top
// or beneath the reader its e opened, asks first: a student who presses
// q in the reader to go back to the quiz must not lose the quiz's screen.
// ctrl+c still quits at once.

// quizOpen reports whether a quiz (not its results) is on the stack.
func (m *Model) quizOpen() bool {
	for _, e := range m.stack {
		if _, ok := e.screen.(*quizui.Screen); ok {
			return true
		}
	}
	return false
}

// askQuit is q: it quits, or asks first while a quiz is open.
func (m *Model) askQuit() tea.Cmd {
	if m.quizOpen() {
		m.confirmingQuit = true
		return nil
	}
	return m.startLeaving()
}

// confirmQuit handles a key while the quit is being asked about: y (or
// q again) quits, n or esc stays; any other key does nothing, so that a
// key meant for the screen is not taken as an answer to the question.
func (m *Model) confirmQuit(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "y", "q":
		m.confirmingQuit = false
		return m.startLeaving()
	case "n", "esc":
		m.confirmingQuit = false
	}
	return nil
}

// quitQuestion is the footer's question while a quit is asked about, in
// the words that fit width, drawn with the theme's glyphs.
func (m *Model) quitQuestion(width int) string {
	g := m.theme.Styles.Glyphs()
	for _, q := range []string{
		"Quit brief with the quiz unfinished? Your answers are kept. y quit" + g.Dot + "n stay",
		"Quit with the quiz unfinished? y quit" + g.Dot + "n stay",
		"Quit mid-quiz? y/n",
	} {
		if ansi.StringWidth(q) <= width {
			return q
		}
	}
	return ansi.Truncate("Quit? y/n", width, g.Ellipsis)
}
