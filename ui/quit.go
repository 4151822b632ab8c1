package ui

import (
	quizui "brief/ui/quiz"
	"brief/ui/reader"
	"context"
	"errors"
	"sync"

	tea "charm.land/bubbletea/v2"
)

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
// writer's bound) and every reader on the stack has saved its place and
// reading time. Every quit comes here, ctrl+c (the key students press to
// leave in a hurry) as well as q. The two wait side by side, and the
// writer's bound starts now, so a busy store holds brief up for one
// bound: runProgram's flush, once the program has ended, waits no longer.
// What could not be saved is reported then.
func (m *Model) quitSaving() tea.Cmd {
	var saves []tea.Cmd
	for _, e := range m.stack {
		if r, ok := e.screen.(*reader.Screen); ok {
			saves = append(saves, r.Leave(tea.QuitMsg{}))
		}
	}
	m.keepExamTimes() // queued on the writer now, so the flush below waits for them
	return func() tea.Msg {
		var wg sync.WaitGroup
		for _, save := range saves {
			wg.Go(func() { save() })
		}
		_ = m.flushSaves() // reported by runProgram, once the screen is gone
		wg.Wait()
		return tea.QuitMsg{}
	}
}

// keepExamTimes queues, for every timed exam open, the time it has used,
// before the writer is flushed.
func (m *Model) keepExamTimes() {
	for _, e := range m.stack {
		if q, ok := e.screen.(*quizui.Screen); ok {
			q.KeepTimeUsed()
		}
	}
}

// frameRate is how many frames a second Bubble Tea may write: its most,
// where its default is 60. A frame waits for the renderer's next tick, the
// first one too, so at 120 a key reaches the screen within 8 ms of its
// update rather than 17, and the first frame comes 8 ms sooner.
const frameRate = 120

// runProgram runs a program on the root m and, once it has ended, however it ended (q on any screen, ctrl+c, the
// context cancelled), waits within the bound for the answers still being
// saved. It returns the program's error, and a *study.UnsavedError saying
// how many answers were not saved and why, which brief prints on stderr.
func runProgram(m *Model, opts ...tea.ProgramOption) error {
	opts = append([]tea.ProgramOption{tea.WithFPS(frameRate)}, opts...)
	_, err := tea.NewProgram(m, opts...).Run()
	if !m.leaving {
		m.keepExamTimes() // ended from outside (a signal, the terminal closed): no quit ran
	}
	errs := []error{err, m.flushSaves()}
	if m.interrupted {
		errs = append(errs, ErrInterrupted) // beside the others, not around them
	}
	return errors.Join(errs...)
}

// ErrInterrupted is what Run returns when the student left with ctrl+c:
// the command exits with status 130, as the plain quiz does, so a script
// that started brief can tell an interrupted quiz from a finished one.
var ErrInterrupted = errors.New("interrupted")

// flushSaves waits for every quiz's writes, within the bound, and says
// what was not saved. It reads nothing of the model but the writer, so a
// quit's command may call it.
func (m *Model) flushSaves() error {
	ctx, cancel := context.WithTimeout(context.Background(), m.saveBound)
	defer cancel()
	return m.writer.Flush(ctx)
}
