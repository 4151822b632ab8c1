package ui

import (
	"reflect"

	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// addressed is a message a screen's command produced, on its way back
// to that screen: the root delivers it to the entry to only (see
// deliver), so a screen never has to ask whether a clock tick, a save's
// result or a load is its own. A message for an entry no longer on the
// stack (a closed quiz's clock, a replaced screen's save) is dropped.
type addressed struct {
	to  int // the entry's id
	msg tea.Msg
}

// teaPackage is where Bubble Tea's own messages (quit, batches, window
// title, …) are declared: the program reads them, so they go back
// unaddressed.
var teaPackage = reflect.TypeFor[tea.QuitMsg]().PkgPath()

// tag addresses what cmd produces to the entry id: see addressed. The
// root's own requests (open a screen, back, quit) and Bubble Tea's
// messages are left as they are, and a batch's commands are tagged one
// by one.
func tag(id int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg { return address(id, cmd()) }
}

// address is msg addressed to the entry id, unless it is for the root or
// the program.
func address(id int, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		out := make(tea.BatchMsg, len(msg))
		for i, c := range msg {
			out[i] = tag(id, c)
		}
		return out
	}
	if forRoot(msg) || fromProgram(msg) {
		return msg
	}
	return addressed{to: id, msg: msg}
}

// forRoot reports whether a screen's message is a request to the root.
func forRoot(msg tea.Msg) bool {
	switch msg.(type) {
	case common.BackMsg, common.SaveAndQuitMsg, common.HomeMsg:
		return true
	}
	return opensScreen(msg)
}

// fromProgram reports whether msg is one of Bubble Tea's own.
func fromProgram(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == teaPackage
}

// deliver hands an addressed message to its entry, if it is still on the
// stack.
func (m *Model) deliver(msg addressed) tea.Cmd {
	for i := range m.stack {
		if m.stack[i].id == msg.to {
			return m.updateAt(i, msg.msg)
		}
	}
	return nil
}

// updateAt sends a message to the screen at i and addresses what its
// command produces to it. A screen that gives way to another (the quiz
// to its results) makes a new entry: what the old one asked for is
// dropped, what the new one asks for reaches it.
func (m *Model) updateAt(i int, msg tea.Msg) tea.Cmd {
	e := &m.stack[i]
	s, cmd := e.screen.Update(msg)
	if s != e.screen {
		e.screen, e.id = s, m.newID()
	}
	return tag(e.id, cmd)
}

// newID is an id no entry has had.
func (m *Model) newID() int {
	m.lastID++
	return m.lastID
}
