package ui

import (
	"testing"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// asking is a screen that, on any key, asks for a command whose result
// is an askedMsg naming it, and records every askedMsg it is given.
type asking struct {
	name  string
	heard []string
	// becomes, when set, is the screen g turns this one into (as the
	// quiz gives way to its results), asking as it does.
	becomes *asking
}

type askedMsg struct{ by string }

func (a *asking) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case askedMsg:
		a.heard = append(a.heard, msg.by)
	case tea.KeyPressMsg:
		ask := func() tea.Msg { return askedMsg{by: a.name} }
		if a.becomes != nil && msg.String() == "g" {
			return a.becomes, ask
		}
		return a, ask
	}
	return a, nil
}

func (a *asking) View() string      { return a.name }
func (a *asking) Help() help.KeyMap { return nil }

func TestCommandResultsReachOnlyTheScreenThatAsked(t *testing.T) {
	m := newRoot(t, defaultPack(t), true)
	below, above := &asking{name: "below"}, &asking{name: "above"}
	m.push(stateQuiz, below, nil)
	_, asked := m.Update(qzKey("x")) // below asks, then is covered
	m.push(stateReader, above, nil)
	m.Update(asked())
	if len(below.heard) != 1 || len(above.heard) != 0 {
		t.Errorf("below heard %v, above heard %v; want only below to hear its own answer", below.heard, above.heard)
	}
}

func TestCommandResultsOfAClosedScreenAreDropped(t *testing.T) {
	m := newRoot(t, defaultPack(t), true)
	closed := &asking{name: "closed"}
	m.push(stateQuiz, closed, nil)
	_, asked := m.Update(qzKey("x"))
	m.Update(common.BackMsg{})
	next := &asking{name: "next"}
	m.push(stateQuiz, next, nil)
	m.Update(asked())
	if len(closed.heard)+len(next.heard) != 0 {
		t.Errorf("a closed screen's result was delivered: closed heard %v, next heard %v", closed.heard, next.heard)
	}
}

func TestAScreenThatGivesWayHandsOnlyItsLastCommandOn(t *testing.T) {
	m := newRoot(t, defaultPack(t), true)
	results := &asking{name: "results"}
	quiz := &asking{name: "quiz", becomes: results}
	m.push(stateQuiz, quiz, nil)
	_, early := m.Update(qzKey("x")) // asked by the quiz before it gave way
	_, last := m.Update(qzKey("g"))  // asked as it gives way (the hand-in's save)
	_, own := m.Update(qzKey("x"))   // asked by the results
	for _, cmd := range []tea.Cmd{early, last, own} {
		m.Update(cmd())
	}
	if want := []string{"quiz", "results"}; len(results.heard) != 2 || results.heard[0] != want[0] || results.heard[1] != want[1] || len(quiz.heard) != 0 {
		t.Errorf("the results heard %v and the quiz %v; want the results to hear %v", results.heard, quiz.heard, want)
	}
}
