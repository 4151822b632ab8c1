package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	quizui "brief/ui/quiz"
)

// An enter pressed twice on the feedback (a double tap, a key held down)
// goes on to the next question and only selects its highlighted option:
// the question is answered by a third enter, once it has been seen.
func TestEnterTwiceOnTheFeedbackDoesNotAnswerTheNextQuestion(t *testing.T) {
	for _, next := range []string{"air-koryo", "food-aid-hedged"} { // choice, true/false
		t.Run(next, func(t *testing.T) {
			run := runQuizOf(t, Config{}, nil, time.Second, "venue", next)
			run.answer(1)
			answered := func(m *Model) int {
				q, ok := m.top().screen.(*quizui.Screen)
				if !ok {
					return -1
				}
				return q.Attempt().Answered()
			}
			view := run.await(func(m *Model) bool {
				v := ansi.Strip(m.View().Content)
				return strings.Contains(v, "Question 2/2") && strings.Contains(v, "press enter again")
			}, keyPress("enter"), keyPress("enter"))
			if n := answered(run.m); n != 1 {
				t.Fatalf("the second enter answered question 2 (%d answered):\n%s", n, ansi.Strip(view))
			}
			run.await(func(m *Model) bool { return answered(m) == 2 }, keyPress("enter"))
			run.tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
			run.finish()
		})
	}
}
