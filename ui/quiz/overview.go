package quiz

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// overviewPhase is the exam's question list and its cursor.
type overviewPhase struct {
	pos int // the question the cursor is on
}

func (*overviewPhase) kind() quizPhase { return phaseOverview }

// follows: the body keeps the list's cursor in view.
func (*overviewPhase) follows() bool { return true }

// wheel: the list moves by its cursor, not the wheel.
func (*overviewPhase) wheel() bool { return false }

// update handles a key in the exam's question list.
func (o *overviewPhase) update(q *Screen, msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := q.keys
	n := q.att.Len()
	switch {
	case key.Matches(msg, k.Up):
		o.pos = max(0, o.pos-1)
	case key.Matches(msg, k.Down):
		o.pos = min(n-1, o.pos+1)
	case key.Matches(msg, k.Open):
		return q, q.goTo(o.pos)
	case key.Matches(msg, k.Finish):
		q.enter(confirmPhase{})
	case key.Matches(msg, k.Help):
		q.toggleHelp()
	case key.Matches(msg, k.Back):
		return q, q.goTo(q.cur)
	}
	return q, nil
}

// lines is the question list: each question's number, state (answered
// or not, flagged) and prompt on one line; the cursor's is kept in view.
func (o *overviewPhase) lines(q *Screen, width int) (lines []string, top, bottom int) {
	s := q.theme.Styles
	g := s.Glyphs()
	out := []string{s.Title.Render("Questions" + g.Dot + fmt.Sprintf("%d of %d answered", q.att.Answered(), q.att.Len())), ""}
	cursor := 0
	// An answer typed or ticked but not sent is "put down", as the
	// hand-in question calls it: handing in takes it as it stands.
	unsent := q.att.Unsent(q.standing())
	for i, it := range q.sess().Items {
		state := g.Unpicked + " open    "
		switch {
		case slices.Contains(unsent, i):
			state = g.Unpicked + " put down"
		case it.Result != nil:
			state = g.Picked + " answered"
		}
		flag := strings.Repeat(" ", ansi.StringWidth(g.Flag)) + " "
		if it.Flagged {
			flag = g.Flag + " "
		}
		mark := noCursor(g)
		line := fmt.Sprintf("%2d. %s %s%s", i+1, state, flag, questionSummary(it.Q))
		if i == o.pos {
			mark, line = s.Cursor.Render(g.Cursor), s.Selected.Render(line)
			cursor = len(out)
		}
		out = append(out, s.Cut(mark+line, width))
	}
	return out, cursor, cursor
}

// keys offers moving, opening a question, handing in, and esc closing
// the list.
func (*overviewPhase) keys(k *KeyMap, _ keyContext) {
	k.Up.SetEnabled(true)
	k.Down.SetEnabled(true)
	k.Open.SetEnabled(true)
	k.Finish.SetEnabled(true)
	k.Back.SetEnabled(true)
	k.Back.SetHelp("esc", "close list")
}
