package content

import (
	"strings"
	"testing"
	"unicode"

	"brief/internal/sanitize"
	"brief/internal/sanitize/sanitizetest"
)

// FuzzRenderNesting feeds Markdown through what the reader and `brief read
// --plain` do: sanitizing, the limits of boundMarkdown and Glamour. It
// checks that rendering returns clean output, that goldmark is never
// given a tree deeper or a code block longer than the limits allow, and
// that the limits never lose a letter of the text. Run it with
//
//	go test ./content/ -run '^$' -fuzz FuzzRenderNesting -fuzztime 60s
func FuzzRenderNesting(f *testing.F) {
	for _, s := range []string{
		strings.Repeat(">", 100) + " deep words",
		strings.Repeat("> ", 30) + "deep\nlazy line",
		nestedListMarkdown(30),
		strings.Repeat("> - ", 15) + "mixed",
		strings.Repeat("1. ", 25) + "ordered",
		strings.Repeat("*", 200) + "x" + strings.Repeat("*", 200),
		"Text " + strings.Repeat("_", 100) + "x" + strings.Repeat("_", 100),
		"Text " + strings.Repeat("~", 100) + "x" + strings.Repeat("~", 100),
		strings.Repeat("*a ", 50) + "x" + strings.Repeat(" a*", 50),
		strings.Repeat("[", 200) + "x" + strings.Repeat("]", 200),
		strings.Repeat("[a ", 50) + "x" + strings.Repeat("](https://example.org)", 50),
		strings.Repeat("![a ", 50) + "x" + strings.Repeat("](u)", 50),
		"Text " + strings.Repeat("`", 50) + "x" + strings.Repeat("`", 50),
		"` `` ``` ```` ````` x `` `",
		tableMarkdown(70, 3),
		tableMarkdown(3, 30),
		"| a | b |\n|---|---|\n> | c | d |\n> |---|---|\n",
		refDefsMarkdown(120),
		"```go\n" + strings.Repeat("x := 1\n", 300) + "```\n",
		"    code\n" + strings.Repeat("    more code\n", 50),
		"> ```\n" + strings.Repeat("> code\n", 50),
		"<!--\n\n```\n-->\n" + strings.Repeat(">", 40) + " x\n",
		"<div>\n```\n\n" + strings.Repeat("*", 60) + "x" + strings.Repeat("*", 60),
		"  ```\n\n```\n\n" + strings.Repeat("- ", 40) + "x\n",
		strings.Repeat("# Notes\n\n", 20) + "Notes\n===\n",
		strings.Repeat("- x\n", 100),
		strings.Repeat("x\n\n", 200),
		"Term\n: definition\n: " + strings.Repeat("> ", 30) + "x\n",
		"Term\n: definition\n  Inner\n  : " + strings.Repeat("- ", 30) + "x\n",
		strings.Repeat("![a](https://example.org/i.png) <b>x</b> &amp; www.example.org ", 50),
	} {
		f.Add(s)
	}
	r, err := NewRenderer("dark")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, md string) {
		if len(md) > 64<<10 {
			t.Skip("longer than the inputs this target explores")
		}
		out, err := r.Render(md, 60)
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if v := sanitizetest.RenderedViolation(out); v != "" {
			t.Fatalf("output has %s: %q", v, out)
		}
		clean := sanitize.Text(md)
		bounded := boundMarkdown(clean)
		if d, code := markdownShape(bounded); d > maxBoundedDepth || code > maxCodeWork {
			t.Fatalf("goldmark is given a tree %d deep, a code block of %d lines × bytes, for %q", d, code, bounded)
		}
		if !keepsLetters(clean, bounded) {
			t.Fatalf("letters lost:\n%q\nbecame\n%q", clean, bounded)
		}
	})
}

// keepsLetters reports whether every letter of from is in to, in order.
func keepsLetters(from, to string) bool {
	rest := to
	for _, r := range from {
		if !unicode.IsLetter(r) {
			continue
		}
		i := strings.IndexRune(rest, r)
		if i < 0 {
			return false
		}
		rest = rest[i+len(string(r)):]
	}
	return true
}
