package content

import (
	"brief/internal/sanitize"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// glamourParser parses Markdown with the extensions Glamour uses.
var glamourParser = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.DefinitionList),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()),
).Parser()

// maxBoundedDepth is the deepest goldmark tree boundMarkdown lets through:
// a list level is two nodes (list and item), then a paragraph, the inline
// nesting and a little room for tables and definition lists.
const maxBoundedDepth = 2*maxNesting + maxInlineNesting + 16

// markdownShape parses md as Glamour does and returns the depth of the
// deepest node and the most lines × bytes of a code block, what Glamour
// spends time on.
func markdownShape(md string) (deepest, codeWork int) {
	source := []byte(md)
	doc := glamourParser.Parse(text.NewReader(source))
	depth := 0
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			depth--
			return ast.WalkContinue, nil
		}
		depth++
		deepest = max(deepest, depth)
		if n.Kind() == ast.KindCodeBlock || n.Kind() == ast.KindFencedCodeBlock {
			lines, size := n.Lines().Len(), 0
			for i := range lines {
				seg := n.Lines().At(i)
				size += seg.Len()
			}
			if lines > 1 {
				codeWork = max(codeWork, lines*size)
			}
		}
		return ast.WalkContinue, nil
	})
	return deepest, codeWork
}

// checkShape fails t if goldmark would make of md a tree deeper, or a
// code block longer, than boundMarkdown lets through.
func checkShape(t testing.TB, md string) {
	t.Helper()
	depth, code := markdownShape(md)
	if depth > maxBoundedDepth {
		t.Errorf("goldmark is given a tree %d deep", depth)
	}
	if code > maxCodeWork {
		t.Errorf("goldmark is given a code block of %d lines × bytes", code)
	}
}

// renderVisible renders md as `brief read --plain` does into a pipe and
// returns the text a reader sees, every run of white space removed, so a
// word the renderer wrapped across lines is still found whole.
func renderVisible(t testing.TB, md string) (visible string, size int) {
	t.Helper()
	r, err := NewRenderer("notty")
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(md, 80)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(ansi.Strip(out)), ""), len(out)
}

func nestedListMarkdown(levels int) string {
	var b strings.Builder
	for i := range levels {
		fmt.Fprintf(&b, "%s- item%d\n", strings.Repeat("  ", i), i)
	}
	return b.String()
}

func nestedDefinitionsMarkdown(levels int) string {
	var b strings.Builder
	for i := range levels {
		indent := strings.Repeat("  ", i)
		fmt.Fprintf(&b, "%sterm%d\n%s: described\n", indent, i, indent)
	}
	return b.String()
}

func tableMarkdown(cols, rows int) string {
	var b strings.Builder
	row := func(cell func(c int) string) {
		for c := range cols {
			b.WriteString("|" + cell(c))
		}
		b.WriteString("|\n")
	}
	row(func(c int) string { return fmt.Sprintf("h%d", c) })
	row(func(int) string { return "-" })
	for r := range rows {
		row(func(c int) string { return fmt.Sprintf("r%dc%d", r, c) })
	}
	return b.String()
}

func refDefsMarkdown(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "[r%d]: https://example.org/%d\n", i, i)
	}
	fmt.Fprintf(&b, "\nSee [first][r0] and [last][r%d].\n", n-1)
	return b.String()
}

