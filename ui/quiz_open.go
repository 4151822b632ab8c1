package ui

import (
	"errors"
	"math/rand/v2"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
)

// openQuiz builds the quiz screen for a StartQuizMsg: a practice session
// of every question of the article, shuffled with a new seed, recorded
// through begin (nil records nothing, and notice says so). The screen
// first offers to resume an unfinished attempt at the article, if the
// store has one. When a quiz of the article is already open beneath (z
// in the reader that quiz's e opened), it closes the screens above that
// quiz instead, so it carries on. It returns a nil screen when the
// article has no questions or its quiz was open.
func (m *Model) openQuiz(msg StartQuizMsg, begin BeginFunc, notice string) (Screen, tea.Cmd) {
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
	if r, ok := m.top().screen.(*reader); ok && r.art == msg.Article {
		over = true
	}
	q := NewQuizScreen(QuizConfig{
		Pack: msg.Pack, Article: msg.Article, Session: sess,
		Begin: begin, SavingNotice: notice, OverReader: over,
		Store: m.cfg.Store, OfferResume: true, saver: m.saverFor(msg.Pack, msg.Article),
	}, m.theme)
	return q, q.Init()
}

// articleKey names an article of a pack.
type articleKey struct{ pack, article string }

// keyOf is the article's key; a nil pack counts as one without an id.
func keyOf(p *content.Pack, a *content.Article) articleKey {
	k := articleKey{article: a.ID}
	if p != nil {
		k.pack = p.ID
	}
	return k
}

// saverFor is the save queue of the article's quizzes, made the first
// time a quiz of it opens. Every quiz of an article writes through it,
// and looks for an unfinished attempt on it (findUnfinished), so that the
// look-up comes after the writes of the quizzes of it closed before: an
// attempt just handed in, but still queued behind a busy store, is never
// offered to resume (resumed, it would be handed in twice; set aside, it
// would be handed in after).
func (m *Model) saverFor(p *content.Pack, a *content.Article) *quizSaver {
	k := keyOf(p, a)
	s, ok := m.articleSavers[k]
	if !ok {
		s = newQuizSaver()
		m.articleSavers[k] = s
	}
	return s
}

// openQuizOf is where on the stack a quiz (not a review) of the
// message's article is, or -1.
func (m *Model) openQuizOf(msg StartQuizMsg) int {
	for i := len(m.stack) - 1; i >= 0; i-- {
		q, ok := m.stack[i].screen.(*QuizScreen)
		if !ok || q.cfg.isReview() || q.cfg.Article == nil {
			continue
		}
		same := q.cfg.Article == msg.Article ||
			(q.cfg.Article.ID == msg.Article.ID && q.cfg.Pack != nil && msg.Pack != nil && q.cfg.Pack.ID == msg.Pack.ID)
		if same {
			return i
		}
	}
	return -1
}

// RunQuiz starts the interface straight in a quiz, over the article's
// reader (so leaving the quiz shows the article), and returns when the
// user quits. cfg.Packs may be empty: the quiz's pack is used.
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
	m, err := New(cfg)
	if err != nil {
		return quizProgram{}, err
	}
	if h, ok := m.top().screen.(*home); ok {
		h.selectArticle(qc.Article)
	}
	r := newReader(m.theme, readerOptions{
		pack: qc.Pack, article: qc.Article, maxWidth: cfg.Width, canGoBack: true,
		store: readingStoreOf(cfg.Store), remember: true,
	})
	qc.OverReader = true
	if qc.saver == nil {
		qc.saver = m.saverFor(qc.Pack, qc.Article)
	} else {
		m.articleSavers[keyOf(qc.Pack, qc.Article)] = qc.saver
	}
	q := NewQuizScreen(qc, m.theme)
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
