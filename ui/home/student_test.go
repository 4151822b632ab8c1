package home

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"brief/content"
)

// The student's name is in the header and the assignment under the
// article, whole at every width: at 40 columns it breaks between its
// parts, so the due day and the attempts left stay on screen.
func TestHomeShowsTheStudentAndTheAssignment(t *testing.T) {
	const line = "exam · 12 questions · 15:00 · due Monday · 1 of 2 attempts left"
	for _, size := range []struct{ w, h int }{{80, 24}, {40, 12}, {200, 60}} {
		h := homeWithNote(t, "", size.w, size.h)
		h.Update(StudentMsg{Name: "Ana Perera", Assignment: func(*content.Pack, *content.Article) string { return line }})
		view := ansi.Strip(h.View())
		lines := strings.Split(view, "\n")
		if !strings.HasSuffix(strings.TrimRight(lines[0], " "), "Ana Perera") {
			t.Errorf("%dx%d: the header does not end with the name: %q", size.w, size.h, lines[0])
		}
		joined := strings.Join(strings.Fields(view), " ")
		for _, part := range strings.Split("Assignment: "+line, " · ") {
			if !strings.Contains(joined, part) {
				t.Errorf("%dx%d: the assignment lacks %q:\n%s", size.w, size.h, part, view)
			}
		}
		if size.w == 40 {
			golden.RequireEqual(namedTB{t, "student_40x12"}, view)
		}
	}
}

// A pack's description is shown from its first line or not at all: when
// the list scrolls the pack's title to the top (pinned over the list),
// the window does not start in the middle of the description (at 40x12
// with the assignment under the article, or with the help open).
func TestHomeNeverShowsHalfADescription(t *testing.T) {
	const line = "exam · 12 questions · 15:00 · due Monday · 1 of 2 attempts left"
	tests := map[string][]string{"assignment": nil, "help open": {"?"}}
	for name, keys := range tests {
		h := homeWithNote(t, "", 40, 12)
		h.Update(StudentMsg{Assignment: func(*content.Pack, *content.Article) string { return line }})
		for _, k := range keys {
			h.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
		}
		view := ansi.Strip(h.View())
		if strings.Contains(view, "2023 summit") && !strings.Contains(view, "A newspaper article") {
			t.Errorf("%s: the description starts at its second line:\n%s", name, view)
		}
	}
}
