package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/creack/pty"
)

// craftedArticle has one of each thing a screen reader would read a mark
// of aloud in `brief read --plain`.
const craftedArticle = `---
title: River levels rise
byline: A. Writer
source: Test Desk
---
The river is *rising* and the dam is **full**. See [the agency](https://agency.example/levels)
or [www.same.example](https://www.same.example/) or <https://plain.example/>.

## What to do

- Move to high ground
- Keep a radio
  - Nested point

1. Pack water
2. Pack food

> “Stay calm” — the mayor’s words…

---

` + "```" + `
code line one
` + "```" + `

Last words.
`

// craftedWords are the words of craftedArticle in order, as they are
// meant to be heard: each address once, nothing of the marks.
const craftedWords = "River levels rise By A Writer Test Desk 1 min read " +
	"The river is rising and the dam is full See the agency https agency example levels " +
	"or www same example or https plain example What to do Move to high ground Keep a radio " +
	"Nested point 1 Pack water 2 Pack food Stay calm the mayor s words code line one Last words"

// spokenMarks are what a screen reader would read out of --plain.
var spokenMarks = []string{"#", "*", "│", "|", "─", "•", "→", "·", "—", "“", "’", "…", "\x1b", "\u009b"}

// writeMarkdownFile writes an .md article into a fresh folder.
func writeMarkdownFile(t *testing.T, md string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "article.md")
	if err := os.WriteFile(path, []byte(md), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// words are the runs of letters and digits of s, in order.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// `brief read --accessible` prints an article in words alone for a
// screen reader: the same words as --plain, in the same order, without
// the marks --plain shows of headings, emphasis, lists, quotes and rules.
func TestReadAccessibleHasTheWordsWithoutTheMarks(t *testing.T) {
	crafted := writeMarkdownFile(t, craftedArticle)
	tests := map[string]struct {
		args []string
		want []string // the words, in order; nil: those of --plain
	}{
		"the built-in article": {args: nil},
		"a crafted .md":        {args: []string{crafted}, want: words(craftedWords)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := run(t, "", append([]string{"read", "--accessible"}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d; stderr: %s", code, errOut)
			}
			for _, mark := range spokenMarks {
				if strings.Contains(out, mark) {
					t.Errorf("the output holds %q:\n%s", mark, out)
				}
			}
			want := tc.want
			if want == nil {
				plain, _, _ := run(t, "", append([]string{"read", "--plain"}, tc.args...)...)
				want = words(plain)
			}
			if got := words(out); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("words:\n%s\nwant:\n%s", strings.Join(got, " "), strings.Join(want, " "))
			}
		})
	}
}

// The whole layout of the crafted article, as a screen reader gets it:
// headings on their own lines, numbered items numbered, bullet items as
// lines, a link's address in brackets when it is not the link's text,
// quotes and dashes straight.
func TestReadAccessibleCraftedArticleGolden(t *testing.T) {
	out, errOut, code := run(t, "", "read", "--accessible", "--width", "60", writeMarkdownFile(t, craftedArticle))
	if code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, errOut)
	}
	golden.RequireEqual(t, out)
}

// An escape sequence in an article is text from outside: --accessible
// prints none, whether it is in the text, the title or a link.
func TestReadAccessiblePrintsNoEscapeFromTheArticle(t *testing.T) {
	md := "---\ntitle: \"Red \\e[31malert\"\n---\n" +
		"Plain \x1b[2J\x1b[31mred\x1b[0m text, a \x1b]8;;https://evil.example\x07hidden link\x1b]8;;\x07 " +
		"and a \u009b31mC1 colour and [a link](https://ok.example/\x1b[5m).\n"
	out, errOut, code := run(t, "", "read", "--accessible", writeMarkdownFile(t, md))
	if code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, errOut)
	}
	if strings.ContainsAny(out, "\x1b\u009b\x07") {
		t.Errorf("an escape sequence reached stdout: %q", out)
	}
	for _, want := range []string{"alert", "red text", "hidden link", "colour"} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q: %q", want, out)
		}
	}
}

// At a terminal, which --plain would colour (and CLICOLOR_FORCE=1 asks
// to colour), --accessible prints plain text and does not open the
// full screen.
func TestReadAccessibleAtATerminalIsPlain(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("no terminal to test with: %v", err)
	}
	defer ptmx.Close()
	read := make(chan string)
	go func() {
		b, _ := io.ReadAll(ptmx) // until the terminal closes
		read <- string(b)
	}()
	done := make(chan int)
	var errOut bytes.Buffer
	go func() {
		done <- Execute(context.Background(), Env{Version: "test",
			Args:  []string{"--data-dir", t.TempDir(), "read", "--accessible", "--style", "dark"},
			Stdin: tty, Stdout: tty, Stderr: &errOut,
			Environ: []string{"TERM=xterm-256color", "COLORTERM=truecolor", "CLICOLOR_FORCE=1"}})
	}()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d; stderr: %s", code, errOut.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("brief read --accessible is still running: it opened the full screen")
	}
	tty.Close()
	out := <-read
	if strings.Contains(out, "\x1b") {
		t.Errorf("the terminal got escape sequences: %.400q", out)
	}
	if !strings.Contains(out, "Putin") {
		t.Errorf("the article is not printed: %.400q", out)
	}
}

// A web page read with --accessible is printed in words alone, as a file
// is, and kept for reading offline as --plain keeps it.
func TestReadAccessibleWebPage(t *testing.T) {
	srv, _ := newsSite(t)
	out, errOut, code := teach(t, t.TempDir(), t.TempDir(), "read", srv.URL+"/s/summit", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	mustContain(t, "stdout", out, "Russia, North Korea leaders' meeting under global spotlight",
		"By Fazli M. Auff, "+srv.URL+"/2023/09/17/summit/", "Vostochny")
	for _, mark := range spokenMarks {
		if strings.Contains(out, mark) {
			t.Errorf("the output holds %q:\n%s", mark, out)
		}
	}
	mustContain(t, "stderr", errOut, "brief: kept for reading offline: brief read saved-articles --article ")
}

// brief --accessible, with no command, prints the built-in article as
// brief read --accessible does, as brief --plain matches read --plain.
func TestRootAccessibleIsReadAccessible(t *testing.T) {
	root, errOut, code := run(t, "", "--accessible")
	read, _, _ := run(t, "", "read", "--accessible")
	if code != 0 || root != read {
		t.Errorf("brief --accessible: exit %d, stderr %q; its output differs from brief read --accessible:\n%s", code, errOut, root)
	}
}
