// Package uitest holds what the interface's tests share: the embedded
// pack and a session of its questions, a theme, key presses by name, and
// the keys that answer a question right, wrong or in part.
package uitest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/quiz"
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
