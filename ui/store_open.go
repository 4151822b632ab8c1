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
// and save through it, home reads its notes, and the screens asked for
// while it was opening open now.
func (m *Model) storeOpened(msg storeOpenedMsg) tea.Cmd {
	m.storeSettled = true
	if msg.store == nil {
		m.cfg.SavingNotice = msg.notice
	} else {
		m.cfg.Store = msg.store
	}
	notes := m.homeShown()
	if msg.store == nil {
		notes = nil
	}
	return tea.Batch(notes, m.releaseHeld())
}

// holdForStore keeps a request for a screen that reads or saves through
// the store (the reader's place, a quiz's attempt, stats, a review)
// while the store is still opening, and reports whether it did: a
// student quick off the mark gets their place and their review schedule
// a moment later, not "scores are not being saved". Only the first is
// kept: home is still on top, so a second key there would open a second
// screen over the first, where without the wait it would have gone to
// the first screen; it does nothing instead.
func (m *Model) holdForStore(msg tea.Msg) bool {
	if m.cfg.OpenStore == nil || m.cfg.Store != nil || m.storeSettled || !opensScreen(msg) {
		return false
	}
	if m.heldForStore == nil {
		m.heldForStore = msg
	}
	return true
}

// releaseHeld acts on the request holdForStore kept, here and now: sent
// back as a command it would come after keys typed meanwhile, which home,
// still on top, would answer with screens of their own.
func (m *Model) releaseHeld() tea.Cmd {
	held := m.heldForStore
	if held == nil {
		return nil
	}
	m.heldForStore = nil
	_, cmd := m.Update(held)
	return cmd
}
