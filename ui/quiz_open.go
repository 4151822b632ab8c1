package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/ui/common"
	quizui "brief/ui/quiz"
	"brief/ui/reader"
)

// openQuiz builds the start panel for a StartQuizMsg: the student
// chooses how many questions, practice or exam, the time limit, the
// section and the level (or takes the pack's assignment), and Enter
// gives way to the quiz, recorded through the root's writer (on no store
// it records nothing, and the saving notice says so), which first offers
// to resume an unfinished attempt at the article, if the store has one.
// When a quiz of the article is already open beneath (z in the reader
// that quiz's e opened), it closes the screens above that quiz instead,
// so it carries on. It returns a nil screen when the article has no
// questions or its quiz was open.
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
	over := false
	if r, ok := m.top().screen.(*reader.Screen); ok && r.Article() == msg.Article {
		over = true
	}
	p := quizui.NewStartPanel(m.startConfig(msg.Pack, msg.Article, over), m.theme)
	return p, p.Init()
}

// startConfig is what a start panel for an article is opened with.
func (m *Model) startConfig(p *content.Pack, a *content.Article, over bool) quizui.StartConfig {
	return quizui.StartConfig{
		Pack: p, Article: a, Writer: m.writer, Store: m.cfg.Store, DataDir: m.cfg.DataDir,
		SavingNotice: m.cfg.SavingNotice, OverReader: over,
	}
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
