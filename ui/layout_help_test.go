package ui

import (
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
	"brief/ui/home"
	"brief/ui/reader"
	"brief/ui/stats"
)

// helpText is every page of a key map's full help at a size, as plain
// text, turning the pages with Toggle as the help key does.
func helpText(t *testing.T, h common.KeyHelp, k help.KeyMap) []string {
	t.Helper()
	var pages []string
	h.ShowAll, h.Page = false, 0
	for h.Toggle(k); h.ShowAll; h.Toggle(k) {
		pages = append(pages, ansi.Strip(h.View(k)))
		if len(pages) > 50 {
			t.Fatal("the help never closes")
		}
	}
	return pages
}

// Every enabled key of each screen's full help can be read at any width
// and height: each page fits, and turning the pages shows them all.
func TestFullHelpShowsEveryKey(t *testing.T) {
	readerKeys := reader.DefaultKeyMap()
	readerKeys.Quiz.SetEnabled(true)
	readerKeys.Back.SetEnabled(true)
	searching := reader.DefaultKeyMap()
	searching.SetSearching(true, true)
	keyMaps := map[string]help.KeyMap{
		"reader":           readerKeys,
		"reader searching": searching,
		"home":             home.DefaultKeyMap(),
		"contents":         reader.DefaultTOCKeyMap(),
		"stats":            stats.DefaultKeyMap(),
	}
	for name, k := range keyMaps {
		t.Run(name, func(t *testing.T) {
			for _, ascii := range []bool{false, true} {
				s := common.DefaultStyles(true)
				if ascii {
					s = common.PlainStyles()
				}
				for _, width := range []int{12, 16, 20, 24, 28, 30, 34, 38, 40, 50, 60, 78, 100, 120} {
					for _, lines := range []int{2, 3, 4, 5, 7, 9, 12} {
						h := common.NewKeyHelp(s)
						h.SetWidth(width)
						h.SetMaxLines(lines)
						pages := helpText(t, h, k)
						all := strings.Join(pages, "\n")
						for _, p := range pages {
							for _, l := range strings.Split(p, "\n") {
								if w := ansi.StringWidth(l); w > width {
									t.Fatalf("%d wide, %d lines: line %q is %d wide", width, lines, l, w)
								}
							}
							if n := common.LineCount(p); n > lines {
								t.Fatalf("%d wide, %d lines: a page has %d lines:\n%s", width, lines, n, p)
							}
						}
						for _, g := range k.FullHelp() {
							for _, b := range g {
								want := b.Help().Desc
								if len(pages) > 1 && slices.Contains(b.Keys(), "?") {
									// Help that takes pages shows its own key in the
									// marker under each page, not in its list.
									want = b.Help().Key + " more keys (1/"
								}
								if b.Enabled() && width >= 24 && !strings.Contains(all, want) {
									t.Fatalf("%d wide, %d lines: %q is on no page:\n%s", width, lines, want, all)
								}
							}
						}
					}
				}
			}
		})
	}
}

// The short help drops hints to fit, but never the last two (help and
// quit), and keeps the order of the rest.
func TestShortHelpKeepsTheLastTwo(t *testing.T) {
	k := reader.DefaultKeyMap()
	k.Quiz.SetEnabled(true)
	k.Back.SetEnabled(true)
	tests := map[string]struct {
		width int
		want  string
	}{
		"wide":   {200, "]/n next section • esc back • t contents • / search • z quiz • ? help • q quit"},
		"80":     {78, "]/n next section • esc back • t contents • / search • z quiz • ? help • q quit"},
		"60":     {60, "]/n next section • esc back • t contents • ? help • q quit"},
		"narrow": {38, "]/n next section • ? help • q quit"},
		"tiny":   {16, "? help • q quit"},
		"cut":    {10, "? help • …"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			h := common.NewKeyHelp(common.DefaultStyles(true))
			h.SetWidth(tc.width)
			if got := ansi.Strip(h.View(k)); got != tc.want {
				t.Errorf("short help = %q, want %q", got, tc.want)
			}
		})
	}
}
