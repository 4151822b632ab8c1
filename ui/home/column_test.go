package home

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// On a wide terminal home draws in the same centred column as the quiz,
// not across the whole width: at 200 columns its text starts and ends
// within the middle common.MaxScreenWidth columns.
func TestHomeIsCentredOnAWideTerminal(t *testing.T) {
	h := homeWithNote(t, "best 88% · 11 due", 200, 60)
	h.Update(StudentMsg{Name: "Ana Perera"})
	margin := (200 - common.MaxScreenWidth) / 2
	for i, line := range strings.Split(ansi.Strip(h.View()), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		first := len(line) - len(strings.TrimLeft(line, " "))
		if first < margin || ansi.StringWidth(strings.TrimRight(line, " ")) > margin+common.MaxScreenWidth {
			t.Errorf("line %d runs outside the centred column [%d, %d): %q", i, margin, margin+common.MaxScreenWidth, line)
		}
	}
	// Up to the column's width, home is as it was: no margin at 80.
	h = homeWithNote(t, "", 80, 24)
	if v := ansi.Strip(h.View()); !strings.HasPrefix(v, " brief") {
		t.Errorf("at 80 columns home has a margin:\n%s", v)
	}
}