// hostileMarkdown are texts, cheap to write, that took goldmark and
// Glamour seconds to minutes and gigabytes, or crashed brief with a fatal
// stack overflow, with the words each must still show.
var hostileMarkdown = []struct {
	name  string
	md    string
	words []string
}{
	{"10,000 nested quotes", strings.Repeat(">", 10000) + " deep words\n", []string{"deep words"}},
	{"10,000 spaced nested quotes", strings.Repeat("> ", 10000) + "deep words\n", []string{"deep words"}},
	{"2,000 nested list items", nestedListMarkdown(2000), []string{"item0", "item20", "item1999"}},
	{"quotes and lists mixed 2,000 deep", strings.Repeat("> - ", 2000) + "mixed words\n", []string{"mixed words"}},
	{"ordered lists 2,000 deep", strings.Repeat("1. ", 2000) + "counted words\n", []string{"counted words"}},
	{"200 kB run of *", "Text " + strings.Repeat("*", 100000) + "word" + strings.Repeat("*", 100000), []string{"word"}},
	{"200 kB run of _", "Text " + strings.Repeat("_", 100000) + "word" + strings.Repeat("_", 100000), []string{"word"}},
	{"200 kB run of ~", "Text " + strings.Repeat("~", 100000) + "word" + strings.Repeat("~", 100000), []string{"word"}},
	{"200 kB run of [", "Text " + strings.Repeat("[", 100000) + "word" + strings.Repeat("]", 100000), []string{"word"}},
	{"200 kB run of `", "Text " + strings.Repeat("`", 100000) + "word" + strings.Repeat("`", 100000), []string{"word"}},
	{"emphasis 33,000 deep between words", strings.Repeat("*a ", 33000) + "word" + strings.Repeat(" a*", 33000), []string{"word"}},
	{"strong and underscores alternating", strings.Repeat("**_a ", 20000) + "word" + strings.Repeat(" a_**", 20000), []string{"word"}},
	{"emphasis in links 25,000 deep", strings.Repeat("*[a ", 25000) + "word" + strings.Repeat("](https://example.org)*", 25000), []string{"word"}},
	{"50,000 nested links", strings.Repeat("[a ", 50000) + "word" + strings.Repeat("](https://example.org)", 50000), []string{"word"}},
	{"25,000 nested images", strings.Repeat("![a ", 25000) + "word" + strings.Repeat("](https://example.org)", 25000), []string{"word"}},
	{"50,000 nested divs", strings.Repeat("<div>", 50000) + "word" + strings.Repeat("</div>", 50000), nil},
	{"2,000-column table", tableMarkdown(2000, 500), []string{"h0", "h1999", "r0c0", "r499c1999"}},
	{"100,000 reference definitions", refDefsMarkdown(100000), []string{"See first", "and last", "example.org/99999"}},
	{"300 nested definition lists", nestedDefinitionsMarkdown(300), []string{"term0", "term299"}},
	{"50,000 definitions", strings.Repeat("term\n: said\n", 50000), []string{"termsaid"}},
	{"125,000 images", strings.Repeat("![a](https://example.org/i.png) ", 125000), []string{"a"}},
	{"100,000 short paragraphs", strings.Repeat("word\n\n", 100000), []string{"word"}},
	{"100,000 list items", strings.Repeat("- item\n", 100000), []string{"item"}},
	{"100,000 identical headings", strings.Repeat("# Notes\n", 100000), []string{"Notes"}},
	{"100,000-line code block", "```\n" + strings.Repeat("code\n", 100000) + "```\n", []string{"code"}},
	{"100,000 reference definitions in a quote", "> " + strings.ReplaceAll(refDefsMarkdown(100000), "\n", "\n> "), []string{"See first", "and last", "example.org/99999"}},
}

// TestRenderBoundsHostileMarkdown renders each hostile text in full, as
// the reader and `brief read --plain` do. Before the guards these took
// from seconds to many minutes and gigabytes, or killed the test binary
// with a fatal stack overflow; BenchmarkRenderHostile times them.
func TestRenderBoundsHostileMarkdown(t *testing.T) {
	for _, c := range hostileMarkdown {
		t.Run(c.name, func(t *testing.T) {
			md := "Before the text.\n\n" + c.md + "\n\nAfter the text.\n"
			visible, size := renderVisible(t, md)
			for _, w := range append([]string{"Beforethetext.", "Afterthetext."}, c.words...) {
				if !strings.Contains(visible, strings.ReplaceAll(w, " ", "")) {
					t.Errorf("%q is not shown", w)
				}
			}
			// Nesting rendered as such grows the output with the square
			// of the depth; shown as text it stays near the input's size.
			if size > 3*len(md)+4096 {
				t.Errorf("output is %d bytes for %d bytes of Markdown", size, len(md))
			}
			checkShape(t, boundMarkdown(sanitize.Text(md)))
		})
	}
}

