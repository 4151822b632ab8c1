// Package uitest holds what the interface's tests share: the embedded
// pack and a session of its questions, a theme, key presses by name, and
// the keys that answer a question right, wrong or in part.
package uitest

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// Seed fixes every test session's draw and shuffle.
const Seed = 7

// DefaultArticle is the embedded pack and its article.
func DefaultArticle(t testing.TB) (*content.Pack, *content.Article) {
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

// SessionOf draws a session of the default article's questions with the
// given ids (all of them when none are given), in the file's order.
func SessionOf(t testing.TB, a *content.Article, ids ...string) *quiz.Session {
	t.Helper()
	opts := quiz.SessionOptions{Seed: Seed}
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

// Theme is the dark theme without a Markdown renderer, which the quiz
// screens do not use.
func Theme() common.Theme { return common.Theme{Styles: common.DefaultStyles(true), IsDark: true} }

// Key makes the key press a key name stands for, in the names
// tea.KeyPressMsg.String gives.
func Key(name string) tea.KeyPressMsg {
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

// Type is the key presses that type a text.
func Type(text string) []string {
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

// Press sends keys to a screen, following it when it gives way to
// another, and returns the screen on top and the last command.
func Press(s common.Screen, keys ...string) (common.Screen, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		s, cmd = s.Update(Key(k))
	}
	return s, cmd
}

// Letter is the key of a displayed position: a, b, ...
func Letter(i int) string { return string(rune('a' + i)) }

// ShownAt is where file index orig is shown in a view's order.
func ShownAt(order []int, n, orig int) int {
	return slices.Index(displayOrder(order, n), orig)
}

// RightKeys are the keys that answer an item right, worked out from the
// question and how it is shown.
func RightKeys(it *quiz.SessionItem) []string {
	q := it.Q
	switch q.Type {
	case quiz.Choice:
		return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, q.Answers[0])))}
	case quiz.TrueFalse:
		if q.Truth {
			return []string{"a"}
		}
		return []string{"b"}
	case quiz.Multi:
		var keys []string
		for _, a := range q.Answers {
			keys = append(keys, Letter(ShownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, a))))
		}
		return append(keys, "enter")
	case quiz.Short:
		return append(Type(q.Answers[0]), "enter")
	case quiz.Numeric:
		n := q.Number
		if q.Range != nil {
			n = q.Range[0]
		}
		return append(Type(quiz.FormatNumber(n)), "enter")
	case quiz.Cloze:
		var keys []string
		for _, b := range quiz.Blanks(q.Text) {
			keys = append(keys, Type(b[0])...)
			keys = append(keys, "enter")
		}
		return keys
	case quiz.Order:
		return OrderKeys(displayOrder(it.View.ItemOrder, len(q.Items)), 0)
	case quiz.Match:
		var keys []string
		for i := range q.Pairs {
			keys = append(keys, Letter(ShownAt(it.View.RightOrder, len(q.Pairs), i)))
		}
		return append(keys, "enter")
	}
	return nil
}

// OrderKeys moves each item to its place with the cursor and K, the
// cursor starting at position cursor, then answers.
func OrderKeys(order []int, cursor int) []string {
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

// View is a view without its styling.
func View(s common.Screen) string { return ansi.Strip(s.View()) }

// Fits fails when a view has more lines than height or a line wider
// than width.
func Fits(t *testing.T, view string, width, height int) {
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

// ItemByID finds a session item by question id.
func ItemByID(s *quiz.Session, id string) *quiz.SessionItem {
	for i := range s.Items {
		if s.Items[i].Q.ID == id {
			return &s.Items[i]
		}
	}
	panic(fmt.Sprintf("no question %q", id))
}

// OrderKeysTo puts the items of an order question in the target order
// (file indexes) and answers.
func OrderKeysTo(order, target []int) []string {
	// Renumber so that target reads 0, 1, 2, ... and reuse OrderKeys.
	rank := make([]int, len(target))
	for i, t := range target {
		rank[t] = i
	}
	renamed := make([]int, len(order))
	for i, o := range order {
		renamed[i] = rank[o]
	}
	return OrderKeys(renamed, 0)
}

// WrongKeys answer an item with no credit.
func WrongKeys(it *quiz.SessionItem) []string {
	q := it.Q
	switch q.Type {
	case quiz.Choice:
		for i, o := range q.Options {
			if o != q.Answers[0] {
				return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), i))}
			}
		}
	case quiz.TrueFalse:
		if q.Truth {
			return []string{"b"}
		}
		return []string{"a"}
	case quiz.Multi:
		for i, o := range q.Options {
			if !slices.Contains(q.Answers, o) {
				return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), i)), "enter"}
			}
		}
	case quiz.Short:
		return append(Type("zzzz"), "enter")
	case quiz.Numeric:
		return append(Type("987654"), "enter")
	case quiz.Cloze:
		var keys []string
		for range quiz.Blanks(q.Text) {
			keys = append(keys, "z", "z", "z", "enter")
		}
		return keys
	case quiz.Order:
		target := make([]int, len(q.Items))
		for i := range target {
			target[i] = len(target) - 1 - i
		}
		return OrderKeysTo(displayOrder(it.View.ItemOrder, len(q.Items)), target)
	case quiz.Match:
		var keys []string
		n := len(q.Pairs)
		for i := range q.Pairs {
			keys = append(keys, Letter(ShownAt(it.View.RightOrder, n, (i+1)%n)))
		}
		return append(keys, "enter")
	}
	return nil
}

