package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/quiz/study"
)

// quizUnfinishedMsg brings what findUnfinished found: an attempt at the
// article left before the end, rebuilt as a session, or nothing.
type quizUnfinishedMsg struct {
	owner   *QuizScreen
	attempt *quiz.SavedAttempt // nil when there is nothing to resume
	session *quiz.Session      // the attempt rebuilt, its answers marked
	left    time.Duration      // a timed exam's time still to run; 0 for no limit
	at      time.Time          // when it was looked for, to say how long ago it began
	err     error
}

// findUnfinished looks in the store for an unfinished attempt at the
// article that can still be rebuilt from its questions. It is a job on
// the saver, which the article's quizzes share (Model.saverFor), so it
// looks only once the writes queued before it are done: a quiz of the
// article just handed in is not found unfinished.
func (q *QuizScreen) findUnfinished() tea.Cmd {
	store, p, a := q.cfg.Store, q.cfg.Pack, q.cfg.Article
	return q.cfg.saver.Enqueue(0, false, func() saveResult {
		msg := quizUnfinishedMsg{owner: q, at: time.Now()}
		saved, answers, err := store.UnfinishedAttempt(p.ID, a.ID)
		if err != nil || saved == nil {
			msg.err = err
			return saveResult{msg: msg}
		}
		sess, err := quiz.ResumeSession(a.Questions, saved, answers)
		if err != nil {
			// The questions changed too much to carry on: start afresh.
			return saveResult{msg: msg}
		}
		msg.attempt, msg.session, msg.left = saved, sess, saved.TimeLeft(answers)
		return saveResult{msg: msg}
	})
}

// unfinished offers to resume the attempt found, or begins a new one when
// there is none; when the student has answered already, this quiz has
// begun recording a new attempt and there is nothing to do.
func (q *QuizScreen) unfinished(msg quizUnfinishedMsg) tea.Cmd {
	if q.slot != nil {
		return nil
	}
	if msg.attempt == nil || q.answeredCount() > 0 {
		if inUse := (*quiz.InUseError)(nil); errors.As(msg.err, &inUse) && q.answeredCount() == 0 {
			q.note = fmt.Sprintf("Your unfinished quiz on this article is open in another brief (%s), so this is a new attempt.", inUse.Where())
		}
		return q.begin()
	}
	q.offer = &msg
	q.leave()
	q.phase, q.scroll = phaseResume, 0
	q.setKeys()
	return nil
}

// keyResume handles r (carry on), n (start over) and esc while an
// unfinished attempt is offered.
func (q *QuizScreen) keyResume(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, q.keys.Resume):
		return q.resume()
	case key.Matches(msg, q.keys.StartOver):
		return q, q.startOver()
	case key.Matches(msg, q.keys.Back):
		return q, back
	}
	return q, nil
}

// resume carries on the offered attempt: its session, its mode, recorded
// into the same attempt, at the first question left unanswered.
func (q *QuizScreen) resume() (Screen, tea.Cmd) {
	o := q.offer
	q.offer = nil
	q.sess, q.cfg.Session = o.session, o.session
	q.cfg.Exam = o.attempt.Mode == quiz.ModeExam
	// The clock carries on from the saved attempt, whatever this command
	// line says, so quitting an exam never buys more time.
	q.cfg.TimeLimit = 0
	if q.cfg.Exam {
		q.cfg.TimeLimit = o.left
	}
	q.widgets = make([]answerWidget, len(q.sess.Items))
	rec := q.cfg.Store.Continue(o.attempt.ID, o.attempt.AttemptInfo)
	q.rec, q.recReady = rec, true
	q.slot = &attemptSlot{rec: rec}
	q.cur, q.phase = 0, phaseAnswer
	q.restartClock()
	// Claimed first on the saver, so that no other brief writes to it
	// from now on; one that took it meanwhile leaves this one's answers
	// refused, each with its note.
	claim := q.cfg.saver.Enqueue(0, false, func() saveResult {
		return saveResult{msg: quizRecordedMsg{owner: q, err: rec.Claim()}}
	})
	left := q.sess.Unanswered()
	if len(left) == 0 {
		s, cmd := q.finish()
		return s, tea.Batch(claim, cmd)
	}
	return q, tea.Batch(claim, q.goTo(left[0]))
}

// startOver sets the offered attempt aside (its answers stay in the
// stats) and begins recording this new session, in that order.
func (q *QuizScreen) startOver() tea.Cmd {
	id, store := q.offer.attempt.ID, q.cfg.Store
	q.offer = nil
	q.restartClock()
	abandon := q.cfg.saver.Enqueue(0, false, func() saveResult {
		if err := store.AbandonAttempt(id); err != nil {
			return saveResult{msg: quizRecordedMsg{owner: q, err: fmt.Errorf("set the unfinished quiz aside: %w", err)}}
		}
		return saveResult{}
	})
	return tea.Batch(q.goTo(q.cur), abandon, q.begin())
}

// resumeLines offers the unfinished attempt: what it is, then each key
// with what it does, on one line when they fit, else one per line so
// that no key is parted from its words.
func (q *QuizScreen) resumeLines(w int) []string {
	o := q.offer
	s := q.theme.Styles
	answered := len(o.session.Items) - len(o.session.Unanswered())
	kind := "quiz"
	if o.attempt.Mode == quiz.ModeExam {
		kind = "exam"
	}
	text := fmt.Sprintf("You have an unfinished %s on this article, started %s.", kind, study.Ago(o.at.Sub(o.attempt.Started)))
	out := wrapLines(s.Title.Render(text), w)
	out = append(out, "")
	choices := [][2]string{
		{q.keys.Resume.Help().Key, fmt.Sprintf("resume it (%d of %d answered)", answered, len(o.session.Items))},
		{q.keys.StartOver.Help().Key, fmt.Sprintf("start this new %s (%s)", q.kindOfQuiz(), questionCount(len(q.sess.Items)))},
	}
	var one []string
	for _, c := range choices {
		one = append(one, s.Selected.Render(c[0])+" "+c[1])
	}
	if line := strings.Join(one, s.Glyphs().Dot); ansi.StringWidth(line) <= w {
		out = append(out, line)
	} else {
		for _, c := range choices {
			out = append(out, hangingLines(s.Selected.Render(c[0])+" ", c[1], w)...)
		}
	}
	out = append(out, "")
	out = append(out, wrapLines("Resuming keeps your answers and goes on from the first question left; a new quiz leaves them in your stats.", w)...)
	return out
}

// questionCount is "1 question" or "n questions".
func questionCount(n int) string {
	if n == 1 {
		return "1 question"
	}
	return fmt.Sprintf("%d questions", n)
}

// kindOfQuiz is "exam" or "quiz", for this screen's session.
func (q *QuizScreen) kindOfQuiz() string {
	if q.cfg.Exam {
		return "exam"
	}
	return "quiz"
}

// restartClock starts an exam's time from now, when its first question
// appears after the resume-or-new question: the time spent choosing is
// not the exam's.
func (q *QuizScreen) restartClock() {
	if !q.start.IsZero() {
		q.start, q.shownAt = q.clock, q.clock
	}
}
