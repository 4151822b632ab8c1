package quiz

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// quizUnfinishedMsg brings what findUnfinished found: an attempt at the
// article left before the end, rebuilt as a session, or nothing.
type quizUnfinishedMsg struct {
	found *study.Unfinished // nil when there is nothing to resume
	err   error
}

// findUnfinished looks for an unfinished attempt at the article like the
// one asked for (the same mode, length and time limit) that can still be
// rebuilt from its questions: a half-done review or a practice quiz is
// not offered to a student who asked for an exam, and stays as it was.
// The look-up is queued on the writer, after every write before it: a
// quiz of the article just handed in is not found unfinished.
func (q *Screen) findUnfinished() tea.Cmd {
	l := study.FindUnfinishedLike(q.cfg.Writer, q.att)
	return func() tea.Msg {
		found, err := l.Wait()
		return quizUnfinishedMsg{found: found, err: err}
	}
}

// unfinished offers to resume the attempt found, or begins a new one when
// there is none; when the student has answered already, this quiz has
// begun recording a new attempt and there is nothing to do. An attempt
// at the assignment is carried on without asking.
func (q *Screen) unfinished(msg quizUnfinishedMsg) (common.Screen, tea.Cmd) {
	if q.att.Recording() {
		return q, nil
	}
	if msg.found == nil && q.cfg.CarryOnOnly {
		return q, q.nothingToCarryOn(msg.err)
	}
	if msg.found == nil || q.att.Answered() > 0 {
		if inUse := (*scores.InUseError)(nil); errors.As(msg.err, &inUse) && q.att.Answered() == 0 {
			q.setNote(fmt.Sprintf("Your unfinished quiz on this article is open in another brief (%s), so this is a new attempt.", inUse.Where()))
		}
		return q, q.begin()
	}
	q.leave()
	if q.cfg.Assigned {
		// As in Moodle, an attempt at the assignment is carried on, not
		// started again: another would use one more of the attempts the
		// teacher allows, and with none left it is all there is.
		s, cmd := q.resume(msg.found)
		q.setNote("Carrying on your unfinished attempt at the assignment.")
		if s == q {
			q.setKeys() // the footer names the keys of the question shown
		}
		return s, cmd
	}
	q.enter(&resumePhase{offer: msg.found})
	q.setKeys()
	return q, nil
}

// nothingToCarryOn leaves a quiz at the assignment that may only carry on
// its unfinished attempt when that attempt cannot be had: starting
// another would take an attempt the teacher does not allow.
func (q *Screen) nothingToCarryOn(err error) tea.Cmd {
	why := "cannot be carried on: its questions have changed"
	if inUse := (*scores.InUseError)(nil); errors.As(err, &inUse) {
		why = fmt.Sprintf("is open in another brief (%s)", inUse.Where())
	}
	note := "No attempt is left at the assignment, and your unfinished one " + why
	return func() tea.Msg { return common.HomeMsg{Note: note} }
}

// resumePhase offers an unfinished attempt: resume it or start this new
// one.
type resumePhase struct {
	scrolling
	offer *study.Unfinished
}

func (*resumePhase) kind() quizPhase { return phaseResume }

// update handles r (carry on), n (start over) and esc while an
// unfinished attempt is offered.
func (r *resumePhase) update(q *Screen, msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, q.keys.Resume):
		return q.resume(r.offer)
	case key.Matches(msg, q.keys.StartOver):
		return q, q.startOver(r.offer)
	case key.Matches(msg, q.keys.Back):
		return q, back
	}
	r.promptKey(q, msg)
	return q, nil
}

// resume carries on the offered attempt (study.Attempt.Resume: its
// session, its mode, its clock, recorded into the same attempt) at the
// first question left unanswered. Its clock starts when it appears: the
// time spent choosing is not the exam's.
func (q *Screen) resume(offer *study.Unfinished) (common.Screen, tea.Cmd) {
	att, claim := q.att.Resume(offer)
	q.att = att
	q.widgets = make([]answerWidget, att.Len())
	q.cur = 0
	q.enter(&answerPhase{})
	if !q.clock.IsZero() {
		att.StartClock(q.clock)
	}
	// Claimed first on the writer, so that no other brief writes to it
	// from now on; one that took it meanwhile leaves this one's answers
	// refused, each with its note.
	claimed := saved(claim)
	left := att.Unanswered()
	if len(left) == 0 {
		s, cmd := q.finish()
		return s, tea.Batch(claimed, cmd)
	}
	return q, tea.Batch(claimed, q.goTo(left[0]))
}

// startOver sets the offered attempt aside (its answers stay in the
// stats) and begins recording this new session, in that order.
func (q *Screen) startOver(offer *study.Unfinished) tea.Cmd {
	aside := saved(q.att.SetAside(offer))
	q.att.RestartClock(q.clock)
	return tea.Batch(q.goTo(q.cur), aside, q.begin())
}

// lines offers the unfinished attempt: what it is, then each key with
// what it does, on one line when they fit, else one per line so that no
// key is parted from its words.
func (r *resumePhase) lines(q *Screen, w int) (lines []string, top, bottom int) {
	o := r.offer
	s := q.theme.Styles
	kind := "quiz"
	if o.Exam() {
		kind = "exam"
	}
	// Named as the student knows it: "practice, 1 of 3 answered,
	// started just now".
	text := fmt.Sprintf("You have an unfinished %s on this article: %s.", kind, common.OneLine(o.Describe()))
	out := common.WrapLines(s.Title.Render(text), w)
	out = append(out, "")
	choices := [][2]string{
		{q.keys.Resume.Help().Key, "resume it"},
		{q.keys.StartOver.Help().Key, fmt.Sprintf("start this new %s (%s)", q.kindOfQuiz(), study.Count(q.att.Len(), "question"))},
	}
	var one []string
	for _, c := range choices {
		one = append(one, s.Selected.Render(c[0])+" "+c[1])
	}
	if line := strings.Join(one, s.Glyphs().Dot); ansi.StringWidth(line) <= w {
		out = append(out, line)
	} else {
		for _, c := range choices {
			out = append(out, common.HangingLines(s.Selected.Render(c[0])+" ", c[1], w)...)
		}
	}
	out = append(out, "")
	out = append(out, common.WrapLines("Resuming keeps your answers and goes on from the first question left.", w)...)
	out = append(out, common.WrapLines(fmt.Sprintf("With %s, %s.", q.keys.StartOver.Help().Key, o.SetAsideWord()), w)...)
	return out, 0, 0
}

// keys offers resuming, starting over and esc.
func (*resumePhase) keys(k *KeyMap, _ keyContext) {
	k.Resume.SetEnabled(true)
	k.StartOver.SetEnabled(true)
	k.Back.SetEnabled(true)
}

// kindOfQuiz is "exam" or "quiz", for this screen's session.
func (q *Screen) kindOfQuiz() string {
	if q.att.Exam() {
		return "exam"
	}
	return "quiz"
}

// header is the article and how far the offered attempt went, not the
// new session's first question, which may never be asked.
func (r *resumePhase) header(q *Screen, w int) []string {
	s := q.theme.Styles
	o := r.offer
	kind := "Unfinished quiz"
	if o.Exam() {
		kind = "Unfinished exam"
	}
	out := []string{
		s.Cut(s.Title.Render(itemTitle(q.att, 0, s.Glyphs().Dot, q.cfg.ReviewWord)), w),
		s.Cut(s.Meta.Render(kind), w),
		common.ProgressBar(s, o.Answered(), len(o.Session.Items), w),
	}
	return q.gapBelow(out)
}
