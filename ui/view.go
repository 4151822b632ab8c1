package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// View draws the screen on top, or a note when the terminal is too small.
func (m *Model) View() tea.View {
	title := "brief"
	if t, ok := m.top().screen.(interface{ Title() string }); ok {
		title = t.Title()
	}
	v := programView(m.top().screen, m.theme.Styles, m.width, m.height, title)
	if m.cfg.Mouse {
		// The wheel scrolls; the terminal's own selection then needs
		// shift held, so it is off unless asked for.
		v.MouseMode = tea.MouseModeCellMotion
	}
	if m.width > 0 && m.height > 0 && !common.TooSmall(m.width, m.height) {
		switch {
		case m.leaving:
			v.Content = withLastLine(v.Content, m.theme.Styles.Note.Render(ansi.Truncate("Saving your answers and place before quitting…", m.width, "…")))
		case m.confirmingQuit:
			v.Content = withLastLine(v.Content, " "+m.theme.Styles.Title.Render(m.quitQuestion(m.width-1)))
		}
	}
	return v
}

// withLastLine replaces a screen's last line: the footer, where notes go.
func withLastLine(screen, line string) string {
	if i := strings.LastIndexByte(screen, '\n'); i >= 0 {
		return screen[:i+1] + line
	}
	return line
}

// programView is the whole window of a brief program showing one screen:
// the screen cut to the terminal, or a note when the terminal is too
// small, in the alternate screen, leaving the mouse to the terminal so a
// student can select a sentence to quote.
func programView(screen common.Screen, styles common.Styles, width, height int, title string) tea.View {
	var s string
	switch {
	case width == 0 || height == 0:
		// The size is not known yet; draw nothing rather than guess.
	case common.TooSmall(width, height):
		s = common.TooSmallView(styles, width, height)
	default:
		s = common.Fit(screen.View(), width, height)
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = title
	return v
}
