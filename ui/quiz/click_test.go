package quiz

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// With the mouse on (--mouse), a click on an option picks it, as its
// letter would, and enter then answers with it; a click elsewhere picks
// nothing.
func TestClickPicksAnOption(t *testing.T) {
	q := newTestQuiz(t, Config{}, "venue")
	it := q.item()
	opt := it.Q.Options[it.View.OptionOrder[2]] // the third option shown
	row := -1
	for i, line := range strings.Split(qzView(q), "\n") {
		if strings.Contains(line, "C) ") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("no option C on screen:\n%s", qzView(q))
	}
	q.Update(tea.MouseClickMsg{X: 10, Y: 0, Button: tea.MouseLeft}) // the title: nothing
	if q.Attempt().Answered() != 0 || strings.Contains(qzView(q), "● ") {
		t.Fatalf("a click on the title picked something:\n%s", qzView(q))
	}
	q.Update(tea.MouseClickMsg{X: 10, Y: row, Button: tea.MouseLeft})
	if q.Attempt().Answered() != 0 {
		t.Fatal("a click answered; only enter should")
	}
	qzPress(q, "enter")
	if got := q.item().Response; q.Attempt().Answered() != 1 || len(got.Choices) != 1 || it.Q.Options[got.Choices[0]] != opt {
		t.Errorf("after a click on C and enter the answer is %+v, want %q", got, opt)
	}
}
