package quiz

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/quiz/study"
)

// The help key does on every question the quiz asks what it does on a
// question: it opens the full help, turns its pages and closes it.
func TestHelpKeyWorksOnEveryPrompt(t *testing.T) {
	for name, q := range promptStates(t) {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			t.Run(fmt.Sprintf("%s at %dx%d", name, size[0], size[1]), func(t *testing.T) {
				q.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				phase := q.phase()
				if v := qzView(q); !strings.Contains(v, "? more") {
					t.Fatalf("%dx%d: the footer offers no help:\n%s", size[0], size[1], v)
				}
				opened := false
				for range 10 {
					qzPress(q, "?")
					if !q.help.ShowAll {
						break
					}
					opened = true
				}
				if !opened || q.help.ShowAll {
					t.Errorf("%dx%d: ? opened the help %v, and left it open %v", size[0], size[1], opened, q.help.ShowAll)
				}
				if q.phase() != phase {
					t.Errorf("the help key left the question asked: phase %d, want %d", q.phase(), phase)
				}
			})
		}
	}
}

// A full help left open on a question closes when the quiz asks
// something else: it spoke of the question's keys and would hide what
// is asked. ? then opens the prompt's own help.
func TestAPromptClosesTheHelpLeftOpen(t *testing.T) {
	tests := map[string]struct {
		exam bool
		keys func(q *Screen) []string // from the question with its help open
		asks string
	}{
		"hand in": {true, func(*Screen) []string { return []string{"S"} }, "Hand in your answers?"},
		"leave": {false, func(q *Screen) []string {
			return append(append([]string{"?"}, rightKeys(q.item())...), "?", "esc")
		}, "Leave the quiz?"},
		"list": {true, func(*Screen) []string { return []string{"l"} }, "Questions"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: tc.exam, Writer: study.NewWriter(testStore(t))}, "venue", "sullivan", "timeline")
			qzPress(q, "?")
			if !q.help.ShowAll {
				t.Fatal("? did not open the help on the question")
			}
			qzPress(q, tc.keys(q)...)
			v := qzView(q)
			if !strings.Contains(v, tc.asks) || q.help.ShowAll || strings.Contains(v, "close help") || !strings.Contains(v, "? more keys") {
				t.Fatalf("the help stays open over %q:\n%s", tc.asks, v)
			}
			qzPress(q, "?")
			if v := qzView(q); !q.help.ShowAll || !strings.Contains(v, "close help") {
				t.Errorf("? does not open the help of %q:\n%s", tc.asks, v)
			}
			qzPress(q, "?")
			if v := qzView(q); q.help.ShowAll || !strings.Contains(v, "? more keys") {
				t.Errorf("? does not close the help of %q:\n%s", tc.asks, v)
			}
		})
	}
}
