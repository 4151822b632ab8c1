package class

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"brief/quiz/class"
	"brief/ui/common"
	"brief/ui/internal/uitest"
)

// fixture is a class of six students, one of whom handed in practice
// only, on a four-question exam whose last question nobody got right.
func fixture() *class.Report {
	pack := class.Pack{ID: "floods", Title: "Floods in Colombo", Version: "1.0.0", ContentHash: "sha256:0123456789",
		Assignment: &class.Assignment{Mode: class.ModeExam, Attempts: 2, Due: "2026-12-14"}}
	var hs []*class.HandIn
	scores := map[string][]float64{
		"Ana Perera": {1, 0, 1, 0}, "Ben Silva": {1, 1, 0, 0}, "Chamari Fernando": {1, 1, 1, 0},
		"Dev Kumar": {1, 0, 1, 0}, "Eli Dias": {0, 0, 1, 0},
	}
	for name, points := range scores {
		hs = append(hs, &class.HandIn{Student: name, Pack: pack, Attempts: []class.Attempt{attempt(class.ModeExam, points)}})
	}
	hs = append(hs, &class.HandIn{Student: "Fay Nizam", Pack: pack, Attempts: []class.Attempt{attempt(class.ModePractice, []float64{1, 1, 1, 1})}})
	return class.Build(hs)
}

func attempt(mode string, points []float64) class.Attempt {
	start := time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)
	end := start.Add(6 * time.Minute)
	a := class.Attempt{ID: 1, Article: "floods", Mode: mode, Started: start, Finished: &end, Assigned: mode == class.ModeExam}
	for i, p := range points {
		given := map[bool]string{true: "Colombo", false: fmt.Sprintf("Kandy %d", i%2)}[p == 1]
		a.Answers = append(a.Answers, class.Answer{Question: fmt.Sprintf("q%d", i+1), Type: "choice", Level: "recall",
			Section: []string{"Rain", "Relief"}[i%2], Given: given, Points: p, Max: 1, Seconds: float64(20 + 10*i)})
	}
	return a
}

func TestMain(m *testing.M) {
	time.Local = time.UTC // attempts are shown in local time; the goldens are in UTC
	m.Run()
}

// screen builds the class screen at a size and presses keys on it.
func screen(t *testing.T, width, height int, keys ...string) *Screen {
	t.Helper()
	s := New(fixture(), Prompts{{"floods", "q4"}: "Which city flooded first?"}, common.DefaultStyles(true))
	s.Update(tea.WindowSizeMsg{Width: width, Height: height})
	for _, k := range keys {
		s.Update(uitest.KeyPress(k))
	}
	return s
}

// namedTB gives a golden file a name of its own: testdata/<name>.golden.
type namedTB struct {
	testing.TB
	name string
}

func (n namedTB) Name() string { return n.name }

// What a teacher sees: the gradebook, the questions sorted hardest first,
// one question opened with its answers as bars, and one student opened,
// at 80x24 and 40x12.
func TestClassScreenGolden(t *testing.T) {
	tests := map[string]struct {
		width, height int
		keys          []string
	}{
		"gradebook_80x24":         {80, 24, nil},
		"gradebook_40x12":         {40, 12, nil},
		"questions_hardest_80x24": {80, 24, []string{"tab", "s"}},
		"question_open_80x24":     {80, 24, []string{"tab", "s", "enter"}},
		"question_open_40x12":     {40, 12, []string{"tab", "s", "enter"}},
		"student_open_80x24":      {80, 24, []string{"enter"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			view := screen(t, tc.width, tc.height, tc.keys...).View()
			uitest.Fits(t, ansi.Strip(view), tc.width, tc.height)
			golden.RequireEqual(namedTB{t, name}, ansi.Strip(view))
		})
	}
}

// Sorting by "missing and late first" puts the student who handed in
// practice only at the top; esc closes an opened question, and the
// table is where it was.
func TestClassScreenSortsAndGoesBack(t *testing.T) {
	s := screen(t, 80, 24, "s", "s", "s")
	view := ansi.Strip(s.View())
	if !strings.Contains(view, "by missing and late first") || !strings.Contains(strings.Split(view, "\n")[3], "Fay Nizam") {
		t.Errorf("sorted by status, Fay (missing) should be first:\n%s", view)
	}
	s = screen(t, 80, 24, "tab", "s", "enter")
	if v := ansi.Strip(s.View()); !strings.Contains(v, "Which city flooded first?") || !strings.Contains(v, "Answers given") {
		t.Fatalf("the hardest question is not open:\n%s", v)
	}
	s.Update(uitest.KeyPress("esc"))
	if v := ansi.Strip(s.View()); !strings.Contains(v, "by hardest first") || strings.Contains(v, "Answers given") {
		t.Errorf("esc should go back to the questions:\n%s", v)
	}
}

// In the ASCII style (NO_COLOR, --style ascii) the screen draws with ASCII
// only, what the report joins with a middle dot included.
func TestClassScreenInASCII(t *testing.T) {
	for _, keys := range [][]string{nil, {"tab", "tab"}, {"enter"}, {"tab", "enter"}} {
		s := New(fixture(), nil, common.PlainStyles())
		s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		for _, k := range keys {
			s.Update(uitest.KeyPress(k))
		}
		for _, r := range ansi.Strip(s.View()) {
			if r > 127 {
				t.Errorf("after %q the screen draws %q:\n%s", keys, r, ansi.Strip(s.View()))
				break
			}
		}
	}
}

// Without the pack, an opened question says how to see its text rather
// than leave the teacher guessing why there is none.
func TestQuestionWithoutThePackSaysHowToSeeIt(t *testing.T) {
	its := fixture().Packs[0].Items
	with := strings.Join(questionLines(&its[0], "Which city flooded first?", common.DefaultStyles(true), 80), "\n")
	without := strings.Join(questionLines(&its[0], "", common.DefaultStyles(true), 80), "\n")
	if !strings.Contains(ansi.Strip(without), "--pack PACK") || strings.Contains(ansi.Strip(with), "--pack") {
		t.Errorf("with the pack:\n%s\nwithout it:\n%s", with, without)
	}
}
