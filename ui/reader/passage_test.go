package reader

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// wrappedPassage finds two lines of one paragraph in the text and returns
// a passage running from the end of the first onto the second.
func wrappedPassage(t *testing.T, lines []string) (string, int) {
	t.Helper()
	for i := 0; i+1 < len(lines); i++ {
		a, b := strings.Fields(ansi.Strip(lines[i])), strings.Fields(ansi.Strip(lines[i+1]))
		if len(a) < 4 || len(b) < 4 || strings.HasSuffix(a[len(a)-1], "-") {
			continue
		}
		p := strings.Join(append(append([]string(nil), a[len(a)-3:]...), b[:3]...), " ")
		if occurrences(lines, p) == 1 {
			return p, i
		}
	}
	t.Fatal("no paragraph wraps onto a second line")
	return "", 0
}

func TestPassageAcrossLinesIsHighlighted(t *testing.T) {
	p := defaultPack(t)
	d := drive(t, newRoot(t, p, true), 40, 12)
	d.send(keyPress("enter"))
	passage, line := wrappedPassage(t, d.reader().doc.lines)
	d.send(keyPress("esc"), common.OpenArticleMsg{Pack: p, Article: p.Articles[0], Highlight: passage})

	r := d.reader()
	if len(r.search.matches) != 1 {
		t.Fatalf("%d matches for %q, want 1", len(r.search.matches), passage)
	}
	m := r.search.matches[0]
	if m.first() != line || m.last() != line+1 {
		t.Fatalf("the passage is matched on lines %d-%d, want %d-%d", m.first(), m.last(), line, line+1)
	}
	if got := matchedText(r.doc.lines, m); got != passage {
		t.Errorf("highlighted %q, want %q", got, passage)
	}
	content := strings.Split(r.vp.GetContent(), "\n")
	for _, c := range m {
		piece := ansi.Strip(ansi.Cut(r.doc.lines[c.line], c.start, c.end))
		if !strings.Contains(content[c.line], r.theme.Styles.Current.Render(piece)) {
			t.Errorf("line %d lacks the highlighted %q:\n%q", c.line, piece, content[c.line])
		}
	}
	for i := range content {
		if ansi.Strip(content[i]) != ansi.Strip(r.doc.lines[i]) {
			t.Errorf("highlighting changed line %d: %q, was %q", i, ansi.Strip(content[i]), ansi.Strip(r.doc.lines[i]))
		}
	}
	y, h := r.vp.YOffset(), r.vp.Height()
	if m.first() < y || m.last() >= y+h {
		t.Errorf("the passage (lines %d-%d) is not all in view (lines %d-%d)", m.first(), m.last(), y, y+h-1)
	}
	if want := max(0, m.first()-passageContext); y != want && y != r.vp.TotalLineCount()-h {
		t.Errorf("the view starts at line %d, want %d: the passage with a little context above", y, want)
	}
}

func TestEveryEvidenceIsFoundWhole(t *testing.T) {
	p := defaultPack(t)
	a := p.Articles[0]
	for _, width := range []int{40, 80, 120} {
		d := drive(t, newRoot(t, p, false), width, 24)
		text := flatten(d.reader().doc.lines)
		for _, q := range a.Questions {
			if q.Evidence == "" {
				continue
			}
			passage := strings.Trim(common.OneLine(q.Evidence), " "+quoteMarks)
			if len(text.findAll(normalizeQuery(passage))) == 0 {
				t.Errorf("width %d: the evidence of %s is not found whole: %q", width, q.ID, passage)
			}
		}
	}
}

func TestEscFromAPassage(t *testing.T) {
	tests := map[string]struct {
		keys      []string
		wantState state
		wantQuery string
	}{
		"one esc goes back": {
			keys: []string{"esc"}, wantState: stateHome,
		},
		"n still steps through the matches": {
			keys: []string{"n", "esc"}, wantState: stateHome,
		},
		"a search of one's own is cleared first": {
			keys: append(append([]string{"/"}, strings.Split("korea", "")...), "enter", "esc"), wantState: stateReader,
		},
		"then esc goes back": {
			keys: append(append([]string{"/"}, strings.Split("korea", "")...), "enter", "esc", "esc"), wantState: stateHome,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := defaultPack(t)
			d := drive(t, newRoot(t, p, true), 80, 24)
			d.send(common.OpenArticleMsg{Pack: p, Article: p.Articles[0], Section: 1, Highlight: "North Korea"})
			if k := d.reader().keys; !k.Back.Enabled() || k.ClearSearch.Enabled() {
				t.Errorf("over a passage esc goes back = %v, clears it = %v; want back only", k.Back.Enabled(), k.ClearSearch.Enabled())
			}
			d.send(keyPresses(tc.keys...)...)
			if got := d.m.top().state; got != tc.wantState {
				t.Fatalf("screen = %v, want %v", got, tc.wantState)
			}
			if tc.wantState == stateReader && d.reader().search.query != tc.wantQuery {
				t.Errorf("search left as %q, want %q", d.reader().search.query, tc.wantQuery)
			}
		})
	}
}

