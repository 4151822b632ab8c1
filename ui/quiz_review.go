package ui

import (
	"math/rand/v2"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/ui/home"
	quizui "brief/ui/quiz"
)

// loadReview starts loading a review of every question due now.
func (m *Model) loadReview() tea.Cmd {
	return LoadReviewCmd(m.cfg.Store, m.cfg.Packs, 0, rand.Int64())
}

// reviewLoaded opens the quiz screen on a loaded review, or says on home
// why there is none.
func (m *Model) reviewLoaded(msg ReviewLoadedMsg) tea.Cmd {
	if msg.Err != nil || msg.Plan == nil {
		return m.broadcast(home.NoticeMsg{Text: reviewNotice(msg)})
	}
	q := m.reviewQuiz(msg.Plan, msg.Misses)
	return m.push(stateQuiz, q, q.Init())
}

// reviewQuiz builds the quiz screen for a review session, recorded as one
// review attempt.
func (m *Model) reviewQuiz(plan *quiz.ReviewPlan, misses bool) *quizui.Screen {
	word := ""
	if misses {
		// What r gives when nothing is due, with the theme's separator, a
		// hyphen in ASCII and without colour.
		word = "Nothing due" + m.theme.Styles.Glyphs().Dot + "today's misses"
	}
	return quizui.New(quizui.Config{
		Session: plan.Session, Refs: plan.Refs, Packs: m.cfg.Packs, ReviewWord: word,
		Writer: m.writer, SavingNotice: m.cfg.SavingNotice,
	}, m.theme)
}
