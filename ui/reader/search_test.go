package reader

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// search types a query into the reader's prompt and submits it.
func (d *driver) search(query string) {
	d.tb.Helper()
	d.send(keyPress("/"))
	d.send(typeText(query)...)
	d.send(keyPress("enter"))
}

// occurrences counts a query in the rendered text as the reader sees it,
// ignoring case, the way a reader would count by eye: line breaks read
// as spaces, and a word broken after a hyphen read whole.
func occurrences(lines []string, query string) int {
	var b strings.Builder
	for _, l := range lines {
		text := strings.TrimSpace(ansi.Strip(l))
		b.WriteString(text)
		if !strings.HasSuffix(text, "-") {
			b.WriteByte(' ')
		}
	}
	text := strings.Join(strings.Fields(strings.ToLower(b.String())), " ")
	return strings.Count(text, strings.ToLower(query))
}

// matchedText is the text a match covers, its lines joined with a space.
func matchedText(lines []string, m match) string {
	var parts []string
	for _, c := range m {
		parts = append(parts, ansi.Strip(ansi.Cut(lines[c.line], c.start, c.end)))
	}
	return strings.Join(parts, " ")
}

func TestSearchFindsEveryMatch(t *testing.T) {
	tests := map[string]struct{ query string }{
		"a word in many sections": {"korea"},
		"ignores case":            {"PUTIN"},
		"a phrase":                {"North Korea"},
		"curly apostrophe":        {"People’s"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := openReader(t)
			d.search(tc.query)
			r := d.reader()
			want := occurrences(r.doc.lines, tc.query)
			if want == 0 {
				t.Fatalf("test query %q is not in the article", tc.query)
			}
			if got := len(r.search.matches); got != want {
				t.Errorf("%d matches for %q, want %d", got, tc.query, want)
			}
			for _, m := range r.search.matches {
				if text := matchedText(r.doc.lines, m); !strings.EqualFold(text, tc.query) {
					t.Errorf("match at line %d is %q, not %q", m.first(), text, tc.query)
				}
			}
			if !strings.Contains(ansi.Strip(d.view()), "match 1/") {
				t.Errorf("footer does not count matches:\n%s", ansi.Strip(d.view()))
			}
		})
	}
}

func TestSearchNavigation(t *testing.T) {
	d := openReader(t)
	d.search("korea")
	r := d.reader()
	n := len(r.search.matches)
	sequence := []struct {
		key  string
		want int
	}{
		{"n", 1}, {"n", 2}, {"N", 1}, {"N", 0}, {"N", n - 1}, {"n", 0},
	}
	for i, s := range sequence {
		d.send(keyPress(s.key))
		if got := r.search.current; got != s.want {
			t.Fatalf("step %d (%s): current match %d, want %d", i, s.key, got, s.want)
		}
		m := r.search.matches[r.search.current]
		if y := r.vp.YOffset(); m.first() < y || m.last() >= y+r.vp.Height() {
			t.Errorf("step %d: match on lines %d-%d is off screen (top %d, height %d)", i, m.first(), m.last(), y, r.vp.Height())
		}
	}
	// The last match is off the first screen, so stepping back to it
	// from the first must scroll.
	d.send(keyPress("N"))
	if r.vp.YOffset() == 0 {
		t.Error("going to the last match did not scroll")
	}
}

func TestSearchEsc(t *testing.T) {
	d := openReader(t)
	d.search("korea")
	d.send(keyPress("esc"))
	r := d.reader()
	if r.search.query != "" || len(r.search.matches) != 0 {
		t.Errorf("esc left the search active: %q, %d matches", r.search.query, len(r.search.matches))
	}
	if strings.Contains(r.vp.GetContent(), r.theme.Styles.Match.Render("Korea")) {
		t.Error("highlights left in the text after esc")
	}
	d.send(keyPress("n"))
	if got := r.currentSection(); got != 1 {
		t.Errorf("after the search n should go to the next section; in section %d", got)
	}
}

func TestSearchPromptCancel(t *testing.T) {
	d := openReader(t)
	d.send(keyPress("/"))
	d.send(typeText("korea")...)
	d.send(keyPress("esc"))
	r := d.reader()
	if r.search.typing || r.search.query != "" {
		t.Errorf("esc in the prompt should cancel it: typing %v, query %q", r.search.typing, r.search.query)
	}
}

func TestSearchWithoutMatches(t *testing.T) {
	d := openReader(t)
	d.search("zebra crossing")
	if v := ansi.Strip(d.view()); !strings.Contains(v, `no matches for "zebra crossing"`) {
		t.Errorf("footer does not say nothing matched:\n%s", v)
	}
	d.send(keyPress("n")) // must not panic with no matches
}

