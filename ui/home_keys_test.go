package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
	"brief/ui/home"
	"brief/ui/stats"
)

// From the home screen, z starts the selected article's quiz and s opens
// the stats.
func TestHomeKeysStartQuizAndOpenStats(t *testing.T) {
	m := newRoot(t, defaultPack(t), true)
	d := drive(t, m, 80, 24)
	h, ok := m.top().screen.(*home.Screen)
	if !ok {
		t.Fatalf("first screen is %T, want home", m.top().screen)
	}
	_, cmd := h.Update(keyPress("z"))
	if cmd == nil {
		t.Fatal("z on home did nothing")
	}
	if msg, ok := cmd().(common.StartQuizMsg); !ok || msg.Article.ID != "russia-dprk-summit-2023" {
		t.Errorf("z on home sent %#v, want StartQuizMsg for the selected article", msg)
	}
	d.send(keyPress("s"))
	if _, ok := m.top().screen.(*stats.Screen); !ok {
		t.Fatalf("after s the top screen is %T, want the stats screen", m.top().screen)
	}
	// With no store the stats screen says so rather than showing zeros.
	if v := d.view(); !strings.Contains(strings.ToLower(v), "not") {
		t.Errorf("stats without a store should explain itself:\n%s", v)
	}
	d.send(keyPress("esc"))
	if _, ok := m.top().screen.(*home.Screen); !ok {
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

// An article without questions shows "no quiz": the footer does not offer
// z on it, and z there says why no quiz starts instead of doing nothing.
func TestHomeQuizKeyOnAnArticleWithoutQuestions(t *testing.T) {
	packs := twoPacks(t)
	packs[1].Articles[1].Questions = nil // "Second article", the last row
	tests := map[string]struct {
		keys       []string
		wantOffer  bool
		wantQuiz   bool
		wantNotice bool
	}{
		"with questions":    {nil, true, true, false},
		"without questions": {[]string{"G"}, false, false, true},
		"back to questions": {[]string{"G", "k"}, true, true, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := New(Config{Packs: packs, Style: "notty"})
			if err != nil {
				t.Fatal(err)
			}
			d := drive(t, m, 100, 40)
			d.send(keyPresses(tc.keys...)...)
			if got := strings.Contains(ansi.Strip(d.view()), "z quiz"); got != tc.wantOffer {
				t.Errorf("footer offers z quiz: %v, want %v:\n%s", got, tc.wantOffer, ansi.Strip(d.view()))
			}
			h := m.top().screen.(*home.Screen)
			_, cmd := h.Update(keyPress("z"))
			_, started := func() (tea.Msg, bool) {
				if cmd == nil {
					return nil, false
				}
				msg, ok := cmd().(common.StartQuizMsg)
				return msg, ok
			}()
			if started != tc.wantQuiz {
				t.Errorf("z started a quiz: %v, want %v", started, tc.wantQuiz)
			}
			if got := strings.Contains(ansi.Strip(h.View()), "This article has no quiz"); got != tc.wantNotice {
				t.Errorf("z says there is no quiz: %v, want %v:\n%s", got, tc.wantNotice, ansi.Strip(h.View()))
			}
		})
	}
}
