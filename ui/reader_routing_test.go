package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

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
			prog, err := New(Config{Style: "notty", Start: StartQuiz, Quiz: &QuizConfig{Pack: p, Article: a, Session: sessionOf(t, a, "venue")}})
			if err != nil {
				t.Fatal(err)
			}
			prog.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			prog.Update(qzKey("s"))
			_, cmd := prog.Update(qzKey("e"))
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

func TestEscAndQuit(t *testing.T) {
	tests := map[string]struct {
		home      bool
		keys      []string
		wantQuit  bool
		wantState state
	}{
		"enter on home opens the reader":    {true, []string{"enter"}, false, stateReader},
		"esc returns home":                  {true, []string{"enter", "esc"}, false, stateHome},
		"esc on the first screen stays":     {false, []string{"esc"}, false, stateReader},
		"q quits the reader":                {false, []string{"q"}, true, stateReader},
		"q quits home":                      {true, []string{"q"}, true, stateHome},
		"ctrl+c quits":                      {true, []string{"enter", "ctrl+c"}, true, stateReader},
		"q in the search prompt types":      {false, []string{"/", "q"}, false, stateReader},
		"ctrl+c in the search prompt quits": {false, []string{"/", "ctrl+c"}, true, stateReader},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := drive(t, newRoot(t, defaultPack(t), tc.home), 80, 24)
			d.send(keyPresses(tc.keys...)...)
			if d.Quit != tc.wantQuit {
				t.Errorf("quit = %v, want %v", d.Quit, tc.wantQuit)
			}
			if got := d.m.top().state; got != tc.wantState {
				t.Errorf("screen = %v, want %v", got, tc.wantState)
			}
		})
	}
}

// lastLine is the last line of the view, without styling.
func lastLine(d *driver) string {
	lines := strings.Split(ansi.Strip(d.view()), "\n")
	return lines[len(lines)-1]
}
