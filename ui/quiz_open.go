package ui

import (
	"errors"
	"math/rand/v2"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/ui/common"
	"brief/ui/home"
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

// RunQuiz starts the interface straight in a quiz, over the article's
// reader (so leaving the quiz shows the article), and returns when the
// user quits. cfg.Packs may be empty: the quiz's pack is used. The quiz
// records through cfg.Writer (or qc.Writer), as every quiz opened after
// it does.
func RunQuiz(cfg Config, qc QuizConfig, opts ...tea.ProgramOption) error {
	p, err := newQuizProgram(cfg, qc)
	if err != nil {
		return err
	}
	return runProgram(p.Model, p, opts...)
}

// newQuizProgram builds the root model with the quiz over the article's
// reader over the home screen, as if the student had opened the article
// from home and pressed z: esc goes back down through each, as in `brief`.
func newQuizProgram(cfg Config, qc QuizConfig) (quizProgram, error) {
	if qc.Pack == nil || qc.Article == nil || qc.Session == nil || len(qc.Session.Items) == 0 {
		return quizProgram{}, errors.New("no quiz to run: the session has no questions")
	}
	if !containsPack(cfg.Packs, qc.Pack) {
		cfg.Packs = append([]*content.Pack{qc.Pack}, cfg.Packs...)
	}
	cfg.Pack, cfg.Article = qc.Pack.ID, ""
	if cfg.Writer == nil {
		cfg.Writer = qc.Writer
	}
	m, err := New(cfg)
	if err != nil {
		return quizProgram{}, err
	}
	if h, ok := m.top().screen.(*home.Screen); ok {
		h.SelectArticle(qc.Article)
	}
	r := reader.New(m.theme, reader.Options{
		Pack: qc.Pack, Article: qc.Article, MaxWidth: cfg.Width, CanGoBack: true,
		Store: reader.StoreOf(cfg.Store), Remember: true,
	})
	qc.OverReader, qc.Writer = true, m.writer
	q := quizui.New(qc, m.theme)
	m.stack = append(m.stack, entry{stateReader, r}, entry{stateQuiz, q})
	return quizProgram{Model: m, start: q.Init()}, nil
}

// quizProgram is the root model with the quiz's start-up commands added
// to Init.
type quizProgram struct {
	*Model
	start tea.Cmd
}

// Init asks for the background colour and starts the quiz's clock.
func (p quizProgram) Init() tea.Cmd { return tea.Batch(p.Model.Init(), p.start) }

func containsPack(packs []*content.Pack, p *content.Pack) bool {
	for _, q := range packs {
		if q == p {
			return true
		}
	}
	return false
}

// QuizConfig is what RunQuiz opens its quiz with: see quizui.Config.
// It is named here so that cli, which starts the interface, needs only
// this package.
type QuizConfig = quizui.Config