func TestSearchHighlightsVisibleMatches(t *testing.T) {
	d := openReader(t)
	d.search("korea")
	r := d.reader()
	view := r.vp.View()
	if !strings.Contains(view, r.theme.Styles.Current.Render("Korea")) {
		t.Errorf("the current match is not highlighted in the view:\n%q", view)
	}
	if ansi.Strip(view) != ansi.Strip(strings.Join(visibleLines(r), "\n")) {
		t.Error("highlighting changed the text")
	}
}

// visibleLines is the unhighlighted text the viewport shows, padded as the
// viewport pads it.
func visibleLines(r *Screen) []string {
	y := r.vp.YOffset()
	lines := r.doc.lines[y:min(len(r.doc.lines), y+r.vp.Height())]
	out := make([]string, r.vp.Height())
	for i := range out {
		if i < len(lines) {
			out[i] = lines[i]
		}
		out[i] += strings.Repeat(" ", max(0, r.vp.Width()-ansi.StringWidth(out[i])))
	}
	return out
}

func TestHighlight(t *testing.T) {
	matchSt := lipgloss.NewStyle().Reverse(true)
	current := lipgloss.NewStyle().Bold(true)
	red := "\x1b[31m"
	tests := map[string]struct {
		line string
		ms   []cells
		cur  int
		// want are pieces the result holds, in this order.
		want []string
	}{
		"plain text": {
			line: "say hello there", ms: []cells{{0, 4, 9}}, cur: -1,
			want: []string{"say ", matchSt.Render("hello"), " there"},
		},
		"styled text keeps its style after the match": {
			line: red + "say hello there" + ansi.ResetStyle, ms: []cells{{0, 4, 9}}, cur: -1,
			want: []string{red + "say ", matchSt.Render("hello") + red + " there"},
		},
		"two matches, the second current": {
			line: "ab ab", ms: []cells{{0, 0, 2}, {0, 3, 5}}, cur: 1,
			want: []string{matchSt.Render("ab"), " ", current.Render("ab")},
		},
		"wide characters are cut by cells": {
			line: "日本語 text", ms: []cells{{0, 2, 4}}, cur: 0,
			want: []string{"日", current.Render("本"), "語 text"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := highlight(tc.line, tc.ms, tc.cur, matchSt, current)
			rest := got
			for _, w := range tc.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("highlight = %q\nlacks %q after the earlier pieces", got, w)
				}
				rest = rest[i+len(w):]
			}
			if ansi.Strip(got) != ansi.Strip(tc.line) {
				t.Errorf("highlight changed the text: %q", ansi.Strip(got))
			}
		})
	}
}

func TestHighlightOnOpen(t *testing.T) {
	p := defaultPack(t)
	m := newRoot(t, p, true)
	d := drive(t, m, 80, 24)
	a := p.Articles[0]
	d.send(common.OpenArticleMsg{Pack: p, Article: a, Section: 2, Highlight: "Korea"})
	r := d.reader()
	if r.search.query != "Korea" || len(r.search.matches) == 0 {
		t.Fatalf("opening with a highlight did not search: query %q, %d matches", r.search.query, len(r.search.matches))
	}
	m0 := r.search.matches[r.search.current]
	if m0.first() < r.doc.starts[2] {
		t.Errorf("current match on line %d is before the requested section (line %d)", m0.first(), r.doc.starts[2])
	}
	if y := r.vp.YOffset(); m0.first() < y || m0.last() >= y+r.vp.Height() {
		t.Errorf("current match on line %d is off screen (top %d)", m0.first(), y)
	}
}

// The search prompt's placeholder looks unlike typed text without colour:
// faint in the plain styles.
func TestSearchPlaceholderWithoutColour(t *testing.T) {
	if !newSearch(common.PlainStyles()).input.Styles().Focused.Placeholder.GetFaint() {
		t.Error("the placeholder is drawn like typed text")
	}
}

// The full help does not outlive a search begun under it: once the
// search is done, the text has the screen back, with the one-line hints.
func TestSearchClosesTheFullHelp(t *testing.T) {
	d := openReader(t)
	d.send(keyPress("?"))
	if !d.reader().help.ShowAll || !strings.Contains(d.view(), "close help") {
		t.Fatalf("? did not open the full help:\n%s", d.view())
	}
	d.search("korea")
	if d.reader().help.ShowAll {
		t.Errorf("the full help is still open after the search:\n%s", d.view())
	}
}
