package quiz

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"brief/quiz/scores"
	"brief/quiz/study"
)

// A student who left an exam (or a practice quiz) and presses z on the
// article again means, most of the time, to carry it on. The panel looks
// for such an attempt and, when it finds one, opens with its settings
// chosen: Enter then starts a quiz like it, which offers it back (see
// findUnfinished: only a quiz of the same mode, length and time limit is
// offered). Changing a setting starts a new quiz, as ever.

// unfinishedFoundMsg brings the start panel the latest attempt at the
// article left unfinished, or nil.
type unfinishedFoundMsg struct{ found *study.Unfinished }

// lookUnfinished looks, in a command, for an attempt at the article left
// unfinished; nil when nothing is being saved. One that cannot be read,
// or is open in another brief, is not chosen: the quiz says why when it
// starts.
func lookUnfinished(cfg StartConfig) tea.Cmd {
	if !cfg.Writer.Saving() || cfg.Pack == nil || cfg.Article == nil {
		return nil
	}
	l := study.FindUnfinished(cfg.Writer, cfg.Pack, cfg.Article)
	return func() tea.Msg {
		found, err := l.Wait()
		if err != nil {
			found = nil
		}
		return unfinishedFoundMsg{found: found}
	}
}

// resumable is an unfinished attempt the panel chose the settings of,
// and those settings, to tell whether the student has changed them.
type resumable struct {
	offer  *study.Unfinished
	chosen startChoices
}

// unfinishedFound keeps the attempt found, if the panel can choose its
// settings, and chooses them once the assignment (if any) is read.
func (p *StartPanel) unfinishedFound(msg unfinishedFoundMsg) {
	u := msg.found
	if u == nil || u.Saved.Retry || (u.Saved.Mode != scores.ModePractice && u.Saved.Mode != scores.ModeExam) {
		return
	}
	p.found = u
	p.chooseUnfinished()
}

// chooseUnfinished sets the rows to the unfinished attempt's settings,
// once both it and the assignment are known: an attempt at the
// assignment keeps the assignment chosen, any other chooses practice on
// one's own with its mode, number of questions and time limit. A time
// limit the panel does not offer (set with --time) cannot be chosen, and
// leaves the defaults.
func (p *StartPanel) chooseUnfinished() {
	u := p.found
	if u == nil || p.loading || p.resume != nil {
		return
	}
	if u.Saved.Assigned {
		if p.choices.assignment {
			p.resume = &resumable{offer: u, chosen: p.choices}
		}
		return
	}
	limit := slices.Index(startLimits, u.Saved.TimeLimit)
	n := len(u.Session.Items)
	c := p.choices
	c.assignment, c.section, c.level, c.exam = false, 0, 0, u.Exam()
	if limit < 0 || n > c.available() {
		return
	}
	c.limit, c.count = limit, n
	if n == c.available() {
		c.count = 0 // all of them
	}
	p.choices = c
	p.at = 0
	p.resume = &resumable{offer: u, chosen: c}
}

// resuming reports whether Enter would offer the unfinished attempt
// back: one was found and its settings are still those chosen.
func (p *StartPanel) resuming() bool {
	if p.resume == nil {
		return false
	}
	a, b := p.choices, p.resume.chosen
	return a.assignment == b.assignment && a.count == b.count && a.exam == b.exam &&
		a.limit == b.limit && a.section == b.section && a.level == b.level
}

// resumeNote says what Enter does with the unfinished attempt chosen:
// "Enter offers to resume your exam: 2 of 20 answered, 8:12 left.", for
// the assignment that it carries it on (see Screen.unfinished), or, with
// a setting changed, that it starts a new quiz and leaves that one.
func (p *StartPanel) resumeNote() string {
	u := p.resume.offer
	kind := "quiz"
	switch {
	case u.Saved.Assigned:
		kind = "assignment"
	case u.Exam():
		kind = "exam"
	}
	if !p.resuming() {
		return fmt.Sprintf("Enter starts a new quiz; your unfinished %s stays as it is.", kind)
	}
	about := fmt.Sprintf("%d of %d answered", u.Answered(), len(u.Session.Items))
	if u.Exam() && u.Saved.TimeLimit > 0 {
		about += ", " + study.Countdown(u.Left) + " left"
	}
	if u.Saved.Assigned {
		return fmt.Sprintf("Enter carries on your assignment: %s.", about) // never offered afresh
	}
	return fmt.Sprintf("Enter offers to resume your %s: %s.", kind, about)
}
