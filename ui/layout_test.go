package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/ui/common"
)

// checkFits fails the test if a view is wider or taller than the screen.
func checkFits(t *testing.T, view string, width, height int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > height {
		t.Fatalf("%dx%d: view has %d lines", width, height, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("%dx%d: line %d is %d wide: %q", width, height, i, w, ansi.Strip(l))
		}
	}
}

func TestEverySizeFits(t *testing.T) {
	pack := defaultPack(t)
	states := map[string]struct {
		home bool
		keys []string
	}{
		"reader":            {false, nil},
		"reader, full help": {false, []string{"?"}},
		"reader, help p. 2": {false, []string{"?", "?"}},
		"reader, contents":  {false, []string{"t"}},
		"reader, searching": {false, []string{"/", "k", "o"}},
		"reader, match":     {false, []string{"/", "k", "o", "enter", "G"}},
		"home":              {true, nil},
		"home, full help":   {true, []string{"?"}},
		"reader, from home": {true, []string{"enter"}},
	}
	for name, st := range states {
		t.Run(name, func(t *testing.T) {
			t.Parallel() // 32,400 frames in all: the states are independent
			for w := 1; w <= 120; w++ {
				d := drive(t, newRoot(t, pack, st.home), w, 1)
				d.send(keyPresses(st.keys...)...)
				for h := 1; h <= 30; h++ {
					d.send(tea.WindowSizeMsg{Width: w, Height: h})
					checkFits(t, d.view(), w, h)
					// The screen's own view must fit too, the root's cut
					// being only a safety net, and must not panic at sizes
					// the root covers with the too-small note.
					if v := d.m.top().screen.View(); !common.TooSmall(w, h) {
						checkFits(t, v, w, h)
					}
				}
			}
		})
	}
}

// Resizing back and forth, at the end of the text and with help open,
// never leaves a screen drawing past the terminal's edge.
func TestResizesFit(t *testing.T) {
	sizes := [][2]int{{80, 24}, {200, 60}, {40, 12}, {200, 60}, {30, 8}, {120, 40}, {80, 24}}
	tests := map[string]struct {
		home bool
		keys []string
	}{
		"reader at the end":       {false, []string{"G"}},
		"reader with full help":   {false, []string{"G", "?"}},
		"reader with contents":    {false, []string{"t"}},
		"home with full help":     {true, []string{"G", "?"}},
		"reader opened from home": {true, []string{"enter", "G"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := drive(t, newRoot(t, defaultPack(t), tc.home), 80, 24)
			for _, s := range sizes {
				d.send(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
				d.send(keyPresses(tc.keys...)...)
				checkFits(t, d.m.top().screen.View(), s[0], s[1])
				checkFits(t, d.view(), s[0], s[1])
			}
		})
	}
}

func TestTooSmallNote(t *testing.T) {
	tests := map[string]struct {
		width, height int
		wantNote      bool
	}{
		"narrow":          {29, 24, true},
		"short":           {80, 7, true},
		"tiny":            {5, 2, true},
		"just big enough": {common.MinWidth, common.MinHeight, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := drive(t, newRoot(t, defaultPack(t), false), tc.width, tc.height)
			v := ansi.Strip(d.view())
			flat := strings.Join(strings.Fields(v), " ")
			hasNote := strings.Contains(flat, "too") || strings.Contains(flat, "small")
			if hasNote != tc.wantNote {
				t.Errorf("too-small note shown = %v, want %v:\n%s", hasNote, tc.wantNote, v)
			}
			// notty draws in ASCII: 30x8.
			if tc.wantNote && tc.width >= 20 && !strings.Contains(flat, fmt.Sprintf("%dx%d", common.MinWidth, common.MinHeight)) {
				t.Errorf("note does not say the size needed:\n%s", v)
			}
		})
	}
}

func TestOverlayKeepsWidths(t *testing.T) {
	bg := []string{"\x1b[31m0123456789\x1b[m", "abcdefghij", "short"}
	out := common.Overlay(bg, "XX\nYY\nZZ", 3, 0)
	want := []string{"012XX56789", "abcYYfghij", "shoZZ"}
	for i, l := range out {
		if got := ansi.Strip(l); got != want[i] {
			t.Errorf("line %d = %q, want %q", i, got, want[i])
		}
	}
	if !strings.HasPrefix(out[0], "\x1b[31m012") || !strings.Contains(out[0][len("\x1b[31m012"):], "\x1b[31m") {
		t.Errorf("background style not kept on both sides of the box: %q", out[0])
	}
}

func TestTextWidth(t *testing.T) {
	tests := map[string]struct {
		configured, terminal, want int
	}{
		"default is comfortable":        {0, 120, common.ComfortableWidth},
		"narrow terminal wins":          {0, 50, 50},
		"configured narrower":           {60, 120, 60},
		"configured wider than default": {95, 120, 95},
		"capped at the maximum":         {200, 200, content.MaxTextWidth},
		"configured, narrow terminal":   {90, 40, 40},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := defaultPack(t)
			m, err := New(Config{Packs: []*content.Pack{p}, Article: p.Articles[0].ID, Style: "notty", Width: tc.configured})
			if err != nil {
				t.Fatal(err)
			}
			d := drive(t, m, tc.terminal, 30)
			if got := d.reader().State().TextWidth; got != tc.want {
				t.Errorf("text rendered at %d columns, want %d", got, tc.want)
			}
		})
	}
}

func TestEmptyArticleDoesNotPanic(t *testing.T) {
	p := defaultPack(t)
	a := *p.Articles[0]
	a.Sections, a.Questions = nil, nil
	empty := &content.Pack{Manifest: p.Manifest, Articles: []*content.Article{&a}}
	d := drive(t, newRoot(t, empty, false), 80, 24)
	d.send(keyPresses("j", "G", "]", "[", "t", "j", "enter", "t", "esc", "/", "x", "enter", "n", "N", "esc", "?")...)
	checkFits(t, d.view(), 80, 24)
	if !strings.Contains(ansi.Strip(d.view()), a.Title) {
		t.Errorf("the title is not shown:\n%s", ansi.Strip(d.view()))
	}
}