// Real articles nest a few levels and render exactly as written.
func TestBoundMarkdownKeepsRealArticles(t *testing.T) {
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".md") {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) < 2 {
		t.Fatalf("articles: %v %v", files, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		md := sanitize.Text(string(data))
		if got := boundMarkdown(md); got != md {
			t.Errorf("%s changed:\n%s", f, got)
		}
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range p.Articles {
		doc := sanitize.Text(a.Document())
		if got := boundMarkdown(doc); got != doc {
			t.Errorf("%s: document changed:\n%s", a.ID, got)
		}
	}
}

func TestBoundMarkdownShapes(t *testing.T) {
	fenced := func(lines int) string { return "```\n" + strings.Repeat("x\n", lines) + "```\n" }
	headings := func(n int) string { return strings.Repeat("# Notes\n\n", n) }
	cases := []struct {
		name  string
		md    string
		check func(t *testing.T, out string) // nil: the text must stay as written
	}{
		{"20 quote levels stay Markdown", strings.Repeat(">", 20) + " deep\n", nil},
		{"21 quote levels become a paragraph", "Intro.\n\n" + strings.Repeat(">", 21) + " deep *words*\n\nAfter.\n", func(t *testing.T, out string) {
			wantOut(t, out, "Intro.\n\ndeep \\*words\\*\n\nAfter.\n")
		}},
		{"deep list items become paragraphs", nestedListMarkdown(25), func(t *testing.T, out string) {
			wantPrefix(t, out, "item0\n\nitem1\n\nitem2\n\n")
		}},
		{"lazy lines join their paragraph", strings.Repeat("> ", 30) + "one\ntwo\n", func(t *testing.T, out string) {
			wantOut(t, out, "one\ntwo\n\n")
		}},
		{"32 levels of emphasis stay Markdown", strings.Repeat("*", 32) + "x" + strings.Repeat("*", 32), nil},
		{"33 levels of emphasis are escaped", strings.Repeat("*", 33) + "x" + strings.Repeat("*", 33), func(t *testing.T, out string) {
			wantPrefix(t, out, strings.Repeat(`\*`, 33)+"x")
		}},
		{"many emphasised words in a paragraph", strings.Repeat("**bold** and _italic_ ~~gone~~ [a](https://example.org) ", 500), nil},
		{"64 columns stay a table", tableMarkdown(64, 3), nil},
		{"65 columns are shown as written", "Intro.\n\n" + tableMarkdown(65, 3), func(t *testing.T, out string) {
			wantPrefix(t, out, "Intro.\n\n```text\n|h0|h1|")
		}},
		{"tables up to 20,000 cells", tableMarkdown(10, 1998), nil},
		{"tables past 20,000 cells", tableMarkdown(10, 1999), func(t *testing.T, out string) {
			wantPrefix(t, out, "```text\n")
		}},
		{"100 reference definitions", refDefsMarkdown(100), nil},
		{"101 reference definitions get paragraphs", refDefsMarkdown(101), func(t *testing.T, out string) {
			wantPrefix(t, out, "[r0]: https://example.org/0\n\n[r1]: https://example.org/1\n\n[r2]:")
		}},
		{"a short code block", fenced(1000), nil},
		{"a long code block is cut", fenced(100000), func(t *testing.T, out string) {
			if n := strings.Count(out, "x\n"); n != 100000 {
				t.Errorf("%d lines of code, want 100000", n)
			}
			if !strings.Contains(out, "x\n```\n\n```\nx\n") {
				t.Errorf("not cut:\n%.300s", out)
			}
		}},
		{"indented code that cannot be cut", "Intro.\n\n" + strings.Repeat("    x\n", 100000), func(t *testing.T, out string) {
			wantPrefix(t, out, "```text\nIntro.\n\n    x\n")
		}},
		{"a few hundred repeated headings", headings(446), nil},
		{"repeated headings past the ids goldmark can try", headings(447), func(t *testing.T, out string) {
			if !strings.HasSuffix(out, "\\# Notes\n\n") || strings.Count(out, "\\#") != 1 {
				t.Errorf("want the last heading escaped:\n...%s", out[len(out)-100:])
			}
		}},
		{"tiny paragraphs end in running text", strings.Repeat("x\n\n", 100000), func(t *testing.T, out string) {
			if n := strings.Count(out, "x"); n != 100000 {
				t.Errorf("%d words, want 100000", n)
			}
			wantSuffix(t, out, "x x x\n")
		}},
		{"quotes inside a fence stay code", "```\n" + strings.Repeat(">", 50) + " x\n```\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := boundMarkdown(c.md)
			if c.check == nil && out != c.md {
				t.Errorf("changed:\n%.300q", out)
			} else if c.check != nil {
				c.check(t, out)
			}
			checkShape(t, out)
		})
	}
}

