package ui

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/ui/home"
	quizui "brief/ui/quiz"
	"brief/ui/reader"
	"brief/ui/stats"
)

// Start names the screen the interface opens on.
type Start int

const (
	// StartHome opens the home screen, or the reader when Config.Article
	// names an article.
	StartHome Start = iota
	// StartStats opens the stats screen of Config.Store on its own: going
	// back from it leaves brief (`brief stats`). Config.Packs may be
	// empty; they only give titles.
	StartStats
	// StartQuiz opens the quiz Config.Quiz describes over its article's
	// reader over the home screen, as if the student had opened the
	// article from home and pressed z (`brief quiz`): esc goes back down
	// through each. Config.Packs may be empty: the quiz's pack is added.
	StartQuiz
	// StartReview opens the review Config.Review plans over the home
	// screen, where leaving the review goes (`brief review`).
	StartReview
	// StartClass opens the class report of Config.Class on its own
	// (`brief class`); Config.Packs may be empty.
	StartClass
)

// QuizConfig is what StartQuiz opens its quiz with: see quizui.Config.
// It is named here so that cli, which starts the interface, needs only
// this package.
type QuizConfig = quizui.Config

// Run starts the interface on cfg.Start and returns when the user quits,
// once the answers still being saved are saved (see runProgram).
func Run(cfg Config, opts ...tea.ProgramOption) error {
	m, err := New(cfg)
	if err != nil {
		return err
	}
	return runProgram(m, opts...)
}

// New builds the root model on the screens cfg.Start opens; Init starts
// them.
func New(cfg Config) (*Model, error) {
	switch cfg.Start {
	case StartQuiz:
		return newQuizStart(cfg)
	case StartReview:
		return newReviewStart(cfg)
	case StartStats:
		return newStatsStart(cfg)
	case StartClass:
		return newClassStart(cfg)
	case StartHome:
	}
	m, err := newModel(cfg)
	if err != nil {
		return nil, err
	}
	pack, err := m.findPack(cfg.Pack)
	if err != nil {
		return nil, err
	}
	if cfg.Article == "" {
		m.start = m.push(stateHome, home.New(m.theme, cfg.Packs, pack, cfg.Status), m.studentNotes())
		return m, nil
	}
	art, ok := pack.Article(cfg.Article)
	if !ok {
		return nil, fmt.Errorf("pack %s has no article %q: run `brief list` to see its articles", pack.ID, cfg.Article)
	}
	m.start = m.push(stateReader, reader.New(m.theme, reader.Options{
		Pack: pack, Article: art, MaxWidth: cfg.Width, Store: reader.StoreOf(cfg.Store), Remember: true,
	}), nil)
	return m, nil
}

// newStatsStart is the stats screen on its own.
func newStatsStart(cfg Config) (*Model, error) {
	m, err := newModel(cfg)
	if err != nil {
		return nil, err
	}
	m.start = m.push(stateStats, stats.New(nil, cfg.Packs, m.theme.Styles), stats.LoadCmd(cfg.Store))
	return m, nil
}

// newQuizStart is the quiz of cfg.Quiz over the article's reader over
// the home screen with the article selected.
func newQuizStart(cfg Config) (*Model, error) {
	qc := cfg.Quiz
	if qc == nil || qc.Pack == nil || qc.Article == nil || qc.Session == nil || len(qc.Session.Items) == 0 {
		return nil, errors.New("no quiz to run: the session has no questions")
	}
	if !containsPack(cfg.Packs, qc.Pack) {
		cfg.Packs = append([]*content.Pack{qc.Pack}, cfg.Packs...)
	}
	cfg.Pack, cfg.Article, cfg.Start = qc.Pack.ID, "", StartHome
	if cfg.Writer == nil {
		cfg.Writer = qc.Writer
	}
	m, err := New(cfg)
	if err != nil {
		return nil, err
	}
	if h, ok := m.top().screen.(*home.Screen); ok {
		h.SelectArticle(qc.Article)
	}
	r := reader.New(m.theme, reader.Options{
		Pack: qc.Pack, Article: qc.Article, MaxWidth: cfg.Width, CanGoBack: true,
		Store: reader.StoreOf(cfg.Store), Remember: true,
	})
	m.push(stateReader, r, nil)
	if cfg.QuizPanel {
		p := quizui.NewStartPanel(m.startConfig(qc.Pack, qc.Article, true), m.theme)
		m.start = tea.Batch(m.start, m.push(stateQuiz, p, p.Init())) // home's notes, then the panel
		return m, nil
	}
	c := *qc
	c.OverReader, c.Writer = true, m.writer
	q := quizui.New(c, m.theme)
	m.start = tea.Batch(m.start, m.push(stateQuiz, q, q.Init()))
	return m, nil
}

// newReviewStart is the review of cfg.Review over the home screen.
func newReviewStart(cfg Config) (*Model, error) {
	plan := cfg.Review
	if plan == nil || plan.Session == nil || len(plan.Session.Items) == 0 {
		return nil, quiz.ErrNoQuestions
	}
	cfg.Article, cfg.Start = "", StartHome
	m, err := New(cfg)
	if err != nil {
		return nil, err
	}
	q := m.reviewQuiz(plan, cfg.ReviewMisses)
	m.start = tea.Batch(m.start, m.push(stateQuiz, q, q.Init()))
	return m, nil
}

func containsPack(packs []*content.Pack, p *content.Pack) bool {
	for _, q := range packs {
		if q == p {
			return true
		}
	}
	return false
}
