package ui

import (
	"math/rand/v2"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/ui/common"
	quizui "brief/ui/quiz"
	"brief/ui/reader"
)

// openQuiz builds the quiz screen for a StartQuizMsg: a practice session
// of every question of the article, shuffled with a new seed, recorded
// through the root's writer (on no store it records nothing, and the
// saving notice says so). The screen first offers to resume an
// unfinished attempt at the article, if the store has one. When a quiz
// of the article is already open beneath (z in the reader that quiz's e
// opened), it closes the screens above that quiz instead, so it carries
// on. It returns a nil screen when the article has no questions or its
// quiz was open.
func (m *Model) openQuiz(msg common.StartQuizMsg) (common.Screen, tea.Cmd) {
	if msg.Article == nil || len(msg.Article.Questions) == 0 {
		return nil, nil
	}
	if i := m.openQuizOf(msg); i >= 0 {
		// What BackMsg does, for each screen above it: the screens
		// beneath have had every resize and theme change.
		m.stack = m.stack[:i+1]
		return nil, nil
	}
	sess, err := quiz.NewSession(msg.Article.Questions, quiz.SessionOptions{Seed: rand.Int64()})
	if err != nil {
		return nil, nil
	}
	over := false
	if r, ok := m.top().screen.(*reader.Screen); ok && r.Article() == msg.Article {
		over = true
	}
	q := quizui.New(quizui.Config{
		Pack: msg.Pack, Article: msg.Article, Session: sess,
		Writer: m.writer, SavingNotice: m.cfg.SavingNotice, OverReader: over, OfferResume: true,
	}, m.theme)
	return q, q.Init()
}

// openQuizOf is where on the stack a quiz (not a review) of the
// message's article is, or -1.
func (m *Model) openQuizOf(msg common.StartQuizMsg) int {
	for i := len(m.stack) - 1; i >= 0; i-- {
		q, ok := m.stack[i].screen.(*quizui.Screen)
		if !ok || q.Attempt().Review() || q.Attempt().Article() == nil {
			continue
		}
		a, p := q.Attempt().Article(), q.Attempt().Pack()
		same := a == msg.Article || (a.ID == msg.Article.ID && p != nil && msg.Pack != nil && p.ID == msg.Pack.ID)
		if same {
			return i
		}
	}
	return -1
}
