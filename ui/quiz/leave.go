package quiz

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// askLeave is esc during a quiz: with some questions answered and some
// not, it asks first (the answers are kept, but the student may not know
// that); otherwise it leaves at once.
func (q *Screen) askLeave() (common.Screen, tea.Cmd) {
	if n := q.att.Answered(); n == 0 || n == q.att.Len() {
		return q, q.gone()
	}
	from := q.phase()
	if from == phaseAnswer {
		q.leave()
	}
	q.enter(&leavePhase{from: from})
	return q, nil
}

// leavePhase asks, on esc, whether to leave the quiz; staying goes back
// to the phase it was asked from.
type leavePhase struct {
	scrolling
	from quizPhase // the phase esc was pressed in
}

func (*leavePhase) kind() quizPhase { return phaseLeave }

// update handles y (leave) or n, esc and enter (stay) when asked
// whether to leave.
func (l *leavePhase) update(q *Screen, msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, q.keys.Yes):
		return q, q.gone()
	case key.Matches(msg, q.keys.No):
		if l.from == phaseFeedback {
			q.enter(feedbackPhase{})
			return q, nil
		}
		q.att.Mark(q.clock) // the time spent asked does not count
		return q, q.goTo(q.cur)
	}
	l.promptKey(q, msg)
	return q, nil
}

// lines asks whether to leave, saying what becomes of the answers.
func (*leavePhase) lines(q *Screen, w int) (lines []string, top, bottom int) {
	s := q.theme.Styles
	title, text := "Leave the quiz?", "Your answers are saved and you can resume later."
	switch {
	case q.att.Review():
		title, text = "Leave the review?", "Your answers so far are saved; the questions left stay due."
	case q.att.Exam():
		title, text = "Leave the exam?", "It is not handed in: the clock is paused until you resume it."
	}
	if !q.att.Saving() {
		text = "Your answers are not being saved: leaving ends this " + q.kindOfQuiz() + "."
	}
	out := common.WrapLines(s.Title.Render(title), w)
	out = append(out, "")
	out = append(out, common.WrapLines(text, w)...)
	out = append(out, "")
	yes, no := q.keys.Yes.Help(), q.keys.No.Help()
	return append(out, common.WrapLines(s.Selected.Render(yes.Key)+" "+yes.Desc+s.Glyphs().Dot+s.Selected.Render(no.Key)+" "+no.Desc, w)...), 0, 0
}

// keys offers y to leave and n, esc or enter to stay.
func (*leavePhase) keys(k *KeyMap, _ keyContext) {
	k.Yes.SetEnabled(true)
	k.No.SetEnabled(true)
	k.Yes.SetHelp("y", "leave")
	k.No.SetKeys("n", "esc", "enter")
	k.No.SetHelp("n", "stay")
}

// gone is where leaving the quiz goes: back to the screen beneath, but
// an exam left unfinished goes home, saying that its clock is paused.
func (q *Screen) gone() tea.Cmd {
	if !q.att.Exam() || q.att.Review() {
		return back
	}
	note := "Exam left, not handed in" + q.theme.Styles.Glyphs().Dot + "clock paused"
	if q.att.Saving() {
		note += q.theme.Styles.Glyphs().Dot + "z on the article resumes it"
	}
	return tea.Batch(q.KeepTimeUsed(), func() tea.Msg { return common.HomeMsg{Note: note} })
}

// KeepTimeUsed keeps the time a timed exam has used so far with its attempt, as
// brief leaves it (see study.Attempt.KeepTimeUsed): the exam carried on later
// has what was left now.
func (q *Screen) KeepTimeUsed() tea.Cmd {
	if q.clock.IsZero() {
		return nil
	}
	return saved(q.att.KeepTimeUsed(q.clock))
}