func wantOut(t *testing.T, out, want string) {
	t.Helper()
	if !strings.HasSuffix(out, want) {
		t.Errorf("got\n%q\nwant it to end in\n%q", out, want)
	}
}

func wantPrefix(t *testing.T, out, want string) {
	t.Helper()
	if !strings.HasPrefix(out, want) {
		t.Errorf("got\n%.300q\nwant it to start with\n%q", out, want)
	}
}

func wantSuffix(t *testing.T, out, want string) {
	t.Helper()
	if !strings.HasSuffix(out, want) {
		t.Errorf("got …%q\nwant it to end with %q", out[max(0, len(out)-100):], want)
	}
}

// Only a fence goldmark is sure to read as code is skipped by the checks:
// in each case below something makes the fence something else, and the
// nesting after it must still be found.
func TestBoundMarkdownFencesThatAreNotCode(t *testing.T) {
	deep := []string{
		strings.Repeat(">", 5000) + " x\n",
		"Text " + strings.Repeat("*", 5000) + "x" + strings.Repeat("*", 5000) + "\n",
		nestedListMarkdown(500),
		"```\n" + strings.Repeat("code\n", 20000) + "```\n",
		strings.Repeat("code\n", 20000),
	}
	openings := map[string]string{
		"after a closed fence":                    "```\ncode\n```\n\n",
		"in an HTML comment that ends":            "<!--\n\n```\n-->\n",
		"in an HTML block":                        "<div>\n```\n\n",
		"closing an indented fence":               "  ```\n\n```\n\n",
		"after a tag that is paragraph text":      "text\n<foo>\n  ```\n\n```\n\n",
		"with a backtick in its info string":      "``` a`b\n\n",
		"in a list item that ends":                "- a\n\n  ```\nb\n\n",
		"in a quote that ends":                    "> ```\n\n",
		"after a paragraph":                       "text\n```\n",
		"in a pre block that ends after a blank":  "<pre>\n\n```\n</pre>\n\n",
		"closing one a list item opened":          "- a\n  ```\nx\n```\n\n",
		"closing one a list item opened, at once": "- a\n  ```\nx\n```\n",
		"closing one an HTML block holds":         "<div>\n```\n\n````\n",
		"in a list item, indented past four":      "- a\n\n     ```\n",
		"in a quote, with lines that lose it":     "> ```\n",
	}
	for name, open := range openings {
		for i, d := range deep {
			t.Run(fmt.Sprintf("%s/%d", name, i), func(t *testing.T) {
				checkShape(t, boundMarkdown(open+d))
				checkShape(t, boundMarkdown(open+"  "+strings.ReplaceAll(d, "\n", "\n  ")))
			})
		}
	}
}

func TestInlineNesting(t *testing.T) {
	cases := map[string]int{
		"plain words":                 0,
		"***bold italic***":           3,
		"**a** and **b** and **c**":   2,
		"snake_case_name and a_b_c":   0,
		"2 * 3 * 4":                   0,
		`\*\*\* escaped`:              0,
		"[a [b [c](u)](u)](u)":        3,
		"*a *b *c d* e* f*":           3,
		"~~gone~~ and ~a~":            2,
		"_a __b ___c___ b__ a_":       6,
		strings.Repeat("*", 40) + "x": 40,
		"**kwargs and *args":          3,
	}
	for in, want := range cases {
		var n inlineNesting
		n.line(in)
		if n.max != want {
			t.Errorf("%q: nesting %d, want %d", in, n.max, want)
		}
	}
}
