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
	q := m.reviewQuiz(msg.Plan)
	return tea.Batch(m.push(stateQuiz, q), q.Init())
}

// reviewQuiz builds the quiz screen for a review session, recorded as one
// review attempt.
func (m *Model) reviewQuiz(plan *quiz.ReviewPlan) *quizui.Screen {
	return quizui.New(quizui.Config{
		Session: plan.Session, Refs: plan.Refs, Packs: m.cfg.Packs,
		Writer: m.writer, SavingNotice: m.cfg.SavingNotice,
	}, m.theme)
}

// RunReview starts the interface in the quiz screen on a review session,
// over the home screen (where leaving the review goes), and returns when
// the user quits.
func RunReview(cfg Config, plan *quiz.ReviewPlan, opts ...tea.ProgramOption) error {
	if plan == nil || plan.Session == nil || len(plan.Session.Items) == 0 {
		return quiz.ErrNoQuestions
	}
	cfg.Article = ""
	m, err := New(cfg)
	if err != nil {
		return err
	}
	q := m.reviewQuiz(plan)
	m.stack = append(m.stack, entry{stateQuiz, q})
	return runProgram(m, quizProgram{Model: m, start: q.Init()}, opts...)
}
