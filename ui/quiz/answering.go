package quiz

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/ui/common"
)

// answerPhase is a question being answered: the prompt, the answer
// widget under it and any note on why an answer was not taken.
type answerPhase struct {
	scrolling
	note string // why an answer could not be taken
	// touched says the student has done something to the question since
	// it appeared (moved, picked, typed): until then enter only selects,
	// so an enter meant for the feedback before it (a double tap, a key
	// held down) cannot answer a question not yet read.
	touched bool
	// confirm asks for a second enter, once the first has selected.
	confirm string
	// widgetAt is the body line the widget starts on, as last laid out,
	// to find the option a click is on.
	widgetAt int
}

// confirmNote is what the first enter on an untouched question says.
const confirmNote = "Selected: press enter again to answer."

func (*answerPhase) kind() quizPhase { return phaseAnswer }

// setNote shows a note under the answer, while the question is being
// answered; it goes with the question.
func (q *Screen) setNote(note string) {
	if a, ok := q.current.(*answerPhase); ok {
		a.note = skipWorded(note, q.att.Exam())
	}
}

// follows: the body keeps the widget's cursor, and the note, in view.
func (*answerPhase) follows() bool { return true }

// update handles a key while a question is being answered: the widget
// has first say, then the screen's own keys.
func (a *answerPhase) update(q *Screen, msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := &q.keys
	if key.Matches(msg, k.PageUp, k.PageDown) {
		return q, q.page(msg)
	}
	before := q.cursorLine()
	used, submit, cmd := q.widget().handleKey(msg, k)
	if used && before == q.cursorLine() {
		// Down on the last item (up on the first) scrolls on to what
		// is below (above) it, such as a match question's options.
		switch {
		case key.Matches(msg, k.Down):
			q.scrollBy(1)
		case key.Matches(msg, k.Up):
			q.scrollBy(-1)
		}
	}
	if used {
		if submit && !a.touched && key.Matches(msg, k.Submit) {
			if _, why := q.widget().response(); why == "" {
				a.touched, a.note, a.confirm = true, "", confirmNote
				return q, cmd
			}
		}
		if submit {
			return q.submit()
		}
		a.touched, a.note, a.confirm = true, "", ""
		return q, cmd
	}
	switch {
	case key.Matches(msg, k.Skip):
		return q.skip()
	case key.Matches(msg, k.Flag):
		_, written := q.att.Flag(q.cur)
		return q, saved(written) // a flag that could not be kept is noted, as an answer is
	case key.Matches(msg, k.PrevQuestion):
		return q, q.goTo(q.cur - 1)
	case key.Matches(msg, k.NextQuestion):
		return q, q.goTo(q.cur + 1)
	case key.Matches(msg, k.Overview):
		q.leave()
		q.enter(&overviewPhase{pos: q.cur})
	case key.Matches(msg, k.Finish):
		q.leave()
		q.enter(confirmPhase{})
	case key.Matches(msg, k.Help):
		q.toggleHelp()
	case key.Matches(msg, k.Back):
		return q.askLeave()
	}
	return q, nil
}

// keepsAllInView is implemented by a widget whose cursor means little
// without the rest of it (a match item without the options to pair it
// with): once the cursor moves, the body keeps as much of the widget in
// view, from the cursor down, as fits.
type keepsAllInView interface{ keepAllInView() bool }

// paste gives pasted text to a widget that types.
func (*answerPhase) paste(q *Screen, msg tea.PasteMsg) tea.Cmd {
	if p, ok := q.widget().(interface{ paste(tea.PasteMsg) tea.Cmd }); ok {
		return p.paste(msg)
	}
	return nil
}

// click picks the option of a choice question clicked on, with --mouse:
// row y of the screen is a line of the body below the header, scrolled.
func (a *answerPhase) click(q *Screen, msg tea.MouseClickMsg) {
	c, ok := q.widget().(interface{ clickAt(line int) bool })
	if !ok || msg.Button != tea.MouseLeft {
		return
	}
	_, w := common.QuizColumn(q.width)
	line := msg.Y - len(q.header(w)) + q.body.YOffset() - a.widgetAt
	if msg.Y >= len(q.header(w)) && msg.Y < len(q.header(w))+q.body.Height() && line >= 0 && c.clickAt(line) {
		a.touched, a.note, a.confirm = true, "", ""
	}
}

// lines is the prompt, the widget and the note under it; the lines to
// keep in view are the cursor's, down to the note when there is one.
func (a *answerPhase) lines(q *Screen, w int) (lines []string, top, bottom int) {
	out := q.promptLines(w)
	widget, cursor := q.widget().lines(q.theme.Styles, w)
	out = append(out, "")
	a.widgetAt = len(out)
	top = cursor + len(out)
	out = append(out, widget...)
	bottom = top
	if k, ok := q.widget().(keepsAllInView); ok && k.keepAllInView() && a.touched {
		// Once the student moves or pairs: at first sight the prompt
		// comes first.
		bottom = len(out) - 1
	}
	switch {
	case a.note != "":
		// Why the answer was not taken, under it, where the eyes are.
		out = append(out, common.WrapLines(q.theme.Styles.Error.Render(a.note), w)...)
		bottom = len(out) - 1
	case a.confirm != "":
		out = append(out, common.WrapLines(q.theme.Styles.Note.Render(a.confirm), w)...)
		bottom = len(out) - 1
	}
	return out, top, bottom
}

// keys offers what the question's type takes, answering and skipping,
// and in an exam the flag and the ways between questions.
func (*answerPhase) keys(k *KeyMap, c keyContext) {
	list := c.typ == quiz.Choice || c.typ == quiz.TrueFalse || c.typ == quiz.Multi || c.typ == quiz.Order || c.typ == quiz.Match
	k.Up.SetEnabled(list)
	k.Down.SetEnabled(list)
	// In an exam pgup and pgdn go between questions.
	k.PageUp.SetEnabled(!c.exam)
	k.PageDown.SetEnabled(!c.exam)
	k.Pick.SetEnabled(c.typ == quiz.Choice || c.typ == quiz.TrueFalse)
	k.Toggle.SetEnabled(c.typ == quiz.Multi)
	k.MoveUp.SetEnabled(c.typ == quiz.Order)
	k.MoveDown.SetEnabled(c.typ == quiz.Order)
	k.Pair.SetEnabled(c.typ == quiz.Match)
	k.Cycle.SetEnabled(c.typ == quiz.Match)
	k.Unpair.SetEnabled(c.typ == quiz.Match)
	// With one blank there is nowhere to tab to.
	k.NextBlank.SetEnabled(c.typ == quiz.Cloze && c.blanks > 1)
	k.PrevBlank.SetEnabled(k.NextBlank.Enabled())
	k.Submit.SetEnabled(true)
	k.Skip.SetEnabled(true)
	k.Flag.SetEnabled(c.exam)
	k.PrevQuestion.SetEnabled(c.exam)
	k.NextQuestion.SetEnabled(c.exam)
	k.Overview.SetEnabled(c.exam)
	k.Finish.SetEnabled(c.exam && !c.typing)
	k.Back.SetEnabled(true)
}
