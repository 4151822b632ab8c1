package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/ui/home"
	"brief/ui/reader"
)

// goHome closes every screen above the home screen (above the first
// screen, when brief did not open on home) and shows note there: an exam
// left unfinished goes home, not into the article it was taken over.
func (m *Model) goHome(note string) tea.Cmd {
	for len(m.stack) > 1 && m.top().state != stateHome {
		m.pop()
	}
	if m.top().state == stateReader && note != "" {
		// `brief read FILE` has no home beneath: the reader says it.
		return m.updateTop(reader.NoteMsg{Text: note})
	}
	if m.top().state != stateHome {
		return nil
	}
	return tea.Batch(m.updateTop(home.NoticeMsg{Text: note}), m.homeShown())
}
