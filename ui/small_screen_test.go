package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/content"
	quizui "brief/ui/quiz"
)

// At 40x12 a match question shows its prompt first; once the student
// moves the cursor, the item at the cursor and the options it is paired
// with are in view together.
func TestSmallMatchBringsItsOptionsIntoView(t *testing.T) {
	p, a := defaultArticle(t)
	m, err := New(Config{Packs: []*content.Pack{p}, Style: "notty", Start: StartQuiz, Quiz: &QuizConfig{
		Pack: p, Article: a, Session: sessionOf(t, a, "isolation"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	pr := start(t, m, 40, 12)
	first := ansi.Strip(pr.await(func(m *Model) bool { return topIs[*quizui.Screen](m) && m.width == 40 },
		tea.WindowSizeMsg{Width: 40, Height: 12}))
	if !strings.Contains(first, "Match each country") {
		t.Errorf("the prompt is not in view at first:\n%s", first)
	}
	moved := ansi.Strip(pr.await(func(m *Model) bool {
		v := ansi.Strip(m.View().Content)
		return strings.Contains(v, "> 2. North Korea")
	}, keyPress("down")))
	for _, want := range []string{"A) ", "B) "} {
		if !strings.Contains(moved, want) {
			t.Errorf("option %q is not in view with the item at the cursor:\n%s", want, moved)
		}
	}
	pr.tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	pr.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
}
