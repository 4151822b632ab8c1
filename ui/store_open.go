package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/quiz/scores"
)

// storeOpenedMsg brings the score store Config.OpenStore opened, or the
// notice to show instead when it could not be.
type storeOpenedMsg struct {
	store  *scores.Store
	notice string
}

// openStore opens the score store in a command when the interface was
// started without one (Config.OpenStore), so the first frame is drawn
// before the database answers: home shows its articles at once and its
// notes (read, best, due) when the store brings them.
func (m *Model) openStore() tea.Cmd {
	open := m.cfg.OpenStore
	if open == nil || m.cfg.Store != nil {
		return nil
	}
	return func() tea.Msg {
		store, notice := open()
		return storeOpenedMsg{store: store, notice: notice}
	}
}

// storeOpened takes the store in: the screens opened from now on read
// and save through it, and home reads its notes.
func (m *Model) storeOpened(msg storeOpenedMsg) tea.Cmd {
	if msg.store == nil {
		m.cfg.SavingNotice = msg.notice
		return nil
	}
	m.cfg.Store = msg.store
	return m.homeShown()
}
