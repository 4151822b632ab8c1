package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The plain quiz's lines fit the terminal: no row is wider than it (a
// wider one the terminal breaks anywhere, a lone hyphen onto a row of its
// own), a word is never cut, a row after a prompt fits beside it, and an
// indented line's rows keep the indent.
func TestPlainWriterWrapsToTheWidth(t *testing.T) {
	var out strings.Builder
	w := &plainWriter{w: &out, width: func() int { return 60 }}
	title := "Russia, North Korea leaders' meeting under global spotlight - 3 questions"
	reason := "  Why: The previous meeting was in 2019; the coup attempt was two months before the summit; Air Koryo flew two weeks before the article."
	w.Write([]byte(title + "\n" + reason + "\n> "))
	w.flush()
	w.Write([]byte("a very long answer typed after the prompt that runs well past the end of the row\n"))
	rows := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	for _, r := range rows {
		if ansi.StringWidth(r) > 60 {
			t.Errorf("row wider than 60: %q", r)
		}
		if strings.TrimSpace(r) == "-" {
			t.Errorf("a hyphen on a row of its own:\n%s", out.String())
		}
	}
	words := strings.Fields(title + " " + reason + " > a very long answer typed after the prompt that runs well past the end of the row")
	if got := strings.Fields(out.String()); strings.Join(got, " ") != strings.Join(words, " ") {
		t.Errorf("words changed:\n%s", out.String())
	}
	for _, r := range rows[2:4] {
		if !strings.HasPrefix(r, "  ") {
			t.Errorf("the reason's row %q lost its indent", r)
		}
	}
	if !strings.HasPrefix(rows[len(rows)-2], "> a very") || ansi.StringWidth(rows[len(rows)-2]) > 60 {
		t.Errorf("the row after the prompt: %q", rows[len(rows)-2])
	}
}

func TestWrapWordsCutsOnlyWordsLongerThanARow(t *testing.T) {
	tests := []struct {
		s           string
		first, rest int
		want        []string
	}{
		{"one two three", 7, 7, []string{"one two", "three"}},
		{"one two three", 3, 9, []string{"one", "two three"}},
		{"abcdefghij kl", 4, 4, []string{"abcd", "efgh", "ij", "kl"}},
		{"F-16 jets", 4, 10, []string{"F-16", "jets"}},
		{"漢字 x", 1, 1, []string{"漢", "字", "x"}},
	}
	for _, tc := range tests {
		if got := wrapWords(tc.s, tc.first, tc.rest); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrapWords(%q, %d, %d) = %q, want %q", tc.s, tc.first, tc.rest, got, tc.want)
		}
	}
}
