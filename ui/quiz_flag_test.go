package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/content"
	quizui "brief/ui/quiz"
)

// In an exam, the flag, list and hand-in keys are keys no answer uses,
// and the footer names them at every width: ! flags a true/false
// question (f would answer it False), and the exam stays on it.
func TestExamFlagListAndHandInKeysNeverAnswer(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p, a := defaultArticle(t)
			m, err := New(Config{Packs: []*content.Pack{p}, Style: "notty", Start: StartQuiz, Quiz: &QuizConfig{
				Pack: p, Article: a, Session: sessionOf(t, a, "food-aid-hedged", "venue"), Exam: true,
			}})
			if err != nil {
				t.Fatal(err)
			}
			pr := start(t, m, size[0], size[1])
			view := ansi.Strip(pr.await(func(m *Model) bool { return topIs[*quizui.Screen](m) && m.width == size[0] },
				tea.WindowSizeMsg{Width: size[0], Height: size[1]}))
			for _, want := range []string{"! flag", "l list", "S hand in"} {
				if !strings.Contains(view, want) {
					t.Errorf("the footer lacks %q:\n%s", want, view)
				}
			}
			view = ansi.Strip(pr.await(func(m *Model) bool {
				q, ok := m.top().screen.(*quizui.Screen)
				return ok && len(q.Attempt().Flagged()) == 1
			}, keyPress("!")))
			q := m.top().screen.(*quizui.Screen)
			if n := q.Attempt().Answered(); n != 0 || !strings.Contains(view, "Question 1/2") {
				t.Errorf("! answered (%d answered) or moved on:\n%s", n, view)
			}
			pr.tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			pr.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
		})
	}
}
