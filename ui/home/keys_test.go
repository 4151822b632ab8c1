package home

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// esc closes the full help, as on every other screen, and does nothing
// else: the cursor stays, nothing opens.
func TestHomeEscClosesTheHelp(t *testing.T) {
	h := homeWithNote(t, "", 80, 24)
	h.Update(tea.KeyPressMsg{Code: '?', Text: "?"})
	if v := ansi.Strip(h.View()); !strings.Contains(v, "close help") {
		t.Fatalf("? did not open the full help:\n%s", v)
	}
	_, cmd := h.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if cmd != nil {
		t.Errorf("esc on the help sent a command (%T), want it only to close the help", cmd())
	}
	v := ansi.Strip(h.View())
	if strings.Contains(v, "close help") || !strings.Contains(v, "enter read") {
		t.Errorf("after esc the full help is still open:\n%s", v)
	}
	if h.cursor != 0 {
		t.Errorf("esc moved the cursor to %d", h.cursor)
	}
}

// Enter pressed before the terminal was in raw mode (a student quick off
// the mark) arrives as ctrl+j, and opens the article as Enter does.
func TestHomeEnterTypedAheadOpensTheArticle(t *testing.T) {
	for _, k := range []tea.KeyPressMsg{{Code: tea.KeyEnter}, {Code: 'j', Mod: tea.ModCtrl}} {
		h := homeWithNote(t, "", 80, 24)
		_, cmd := h.Update(k)
		if cmd == nil {
			t.Fatalf("%s opened nothing", k)
		}
		if _, ok := cmd().(common.OpenArticleMsg); !ok {
			t.Errorf("%s did not open the article", k)
		}
	}
}
