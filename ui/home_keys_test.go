package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// From the home screen, z starts the selected article's quiz and s opens
// the stats.
func TestHomeKeysStartQuizAndOpenStats(t *testing.T) {
	m := newRoot(t, defaultPack(t), true)
	d := drive(t, m, 80, 24)
	h, ok := m.top().screen.(*home)
	if !ok {
		t.Fatalf("first screen is %T, want home", m.top().screen)
	}
	_, cmd := h.Update(keyPress("z"))
	if cmd == nil {
		t.Fatal("z on home did nothing")
	}
	if msg, ok := cmd().(StartQuizMsg); !ok || msg.Article.ID != "russia-dprk-summit-2023" {
		t.Errorf("z on home sent %#v, want StartQuizMsg for the selected article", msg)
	}
	d.send(keyPress("s"))
	if _, ok := m.top().screen.(*StatsScreen); !ok {
		t.Fatalf("after s the top screen is %T, want the stats screen", m.top().screen)
	}
	// With no store the stats screen says so rather than showing zeros.
	if v := d.view(); !strings.Contains(strings.ToLower(v), "not") {
		t.Errorf("stats without a store should explain itself:\n%s", v)
	}
	d.send(keyPress("esc"))
	if _, ok := m.top().screen.(*home); !ok {
		t.Errorf("esc from stats should return home, top is %T", m.top().screen)
	}
}

// The full help's ? entry says what ? does next: closes the help when it
// all fits, turns the page when it does not.
func TestHomeHelpKeyLabel(t *testing.T) {
	tests := map[string]struct {
		width, height int
		want, unwant  string
	}{
		"fits":  {80, 24, "? close help", "more keys"},
		"pages": {30, 8, "more keys (1/", "close help"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := drive(t, newRoot(t, defaultPack(t), true), tc.width, tc.height)
			d.send(keyPress("?"))
			v := ansi.Strip(d.view())
			if !strings.Contains(v, tc.want) || strings.Contains(v, tc.unwant) {
				t.Errorf("full help wants %q, not %q:\n%s", tc.want, tc.unwant, v)
			}
		})
	}
}
