package quiz

import (
	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// deliver runs a screen's command (each command of a batch) and hands it
// the messages the quiz and results screens wait for, following the
// screen as it gives way to another. It returns the screen and the
// messages meant for the root. It does not run the clock's next tick,
// which waits a second.
func deliver(s common.Screen, cmd tea.Cmd) (common.Screen, []tea.Msg) {
	if cmd == nil {
		return s, nil
	}
	var other []tea.Msg
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			var more []tea.Msg
			s, more = deliver(s, c)
			other = append(other, more...)
		}
	case ClockMsg:
		s, _ = s.Update(msg)
	case quizRecordedMsg, quizUnfinishedMsg, assignmentLoadedMsg, unfinishedFoundMsg, nameSavedMsg, reviewStatesMsg, stillDueMsg:
		var next tea.Cmd
		s, next = s.Update(msg)
		var more []tea.Msg
		s, more = deliver(s, next)
		other = append(other, more...)
	default:
		other = append(other, msg)
	}
	return s, other
}
