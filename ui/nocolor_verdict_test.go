package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/content"
	"brief/ui/internal/uitest"
	quizui "brief/ui/quiz"
)

// Under NO_COLOR the marks are words: "WRONG", not "[x] Wrong", which
// reads as a ticked box once there is no red to say otherwise.
func TestNoColorMarksReadAsWords(t *testing.T) {
	p, a := defaultArticle(t)
	sess := sessionOf(t, a, "venue", "air-koryo")
	m, err := New(Config{Packs: []*content.Pack{p}, Style: "auto", Start: StartQuiz, Quiz: &QuizConfig{Pack: p, Article: a, Session: sess}})
	if err != nil {
		t.Fatal(err)
	}
	pr := start(t, m, 80, 24, tea.WithEnvironment([]string{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"}))
	pr.await(func(m *Model) bool { return topIs[*quizui.Screen](m) && m.width == 80 && m.theme.Styles.ASCII },
		tea.WindowSizeMsg{Width: 80, Height: 24})
	var keys []tea.Msg
	for _, k := range uitest.WrongKeys(&sess.Items[0]) {
		keys = append(keys, qzKey(k))
	}
	view := ansi.Strip(pr.await(func(m *Model) bool { return strings.Contains(ansi.Strip(m.View().Content), "0/1") }, keys...))
	if !strings.Contains(view, "WRONG - 0/1") || strings.Contains(view, "[x]") {
		t.Errorf("the mark of a wrong answer does not read WRONG:\n%s", view)
	}
	pr.tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	pr.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
}