func TestFindAcrossLines(t *testing.T) {
	bold := func(s string) string { return "\x1b[1m" + s + "\x1b[m" }
	tests := map[string]struct {
		lines []string
		query string
		want  []cells
	}{
		"within a line": {
			lines: []string{"  held in the far eastern spaceport"},
			query: "far eastern",
			want:  []cells{{0, 14, 25}},
		},
		"across a line break": {
			lines: []string{"  held in the far eastern  ", "  spaceport Vostochny, not far"},
			query: "eastern spaceport vostochny",
			want:  []cells{{0, 18, 25}, {1, 2, 21}},
		},
		"over styled text": {
			lines: []string{"  the " + bold("summit") + " was", "  held"},
			query: "summit was held",
			want:  []cells{{0, 6, 16}, {1, 2, 6}},
		},
		"a word broken after its hyphen": {
			lines: []string{"  a far-", "  eastern port"},
			query: "far-eastern port",
			want:  []cells{{0, 4, 8}, {1, 2, 14}},
		},
		"a dash at the end of a line is not a broken word": {
			lines: []string{"  war -", "  peace"},
			query: "war - peace",
			want:  []cells{{0, 2, 7}, {1, 2, 7}},
		},
		"over a blank line": {
			lines: []string{"  end.", "", "  Next"},
			query: "end. next",
			want:  []cells{{0, 2, 6}, {2, 2, 6}},
		},
		"wide characters": {
			lines: []string{"  日本語", "  text"},
			query: "本語 text",
			want:  []cells{{0, 4, 8}, {1, 2, 6}},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			ms := flatten(tc.lines).findAll(normalizeQuery(tc.query))
			if len(ms) != 1 {
				t.Fatalf("%d matches, want 1", len(ms))
			}
			if got := ms[0]; len(got) != len(tc.want) || !equalCells(got, tc.want) {
				t.Errorf("match = %v, want %v", got, tc.want)
			}
		})
	}
}

func equalCells(a, b []cells) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkSearch100x is finding a phrase in the 100x article and
// styling its matches, what a search or a passage costs on each rebuild.
func BenchmarkSearch100x(b *testing.B) {
	_, r := resizeSetup(b)
	r.search.query = "North Korea"
	for b.Loop() {
		r.search.find(r.doc.lines)
		r.search.decorate(r.doc.lines, r.theme.Styles)
	}
}

// A new search starts from an empty prompt, as in less and vim: typing
// "/putin" after a search for "Putin" looks for "putin", not for
// "Putinputin". The last query is the placeholder, and enter on the empty
// prompt repeats it.
func TestSearchPromptStartsEmpty(t *testing.T) {
	tests := map[string]struct {
		keys        []string
		prompt      string // the prompt's text after the keys
		placeholder string
		query       string // the query searched for, once enter is pressed
	}{
		"over a passage the reader was opened to show": {
			keys: []string{"/"}, prompt: "", placeholder: "search the article",
		},
		"after a search of the student's own": {
			keys: append(append([]string{"/"}, strings.Split("korea", "")...), "enter", "/"), prompt: "", placeholder: "enter: korea",
		},
		"a second search replaces the first": {
			keys:  append(append(append(append([]string{"/"}, strings.Split("Putin", "")...), "enter", "/"), strings.Split("kim", "")...), "enter"),
			query: "kim",
		},
		"enter on the empty prompt repeats the last": {
			keys:  append(append([]string{"/"}, strings.Split("Putin", "")...), "enter", "esc", "/", "enter"),
			query: "Putin",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := defaultPack(t)
			d := drive(t, newRoot(t, p, true), 80, 24)
			d.send(common.OpenArticleMsg{Pack: p, Article: p.Articles[0], Section: 1, Highlight: "North Korea"})
			d.send(keyPresses(tc.keys...)...)
			r := d.reader()
			if tc.query != "" {
				if r.search.query != tc.query || len(r.search.matches) == 0 {
					t.Errorf("searched for %q with %d matches, want %q with some", r.search.query, len(r.search.matches), tc.query)
				}
				return
			}
			if got := r.search.input.Value(); got != tc.prompt {
				t.Errorf("search prompt holds %q, want %q", got, tc.prompt)
			}
			if got := r.search.input.Placeholder; got != tc.placeholder {
				t.Errorf("placeholder %q, want %q", got, tc.placeholder)
			}
		})
	}
}

// Search reads typographic quotes and dashes as the keys a student types.
func TestSearchFoldsQuotesAndDashes(t *testing.T) {
	lines := []string{"The People’s Republic said “no” in 2019–2023."}
	for _, q := range []string{"People's", "\"no\"", "2019-2023", "people’s"} {
		if n := len(flatten(lines).findAll(normalizeQuery(q))); n != 1 {
			t.Errorf("%q found %d times, want once", q, n)
		}
	}
}

// A passage is highlighted with its final punctuation when the text has
// it there, and without when the text goes on differently.
func TestPassageTakesInItsFullStop(t *testing.T) {
	tests := map[string]struct {
		highlight, want string
	}{
		"quoted, full stop inside the quote": {
			"“This time the summit meeting was held in the far eastern spaceport Vostochny, not far from the Chinese border.”",
			"This time the summit meeting was held in the far eastern spaceport Vostochny, not far from the Chinese border.",
		},
		"full stop outside the quote": {
			"\"to address an Eastern Economic Forum\".",
			"to address an Eastern Economic Forum.",
		},
		"the text has a comma, not a full stop": {
			"After a four-year gap.", "After a four-year gap",
		},
		"no punctuation": {"North Korea", "North Korea"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := defaultPack(t)
			d := drive(t, newRoot(t, p, true), 80, 24)
			d.send(common.OpenArticleMsg{Pack: p, Article: p.Articles[0], Highlight: tc.highlight})
			r := d.reader()
			if len(r.search.matches) == 0 {
				t.Fatalf("%q not found", tc.highlight)
			}
			if got := matchedText(r.doc.lines, r.search.matches[r.search.current]); got != tc.want {
				t.Errorf("highlighted %q, want %q", got, tc.want)
			}
		})
	}
}
