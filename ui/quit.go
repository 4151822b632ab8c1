package ui

import tea "charm.land/bubbletea/v2"

// quitSaving quits after every reader on the stack has saved its place and
// reading time, as q in the reader does: ctrl+c is the key students press
// to leave in a hurry, and it should lose nothing either.
func (m *Model) quitSaving() tea.Cmd {
	var saves []tea.Cmd
	for _, e := range m.stack {
		if r, ok := e.screen.(*reader); ok {
			saves = append(saves, r.leave(tea.QuitMsg{}))
		}
	}
	return func() tea.Msg {
		for _, save := range saves {
			save()
		}
		return tea.QuitMsg{}
	}
}
