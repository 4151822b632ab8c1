package ui

import (
	quizui "brief/ui/quiz"
	"brief/ui/reader"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/ui/common"
	"brief/ui/home"
)

func TestOpenQuizFromTheReader(t *testing.T) {
	p, a := defaultArticle(t)
	m, err := New(Config{Packs: []*content.Pack{p}, Pack: p.ID, Article: a.ID, Style: "notty"})
	if err != nil {
		t.Fatal(err)
	}
	panel, _ := m.openQuiz(common.StartQuizMsg{Pack: p, Article: a})
	if _, ok := panel.(*quizui.StartPanel); !ok {
		t.Fatalf("openQuiz gave %T, want the start panel", panel)
	}
	// Enter takes the defaults the panel shows.
	s, cmd := panel.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	q, ok := s.(*quizui.Screen)
	if !ok || cmd == nil {
		t.Fatalf("enter on the start panel gave %T and command %v, want a quiz and its start", s, cmd)
	}
	if len(q.Attempt().Session().Items) != len(a.Questions) || q.Attempt().Exam() {
		t.Errorf("a quiz from the reader asks %d of %d questions, exam %v; want all, in practice", len(q.Attempt().Session().Items), len(a.Questions), q.Attempt().Exam())
	}
	if !q.Config().OverReader {
		t.Error("a quiz opened over the article's reader does not know it")
	}

	empty := &content.Article{ID: "empty", Title: "No questions"}
	if s, _ := m.openQuiz(common.StartQuizMsg{Pack: p, Article: empty}); s != nil {
		t.Errorf("an article without questions opened %T", s)
	}
}

func TestStartQuizRefusesAnEmptySession(t *testing.T) {
	p, a := defaultArticle(t)
	if _, err := New(Config{Start: StartQuiz, Quiz: &QuizConfig{Pack: p, Article: a}}); err == nil {
		t.Error("a quiz without a session was accepted")
	}
}

func TestEvidenceAndBackReturnToTheQuiz(t *testing.T) {
	p, a := defaultArticle(t)
	prog, err := New(Config{Style: "notty", Start: StartQuiz, Quiz: &QuizConfig{Pack: p, Article: a, Session: sessionOf(t, a, "venue", "sullivan")}})
	if err != nil {
		t.Fatal(err)
	}
	m := prog
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	q := m.top().screen.(*quizui.Screen)
	m.Update(qzKey("s"))
	feedback := q.View() // the skipped question's feedback
	_, cmd := m.Update(qzKey("e"))
	m.Update(cmd())
	if _, ok := m.top().screen.(*reader.Screen); !ok {
		t.Fatalf("e opened %T, want the reader", m.top().screen)
	}
	// The reader opens with the evidence highlighted: esc clears the
	// highlight, then goes back.
	for range 2 {
		if _, ok := m.top().screen.(*reader.Screen); !ok {
			break
		}
		if _, cmd := m.Update(qzKey("esc")); cmd != nil {
			m.Update(cmd())
		}
	}
	if m.top().screen != q || q.View() != feedback {
		t.Fatalf("back from the reader: %T showing\n%s\nwant the quiz's feedback on question 1:\n%s", m.top().screen, q.View(), feedback)
	}
}

// `brief quiz` runs the quiz over the article's reader over home, so esc
// goes back down through each as it does after opening the quiz from home.
func TestQuizProgramStack(t *testing.T) {
	p, a := defaultArticle(t)
	prog, err := New(Config{Style: "notty", Start: StartQuiz, Quiz: &QuizConfig{Pack: p, Article: a, Session: sessionOf(t, a, "venue")}})
	if err != nil {
		t.Fatal(err)
	}
	m := prog
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	var states []state
	for _, e := range m.stack {
		states = append(states, e.state)
	}
	if want := []state{stateHome, stateReader, stateQuiz}; !slices.Equal(states, want) {
		t.Fatalf("stack %v, want %v", states, want)
	}
	if h := m.stack[0].screen.(*home.Screen); h.Selected() != a {
		t.Errorf("home has %q selected, want the quiz's article %q", h.Selected().ID, a.ID)
	}
	for _, want := range []state{stateReader, stateHome} {
		if _, cmd := m.Update(qzKey("esc")); cmd != nil {
			m.Update(cmd())
		}
		if got := m.top().state; got != want {
			t.Fatalf("esc led to %v, want %v", got, want)
		}
	}
}
