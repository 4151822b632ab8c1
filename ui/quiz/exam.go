package quiz

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

// keyOverview handles a key in the exam's question list.
func (q *Screen) keyOverview(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := q.keys
	n := q.att.Len()
	switch {
	case key.Matches(msg, k.Up):
		q.listPos = max(0, q.listPos-1)
	case key.Matches(msg, k.Down):
		q.listPos = min(n-1, q.listPos+1)
	case key.Matches(msg, k.Open):
		return q, q.goTo(q.listPos)
	case key.Matches(msg, k.Finish):
		q.phase, q.scroll = phaseConfirm, 0
	case key.Matches(msg, k.Help):
		q.toggleHelp()
	case key.Matches(msg, k.Back):
		return q, q.goTo(q.cur)
	}
	return q, nil
}

// keyConfirm handles y or n when asked to hand the exam in. Keeping on
// goes to the question keepGoing names.
func (q *Screen) keyConfirm(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, q.keys.Yes):
		return q.finish()
	case key.Matches(msg, q.keys.No):
		next, _ := q.att.KeepGoing(q.standing(), q.cur)
		return q, q.goTo(next)
	}
	return q, nil
}

// overviewLines is the question list: each question's number, state
// (answered or not, flagged) and prompt on one line.
func (q *Screen) overviewLines(width int) ([]string, int) {
	s := q.theme.Styles
	g := s.Glyphs()
	out := []string{s.Title.Render("Questions" + g.Dot + fmt.Sprintf("%d of %d answered", q.att.Answered(), q.att.Len())), ""}
	cursor := 0
	for i, it := range q.sess().Items {
		state := g.Unpicked + " open    "
		if it.Result != nil {
			state = g.Picked + " answered"
		}
		flag := strings.Repeat(" ", ansi.StringWidth(g.Flag)) + " "
		if it.Flagged {
			flag = g.Flag + " "
		}
		mark := noCursor(g)
		line := fmt.Sprintf("%2d. %s %s%s", i+1, state, flag, common.OneLine(it.Q.Prompt))
		if i == q.listPos {
			mark, line = s.Cursor.Render(g.Cursor), s.Selected.Render(line)
			cursor = len(out)
		}
		out = append(out, s.Cut(mark+line, width))
	}
	return out, cursor
}

// confirmLines asks whether to hand the exam in, listing what is left.
func (q *Screen) confirmLines(width int) []string {
	s := q.theme.Styles
	out := common.WrapLines(s.Title.Render("Hand in your answers?"), width)
	out = append(out, "")
	standing := q.standing()
	unanswered, unsent := q.att.LeftBlank(standing), q.att.Unsent(standing)
	if len(unanswered) == 0 {
		out = append(out, common.WrapLines("Every question has an answer.", width)...)
	} else {
		out = append(out, common.WrapLines(fmt.Sprintf("Unanswered (%d, they will count as skipped): %s", len(unanswered), numberList(unanswered)), width)...)
	}
	if len(unsent) > 0 {
		out = append(out, common.WrapLines(fmt.Sprintf("Put down but not sent (%d, handed in as they stand): %s", len(unsent), numberList(unsent)), width)...)
	}
	if f := q.att.Flagged(); len(f) > 0 {
		out = append(out, common.WrapLines(fmt.Sprintf("Flagged (%d): %s", len(f), numberList(f)), width)...)
	}
	out = append(out, "")
	next, why := q.att.KeepGoing(standing, q.cur)
	back := fmt.Sprintf("n goes back to question %d", next+1)
	if why != "" {
		back += ", " + why
	}
	out = append(out, common.WrapLines("y hands in and shows your marks; "+back+".", width)...)
	return out
}

// numberList writes item indexes as question numbers: "2, 5, 7".
func numberList(idx []int) string {
	parts := make([]string, len(idx))
	for i, n := range idx {
		parts[i] = fmt.Sprint(n + 1)
	}
	return strings.Join(parts, ", ")
}

// verdictLine is the mark of a graded answer, in words and a symbol so
// that it reads without colour.
func verdictLine(s common.Styles, res quiz.Result) string {
	g := s.Glyphs()
	pts := g.Dot + fmt.Sprintf("%s/%s", quiz.FormatNumber(res.Points), quiz.FormatNumber(res.Max))
	word := study.VerdictWord(res.Verdict)
	switch res.Verdict {
	case quiz.Right:
		return s.Selected.Render(g.Right+" "+word) + pts
	case quiz.Partial:
		return s.Section.Render(g.Partial+" "+word) + pts
	case quiz.Skipped:
		return s.Subtle.Render(g.Skipped+" "+word) + pts
	case quiz.Wrong:
	}
	return s.Error.Render(g.Wrong+" "+word) + pts
}
