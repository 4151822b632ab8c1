package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/quiz/class"
)

// `brief class` opens the gradebook; tab shows the questions, enter opens
// one with its text, and esc twice leaves brief.
func TestRunClassShowsTheReportAndLeavesOnEsc(t *testing.T) {
	began := time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)
	end := began.Add(5 * time.Minute)
	var hs []*class.HandIn
	for i, name := range []string{"Ana Perera", "Ben Silva"} {
		hs = append(hs, &class.HandIn{Student: name, Pack: class.Pack{ID: "floods", Title: "Floods", Version: "1.0.0"},
			Attempts: []class.Attempt{{ID: 1, Article: "floods", Mode: class.ModeExam, Started: began, Finished: &end,
				Answers: []class.Answer{{Question: "first-city", Type: "choice", Given: "Colombo", Points: float64(i), Max: 1}}}}})
	}
	m, err := New(Config{Start: StartClass, Class: &ClassConfig{Report: class.Build(hs),
		Prompts: ClassPrompts{{"floods", "first-city"}: "Which city flooded first?"}}})
	if err != nil {
		t.Fatal(err)
	}
	pr := start(t, m, 80, 24)
	viewHas := func(parts ...string) func(*Model) bool {
		return func(m *Model) bool {
			v := m.View().Content
			for _, p := range parts {
				if !strings.Contains(v, p) {
					return false
				}
			}
			return true
		}
	}
	pr.await(viewHas("Gradebook", "Ben Silva"), tea.WindowSizeMsg{Width: 80, Height: 24})
	pr.await(viewHas("Which city flooded first?", "Answers given"), tea.KeyPressMsg{Code: tea.KeyTab}, tea.KeyPressMsg{Code: tea.KeyEnter})
	pr.await(viewHas("Questions"), tea.KeyPressMsg{Code: tea.KeyEscape})
	pr.tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	pr.tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// A class start with nothing to show is an error, not a blank screen.
func TestClassStartNeedsAReport(t *testing.T) {
	if _, err := New(Config{Start: StartClass}); err == nil {
		t.Error("a class start without a report opened")
	}
}
