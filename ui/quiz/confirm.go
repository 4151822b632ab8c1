package quiz

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/quiz/study"
	"brief/ui/common"
)

// confirmPhase asks whether to hand the exam in.
type confirmPhase struct{ scrolling }

func (confirmPhase) kind() quizPhase { return phaseConfirm }

// update handles y or n when asked to hand the exam in. Keeping on goes
// to the question KeepGoing names.
func (c confirmPhase) update(q *Screen, msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, q.keys.Yes):
		return q.finish()
	case key.Matches(msg, q.keys.No):
		next, _ := q.att.KeepGoing(q.standing(), q.cur)
		return q, q.goTo(next)
	}
	c.promptKey(q, msg)
	return q, nil
}

// lines asks whether to hand the exam in, listing what is left.
func (confirmPhase) lines(q *Screen, width int) (lines []string, top, bottom int) {
	s := q.theme.Styles
	out := common.WrapLines(s.Title.Render("Hand in your answers?"), width)
	out = append(out, "")
	standing := q.standing()
	unanswered, unsent := q.att.LeftBlank(standing), q.att.Unsent(standing)
	if len(unanswered) == 0 {
		out = append(out, common.WrapLines("Every question has an answer.", width)...)
	} else {
		out = append(out, common.WrapLines(fmt.Sprintf("Unanswered (%d; %s): %s", len(unanswered), study.Plural(len(unanswered), "it will count as skipped", "they will count as skipped"), numberList(unanswered)), width)...)
	}
	if len(unsent) > 0 {
		out = append(out, common.WrapLines(fmt.Sprintf("Put down but not sent (%d; %s): %s", len(unsent), study.Plural(len(unsent), "handed in as it stands", "handed in as they stand"), numberList(unsent)), width)...)
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
	return out, 0, 0
}

// keys offers y and n only, as KeyMap.set labels them: hand in, keep
// going.
func (confirmPhase) keys(k *KeyMap, _ keyContext) {
	k.Yes.SetEnabled(true)
	k.No.SetEnabled(true)
}

// numberList writes item indexes as question numbers: "2, 5, 7".
func numberList(idx []int) string {
	parts := make([]string, len(idx))
	for i, n := range idx {
		parts[i] = fmt.Sprint(n + 1)
	}
	return strings.Join(parts, ", ")
}
