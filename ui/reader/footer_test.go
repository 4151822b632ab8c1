package reader

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// lastLine is the last line of the view, without styling.
func lastLine(d *driver) string {
	lines := strings.Split(ansi.Strip(d.view()), "\n")
	return lines[len(lines)-1]
}

// The footer always offers help and quit, and on a wide terminal shows
// every hint rather than cutting them at the text's width.
func TestReaderFooterHints(t *testing.T) {
	all := []string{"]/n next section", "t contents", "/ search", "z quiz", "esc back", "? help", "q quit"}
	tests := map[string]struct {
		width int
		want  []string
	}{
		// The hints are 78 columns, wider than the text's 76.
		"80 columns":  {80, all},
		"60 columns":  {60, []string{"]/n next section", "esc back", "? help", "q quit"}},
		"40 columns":  {40, []string{"esc back", "? help", "q quit"}},
		"200 columns": {200, all},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := drive(t, newRoot(t, defaultPack(t), true), tc.width, 24)
			d.send(keyPress("enter")) // from home, so esc goes back
			hints := lastLine(d)
			for _, w := range tc.want {
				if !strings.Contains(hints, w) {
					t.Errorf("footer %q lacks %q", hints, w)
				}
			}
		})
	}
}

// Opened from the quiz (e), the reader keeps the way back in its footer
// at every width, before its own keys: at 40 columns a student who does
// not see it presses q, which asks to quit brief.
func TestReaderFooterKeepsTheWayBackToTheQuiz(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
		d := drive(t, newHost(t, defaultPack(t), nil), size[0], size[1])
		p := defaultPack(t)
		d.run(d.m.open(common.OpenArticleMsg{Pack: p, Article: p.Articles[0], Section: 1, BackTo: "quiz"}))
		d.settle()
		if hints := lastLine(d); !strings.Contains(hints, "esc back to quiz") {
			t.Errorf("at %dx%d the footer %q does not say esc goes back to the quiz", size[0], size[1], hints)
		}
	}
}

// A section's number in the contents goes straight to it.
func TestContentsNumberKeys(t *testing.T) {
	tests := map[string]struct {
		key         string
		wantSection int
		wantOpen    bool
	}{
		"1 is the first section":       {"1", 0, false},
		"3 is the third":               {"3", 2, false},
		"4 is the last":                {"4", 3, false},
		"a number past the last stays": {"9", 0, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := drive(t, newRoot(t, defaultPack(t), false), 80, 24)
			d.send(keyPress("t"))
			if hints := lastLine(d); !strings.Contains(hints, "1-4 jump") {
				t.Errorf("the contents' help %q does not offer 1-4", hints)
			}
			d.send(keyPress(tc.key))
			r := d.reader()
			if open := r.toc != nil; open != tc.wantOpen {
				t.Errorf("contents open = %v, want %v", open, tc.wantOpen)
			}
			if got := r.currentSection(); got != tc.wantSection {
				t.Errorf("at section %d, want %d", got, tc.wantSection)
			}
		})
	}
}
