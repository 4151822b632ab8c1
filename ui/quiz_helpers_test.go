package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/quiz"
	"brief/ui/common"
)

// testSeed fixes every test session's draw and shuffle.
const testSeed = 7

// defaultArticle is the embedded pack and its article.
func defaultArticle(t testing.TB) (*content.Pack, *content.Article) {
	t.Helper()
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Articles) == 0 {
		t.Fatal("the default pack has no article")
	}
	return p, p.Articles[0]
}

// sessionOf draws a session of the default article's questions with the
// given ids (all of them when none are given), in the file's order.
func sessionOf(t testing.TB, a *content.Article, ids ...string) *quiz.Session {
	t.Helper()
	opts := quiz.SessionOptions{Seed: testSeed}
	if len(ids) > 0 {
		opts.Filter = func(q *quiz.Question) bool { return slices.Contains(ids, q.ID) }
	}
	s, err := quiz.NewSession(a.Questions, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) > 0 && len(s.Items) != len(ids) {
		t.Fatalf("session has %d questions, want %d (%v)", len(s.Items), len(ids), ids)
	}
	return s
}

// testTheme is the dark theme without a Markdown renderer, which the quiz
// screens do not use.
func testTheme() common.Theme { return common.Theme{Styles: common.DefaultStyles(true), IsDark: true} }

// newTestQuiz opens a quiz on the given questions at 80x24.
func newTestQuiz(t testing.TB, cfg QuizConfig, ids ...string) *QuizScreen {
	t.Helper()
	p, a := defaultArticle(t)
	cfg.Pack, cfg.Article = p, a
	if cfg.Session == nil {
		cfg.Session = sessionOf(t, a, ids...)
	}
	q := NewQuizScreen(cfg, testTheme())
	q.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return q
}

// qzKey makes the key press a key name stands for, in the names
// tea.KeyPressMsg.String gives.
func qzKey(name string) tea.KeyPressMsg {
	special := map[string]tea.KeyPressMsg{
		"enter":      {Code: tea.KeyEnter},
		"space":      {Code: tea.KeySpace, Text: " "},
		"tab":        {Code: tea.KeyTab},
		"shift+tab":  {Code: tea.KeyTab, Mod: tea.ModShift},
		"up":         {Code: tea.KeyUp},
		"down":       {Code: tea.KeyDown},
		"left":       {Code: tea.KeyLeft},
		"right":      {Code: tea.KeyRight},
		"shift+up":   {Code: tea.KeyUp, Mod: tea.ModShift},
		"shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
		"backspace":  {Code: tea.KeyBackspace},
		"esc":        {Code: tea.KeyEscape},
		"pgup":       {Code: tea.KeyPgUp},
		"pgdown":     {Code: tea.KeyPgDown},
		"ctrl+s":     {Code: 's', Mod: tea.ModCtrl},
		"ctrl+f":     {Code: 'f', Mod: tea.ModCtrl},
		"ctrl+l":     {Code: 'l', Mod: tea.ModCtrl},
		"f1":         {Code: tea.KeyF1},
	}
	if k, ok := special[name]; ok {
		return k
	}
	r := []rune(name)
	if len(r) != 1 {
		panic("unknown key " + name)
	}
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// qzType is the key presses that type a text.
func qzType(text string) []string {
	var out []string
	for _, r := range text {
		if r == ' ' {
			out = append(out, "space")
		} else {
			out = append(out, string(r))
		}
	}
	return out
}

// qzPress sends keys to a screen, following it when it gives way to
// another, and returns the screen on top and the last command.
func qzPress(s common.Screen, keys ...string) (common.Screen, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		s, cmd = s.Update(qzKey(k))
	}
	return s, cmd
}

// qzLetter is the key of a displayed position: a, b, ...
func qzLetter(i int) string { return string(rune('a' + i)) }

// shownAt is where file index orig is shown in a view's order.
func shownAt(order []int, n, orig int) int {
	return slices.Index(displayOrder(order, n), orig)
}

// rightKeys are the keys that answer an item right, worked out from the
// question and how it is shown.
func rightKeys(it *quiz.SessionItem) []string {
	q := it.Q
	switch q.Type {
	case quiz.Choice:
		return []string{qzLetter(shownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, q.Answers[0])))}
	case quiz.TrueFalse:
		if q.Truth {
			return []string{"a"}
		}
		return []string{"b"}
	case quiz.Multi:
		var keys []string
		for _, a := range q.Answers {
			keys = append(keys, qzLetter(shownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, a))))
		}
		return append(keys, "enter")
	case quiz.Short:
		return append(qzType(q.Answers[0]), "enter")
	case quiz.Numeric:
		n := q.Number
		if q.Range != nil {
			n = q.Range[0]
		}
		return append(qzType(quiz.FormatNumber(n)), "enter")
	case quiz.Cloze:
		var keys []string
		for _, b := range quiz.Blanks(q.Text) {
			keys = append(keys, qzType(b[0])...)
			keys = append(keys, "enter")
		}
		return keys
	case quiz.Order:
		return orderKeys(displayOrder(it.View.ItemOrder, len(q.Items)), 0)
	case quiz.Match:
		var keys []string
		for i := range q.Pairs {
			keys = append(keys, qzLetter(shownAt(it.View.RightOrder, len(q.Pairs), i)))
		}
		return append(keys, "enter")
	}
	return nil
}

// orderKeys moves each item to its place with the cursor and K, the
// cursor starting at position cursor, then answers.
func orderKeys(order []int, cursor int) []string {
	order = slices.Clone(order)
	var keys []string
	for place := range order {
		at := slices.Index(order, place)
		for ; cursor < at; cursor++ {
			keys = append(keys, "down")
		}
		for ; cursor > at; cursor-- {
			keys = append(keys, "up")
		}
		for ; cursor > place; cursor-- {
			keys = append(keys, "K")
			order[cursor], order[cursor-1] = order[cursor-1], order[cursor]
		}
	}
	return append(keys, "enter")
}

// qzView is a view without its styling.
func qzView(s common.Screen) string { return ansi.Strip(s.View()) }

// quizFits fails when a view has more lines than height or a line wider
// than width.
func quizFits(t *testing.T, view string, width, height int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > height {
		t.Errorf("%dx%d: %d lines", width, height, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("%dx%d: line %d is %d wide: %q", width, height, i, w, ansi.Strip(l))
		}
	}
}

// itemByID finds a session item by question id.
func itemByID(s *quiz.Session, id string) *quiz.SessionItem {
	for i := range s.Items {
		if s.Items[i].Q.ID == id {
			return &s.Items[i]
		}
	}
	panic(fmt.Sprintf("no question %q", id))
}
