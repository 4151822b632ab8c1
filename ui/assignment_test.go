package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/internal/profile"
	"brief/ui/home"
	quizui "brief/ui/quiz"
)

// A pack with an assignment, as a student meets it: home shows their
// name and the assignment under the article; z shows the assignment on
// the start panel and Enter starts it as set; leaving the exam goes home,
// says the clock is paused, and home counts the attempt.
func TestAssignmentFromHome(t *testing.T) {
	p := defaultPack(t)
	pc := *p
	pc.Assignment = &content.Assignment{Mode: content.AssignExam, Time: "15m", Questions: 3, Attempts: 2, Due: "2099-01-05"}
	dir := t.TempDir()
	if err := profile.Save(dir, profile.Profile{Name: "Ana Perera"}); err != nil {
		t.Fatal(err)
	}
	st := testStore(t)
	m, err := New(Config{Packs: []*content.Pack{&pc}, Store: st, DataDir: dir, Style: "notty"})
	if err != nil {
		t.Fatal(err)
	}
	pr := start(t, m, 80, 24)
	has := func(texts ...string) func(*Model) bool {
		return func(m *Model) bool {
			v := ansi.Strip(m.View().Content)
			for _, s := range texts {
				if !strings.Contains(v, s) {
					return false
				}
			}
			return true
		}
	}
	pr.await(has("Ana Perera", "Assignment: exam - 3 questions - 15:00 - due 5 Jan - 2 of 2 attempts left"),
		tea.WindowSizeMsg{Width: 80, Height: 24})
	pr.await(has("Take: the assignment"), keyPress("z"))
	var q *quizui.Screen
	pr.await(func(m *Model) bool {
		q, _ = m.top().screen.(*quizui.Screen)
		return q != nil
	}, keyPress("enter"))
	if !q.Attempt().Exam() || q.Attempt().Len() != 3 || q.Attempt().Limit() != 15*time.Minute {
		t.Fatalf("enter started an exam %v of %d questions in %v, want the assignment's exam of 3 in 15 minutes",
			q.Attempt().Exam(), q.Attempt().Len(), q.Attempt().Limit())
	}
	var keys []tea.Msg
	for _, k := range rightKeys(q.Attempt().Item(0)) {
		keys = append(keys, qzKey(k))
	}
	pr.await(func(*Model) bool { return q.Attempt().Answered() == 1 }, keys...)
	waitIdle(t, m.writer)
	pr.await(topIs[*quizui.Screen], keyPress("esc"))
	pr.await(func(m *Model) bool {
		_, ok := m.top().screen.(*home.Screen)
		return ok && has("clock paused", "1 of 2 attempts left")(m)
	}, keyPress("y"))
	pr.tm.Send(keyPress("ctrl+c"))
	pr.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
}
