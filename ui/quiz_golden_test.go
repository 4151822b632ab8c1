package ui

import (
	quizui "brief/ui/quiz"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// quizProbe runs the root model with a quiz on top and hands back the
// view once it has handled a number of key presses. It counts inside
// Update, on the program's goroutine, so the test never reads the model
// while the program changes it.
type quizProbe struct {
	m     *Model
	init  tea.Cmd
	mu    sync.Mutex
	keys  int // key presses handled
	want  int
	shown chan string
}

func (p *quizProbe) Init() tea.Cmd { return p.init }

func (p *quizProbe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.m.Update(msg)
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := msg.(tea.KeyPressMsg); ok {
		p.keys++
	}
	if p.want >= 0 && p.keys == p.want && p.m.width > 0 {
		p.want = -1
		p.shown <- p.m.View().Content
	}
	return p, cmd
}

func (p *quizProbe) View() tea.View { return p.m.View() }

// quizGoldenTB names a golden file testdata/<name>.golden.
type quizGoldenTB struct {
	testing.TB
	name string
}

func (n quizGoldenTB) Name() string { return n.name }

// runQuizView opens a quiz as RunQuiz does in a test program at 80x24
// in a Glamour style ("dark" draws Unicode, "notty" ASCII), presses keys
// and returns the screen without its styling. Practice and untimed exams
// show nothing that depends on the clock.
func runQuizView(t *testing.T, style string, cfg QuizConfig, keys []string) string {
	t.Helper()
	p, a := defaultArticle(t)
	cfg.Pack, cfg.Article = p, a
	prog, err := newQuizProgram(Config{Style: style}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	probe := &quizProbe{m: prog.Model, init: prog.Init(), want: len(keys), shown: make(chan string, 1)}
	tm := teatest.NewTestModel(t, probe, teatest.WithInitialTermSize(80, 24))
	for _, k := range keys {
		tm.Send(qzKey(k))
	}
	var view string
	select {
	case view = <-probe.shown:
	case <-time.After(10 * time.Second):
		t.Fatal("the program never handled the keys")
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	return ansi.Strip(view)
}

// resultsIDs are the questions of the results goldens.
var resultsIDs = []string{"venue", "sullivan", "timeline", "roles"}

// resultsKeys answer the results goldens' questions: right, skipped,
// wrong and partly right.
func resultsKeys(s *quizui.Screen) []string {
	keys := append(rightKeys(&s.Attempt().Session().Items[0]), "enter", "ctrl+s", "enter")
	keys = append(keys, wrongKeys(&s.Attempt().Session().Items[2])...)
	keys = append(keys, "enter")
	return append(append(keys, partialKeys(&s.Attempt().Session().Items[3])...), "enter")
}

func TestQuizGolden(t *testing.T) {
	_, a := defaultArticle(t)
	tests := map[string]struct {
		cfg   QuizConfig
		ids   []string
		keys  func(s *quizui.Screen) []string
		ascii bool // drawn in the notty style's ASCII
	}{
		"choice":       {ids: []string{"venue"}},
		"choice_ascii": {ids: []string{"venue"}, ascii: true},
		"multi":        {ids: []string{"crucial-time"}, keys: func(*quizui.Screen) []string { return []string{"down", "space"} }},
		"cloze":        {ids: []string{"summit-dates"}, keys: func(*quizui.Screen) []string { return append(qzType("four"), "tab") }},
		"order":        {ids: []string{"timeline"}, keys: func(*quizui.Screen) []string { return []string{"down", "K"} }},
		"match":        {ids: []string{"who-said-what"}, keys: func(*quizui.Screen) []string { return []string{"b"} }},
		"feedback_wrong": {ids: []string{"venue"}, keys: func(s *quizui.Screen) []string {
			return wrongKeys(&s.Attempt().Session().Items[0])
		}},
		"exam_overview": {cfg: QuizConfig{Exam: true}, ids: []string{"venue", "sullivan", "timeline"}, keys: func(s *quizui.Screen) []string {
			return append(rightKeys(&s.Attempt().Session().Items[0]), "f", "l")
		}},
		"results_summary":       {ids: resultsIDs, keys: resultsKeys},
		"results_summary_ascii": {ids: resultsIDs, keys: resultsKeys, ascii: true},
		"results_review": {ids: resultsIDs, keys: func(s *quizui.Screen) []string {
			return append(resultsKeys(s), "r")
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Session = sessionOf(t, a, tc.ids...)
			var keys []string
			if tc.keys != nil {
				// The keys are worked out on a copy of the session, so the
				// program's session starts unanswered.
				keys = tc.keys(quizui.New(QuizConfig{Article: a, Session: sessionOf(t, a, tc.ids...)}, testTheme()))
			}
			style := "dark"
			if tc.ascii {
				style = "notty"
			}
			view := runQuizView(t, style, cfg, keys)
			file := "quiz_" + name
			if strings.HasPrefix(name, "results") {
				file = name
			}
			golden.RequireEqual(quizGoldenTB{t, file}, view)
		})
	}
}
