package ui

import (
	"errors"
	"slices"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// saveAndQuitMsg asks the root to quit once everything is saved, as
// ctrl+c does. q sends it on the screens that may have something still to
// save (the reader, the results), so that every quit waits in one place,
// for everything at once.
type saveAndQuitMsg struct{}

// saveAndQuit is the command of q on a screen that may have something
// still to save.
func saveAndQuit() tea.Msg { return saveAndQuitMsg{} }

// startLeaving begins the quit (ctrl+c, or q through saveAndQuit): from
// now on no screen opens or changes, and the screen says brief is saving.
// A second request while leaving does nothing.
func (m *Model) startLeaving() tea.Cmd {
	if m.leaving {
		return nil
	}
	m.leaving = true
	return m.quitSaving()
}

// quitSaving quits once every answer already graded is saved (within the
// saver's bound) and every reader on the stack has saved its place and
// reading time. Every quit comes here, ctrl+c (the key students press to
// leave in a hurry) as well as q. The two wait side by side, and every
// saver starts its bound now, so a busy store holds brief up for one
// bound, not one after another: runProgram's flush, once the program has
// ended, finds every saver's bound already running. What could not be
// saved is reported then.
func (m *Model) quitSaving() tea.Cmd {
	var saves []tea.Cmd
	for _, e := range m.stack {
		if r, ok := e.screen.(*reader); ok {
			saves = append(saves, r.leave(tea.QuitMsg{}))
		}
	}
	savers := m.savers()
	return func() tea.Msg {
		var wg sync.WaitGroup
		for _, save := range saves {
			wg.Go(func() { save() })
		}
		_ = flushAll(savers) // reported by runProgram, once the screen is gone
		wg.Wait()
		return tea.QuitMsg{}
	}
}

// runProgram runs a program on model, the root m or a model wrapping it,
// and once it has ended, however it ended (q on any screen, ctrl+c, the
// context cancelled), waits within the bound for the answers still being
// saved. It returns the program's error, and an *unsavedError saying how
// many answers were not saved and why, which brief prints on stderr.
func runProgram(m *Model, model tea.Model, opts ...tea.ProgramOption) error {
	_, err := tea.NewProgram(model, opts...).Run()
	return errors.Join(err, m.flushSaves())
}

// flushSaves waits for every quiz's saves, within the bound, and says
// what was not saved. The program must have ended: it reads the stack.
func (m *Model) flushSaves() error { return flushAll(m.savers()) }

// savers are the save queues of the quizzes on the stack, of those
// closed before and of every article a quiz was opened on.
func (m *Model) savers() []*quizSaver {
	out := slices.Clone(m.closedSavers)
	add := func(s *quizSaver) {
		if s != nil && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, e := range m.stack {
		add(saverOf(e.screen))
	}
	for _, s := range m.articleSavers {
		add(s)
	}
	return out
}

// keepSaver remembers the save queue of a quiz or results screen being
// closed: its last answers may still be on their way to the store.
func (m *Model) keepSaver(s Screen) {
	if sv := saverOf(s); sv != nil && !slices.Contains(m.closedSavers, sv) {
		m.closedSavers = append(m.closedSavers, sv)
	}
}

// saverOf is the save queue of a quiz or results screen, or nil.
func saverOf(s Screen) *quizSaver {
	switch s := s.(type) {
	case *QuizScreen:
		return s.cfg.saver
	case *ResultsScreen:
		return s.cfg.saver
	}
	return nil
}