// PartialKeys answer an item with some credit, not all.
func PartialKeys(it *quiz.SessionItem) []string {
	q := it.Q
	switch q.Type {
	case quiz.Multi:
		return []string{Letter(ShownAt(it.View.OptionOrder, len(q.Options), slices.Index(q.Options, q.Answers[0]))), "enter"}
	case quiz.Cloze:
		blanks := quiz.Blanks(q.Text)
		keys := append(Type(blanks[0][0]), "enter")
		for range blanks[1:] {
			keys = append(keys, "z", "z", "z", "enter")
		}
		return keys
	case quiz.Order:
		n := len(q.Items)
		target := make([]int, n)
		for i := range target {
			target[i] = i
		}
		target[n-1], target[n-2] = target[n-2], target[n-1]
		return OrderKeysTo(displayOrder(it.View.ItemOrder, n), target)
	case quiz.Match:
		n := len(q.Pairs)
		keys := []string{Letter(ShownAt(it.View.RightOrder, n, 0))}
		for i := 1; i < n; i++ {
			j := i%(n-1) + 1 // 1→2, 2→1 for three pairs: the rest swapped
			keys = append(keys, Letter(ShownAt(it.View.RightOrder, n, j)))
		}
		return append(keys, "enter")
	case quiz.Choice, quiz.TrueFalse, quiz.Short, quiz.Numeric:
		// All or nothing: no partial answer.
	}
	return nil
}

// displayOrder is the order a widget shows n options, items or right-hand
// sides in: the session's, or the file's when it has none. It is the quiz
// screen's rule, repeated here so a test works out the keys to press from
// the session alone.
func displayOrder(order []int, n int) []int {
	if len(order) == n {
		return append([]int(nil), order...)
	}
	id := make([]int, n)
	for i := range id {
		id[i] = i
	}
	return id
}

// Store opens a score store in a temporary directory, closed when the
// test ends.
func Store(t *testing.T) *scores.Store {
	t.Helper()
	st, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TwoPacks is the default pack and a second pack of two articles.
func TwoPacks(t *testing.T) []*content.Pack {
	t.Helper()
	p, _ := DefaultArticle(t)
	a1, a2 := *p.Articles[0], *p.Articles[0]
	a1.ID, a1.Title = "first", "First article"
	a2.ID, a2.Title = "second", "Second article"
	other := &content.Pack{Manifest: content.Manifest{ID: "other", Title: "Other pack"}, Articles: []*content.Article{&a1, &a2}}
	return []*content.Pack{p, other}
}

// ColourSGR matches an escape sequence that sets a colour, foreground or
// background, where a plain screen must have none.
var ColourSGR = regexp.MustCompile(`\x1b\[(?:[0-9;:]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:[;:][0-9;:]*)?m`)

// IsASCII reports whether s is ASCII only.
func IsASCII(s string) bool {
	for _, r := range s {
		if r > 127 {
			return false
		}
	}
	return true
}

// WaitIdle waits until w has run every write queued, however long that
// takes (a store let go at last): after a test, so that no write is left
// running on a store about to be closed.
func WaitIdle(t *testing.T, w *study.Writer) {
	for deadline := time.Now().Add(30 * time.Second); !w.Idle(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Error("the writer is still writing after 30 s")
			return
		}
	}
}

// LockStore takes the store's write lock from a second connection, as
// another brief saving at that moment would, until unlock is called (at
// the latest when the test ends). Reads go on meanwhile: the store is in
// WAL mode.
func LockStore(t *testing.T, st *scores.Store) (unlock func()) {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", st.Path())
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	unlock = func() {
		once.Do(func() {
			conn.ExecContext(ctx, "ROLLBACK")
			conn.Close()
			db.Close()
		})
	}
	t.Cleanup(unlock)
	return unlock
}

// BeginAt starts recording a quiz at the article into st.
func BeginAt(t *testing.T, st *scores.Store, p *content.Pack, a *content.Article, exam bool) *scores.Recorder {
	t.Helper()
	mode := scores.ModePractice
	if exam {
		mode = scores.ModeExam
	}
	rec, err := st.Begin(scores.AttemptInfo{PackID: p.ID, ArticleID: a.ID, Mode: mode, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// Recorded reads back the answers of the article's unfinished attempt.
func Recorded(t *testing.T, st *scores.Store, p *content.Pack, a *content.Article) []quiz.AnswerRecord {
	t.Helper()
	_, answers, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	return answers
}

// DefaultPack loads the embedded pack.
func DefaultPack(tb testing.TB) *content.Pack {
	tb.Helper()
	p, err := content.Default()
	if err != nil {
		tb.Fatalf("load embedded pack: %v", err)
	}
	return p
}

// LongPack is the embedded pack with its article made n times longer:
// every section repeated n times.
func LongPack(tb testing.TB, n int) *content.Pack {
	tb.Helper()
	p := DefaultPack(tb)
	a := *p.Articles[0]
	a.Sections = nil
	for range n {
		a.Sections = append(a.Sections, p.Articles[0].Sections...)
	}
	long := *p
	long.Articles = []*content.Article{&a}
	return &long
}

// KeyPress turns a key name ("j", "space", "enter", "esc", "ctrl+c") into a
// key press.
func KeyPress(k string) tea.KeyPressMsg {
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	r, _ := utf8.DecodeRuneInString(k)
	return tea.KeyPressMsg{Code: r, Text: k}
}

// KeyPresses turns key names into messages.
func KeyPresses(names ...string) []tea.Msg {
	msgs := make([]tea.Msg, len(names))
	for i, n := range names {
		msgs[i] = KeyPress(n)
	}
	return msgs
}

// TypeText is the key presses that type a text.
func TypeText(s string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range s {
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return msgs
}
