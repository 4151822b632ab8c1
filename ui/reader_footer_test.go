package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
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
		"60 columns":  {60, []string{"]/n next section", "? help", "q quit"}},
		"40 columns":  {40, []string{"? help", "q quit"}},
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

// The reader opened from the quiz to show a question's evidence offers
// the way back, and no match keys until the student searches.
func TestEvidenceReaderFooter(t *testing.T) {
	tests := map[string]struct {
		keys   []string
		want   []string
		unwant []string
	}{
		"opened on the evidence": {
			want:   []string{"esc back to quiz", "]/n next section", "? help", "q quit"},
			unwant: []string{"next/prev match", "clear search"},
		},
		"after a search of one's own": {
			keys:   append(append([]string{"/"}, strings.Split("korea", "")...), "enter"),
			want:   []string{"n/N next/prev match", "esc clear search"},
			unwant: []string{"esc back"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p, a := defaultArticle(t)
			prog, err := newQuizProgram(Config{Style: "notty"}, QuizConfig{Pack: p, Article: a, Session: sessionOf(t, a, "venue")})
			if err != nil {
				t.Fatal(err)
			}
			prog.Model.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			prog.Model.Update(qzKey("s"))
			_, cmd := prog.Model.Update(qzKey("e"))
			open, ok := cmd().(common.OpenArticleMsg)
			if !ok {
				t.Fatal("e on the quiz does not open the article")
			}
			d := drive(t, newRoot(t, p, true), 80, 24)
			d.send(open)
			d.send(keyPresses(tc.keys...)...)
			hints := lastLine(d)
			for _, w := range tc.want {
				if !strings.Contains(hints, w) {
					t.Errorf("footer %q lacks %q", hints, w)
				}
			}
			for _, w := range tc.unwant {
				if strings.Contains(hints, w) {
					t.Errorf("footer %q offers %q", hints, w)
				}
			}
		})
	}
}
