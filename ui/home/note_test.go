package home

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"brief/content"
	"brief/ui/common"
)

// namedTB gives a golden file a name of its own: testdata/<name>.golden.
type namedTB struct {
	testing.TB
	name string
}

func (n namedTB) Name() string { return n.name }

// progressNote is the note of an article half read with a quiz under way.
const progressNote = "67% read · quiz in progress 25/37 · best 88% · 11 due"

// homeWithNote is the home screen of the embedded pack at width × height,
// each article noted with note.
func homeWithNote(t *testing.T, note string, width, height int) *Screen {
	t.Helper()
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	h := New(common.Theme{Styles: common.PlainStyles()}, []*content.Pack{p}, p,
		func(*content.Pack, *content.Article) string { return note })
	h.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return h
}

// The note with the student's progress is on screen whole at every width:
// beside the title when both fit, else on lines of its own under the
// facts, never cutting the title to a few letters.
func TestHomeShowsProgressWholeAtEveryWidth(t *testing.T) {
	for _, size := range []struct {
		name          string
		width, height int
	}{{"home_progress_40x12", 40, 12}, {"home_progress_80x24", 80, 24}, {"home_progress_200x60", 200, 60}} {
		t.Run(size.name, func(t *testing.T) {
			view := ansi.Strip(homeWithNote(t, progressNote, size.width, size.height).View())
			for _, part := range strings.Split(progressNote, " · ") {
				if !strings.Contains(view, part) {
					t.Errorf("%q of the note is not on screen:\n%s", part, view)
				}
			}
			if !strings.Contains(view, "Russia, North Korea") {
				t.Errorf("the title lost its first words to the note:\n%s", view)
			}
			golden.RequireEqual(namedTB{t, size.name}, view)
		})
	}
}

// The article's title is never cut to make room for the note: a note
// that does not fit beside the whole title goes under the facts, and a
// title wider than the screen wraps, at every size a student may have.
func TestHomeNeverCutsTheTitleForTheNote(t *testing.T) {
	const title = "Russia, North Korea leaders’ meeting under global spotlight"
	for _, note := range []string{"quiz in progress 1/28 · best 29% (practice)", progressNote, ""} {
		for _, size := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
			view := ansi.Strip(homeWithNote(t, note, size[0], size[1]).View())
			if words := strings.Join(strings.Fields(view), " "); !strings.Contains(words, title) {
				t.Errorf("at %dx%d with the note %q the title is not whole:\n%s", size[0], size[1], note, view)
			}
			for _, part := range strings.Split(note, " · ") {
				if !strings.Contains(view, part) {
					t.Errorf("at %dx%d %q of the note is not on screen:\n%s", size[0], size[1], part, view)
				}
			}
		}
	}
}
