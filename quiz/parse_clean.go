package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanText drops from untrusted multi-line text the characters that could
// act on a terminal or reorder what is shown: escape sequences, control
// characters other than newline, and bidirectional overrides. Tabs become spaces and the
// text is trimmed.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			i = SkipEscape(s, i) // the whole sequence, not only its ESC
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r), isBidiControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// cleanLine is cleanText for one-line values: runs of white space,
// newlines included, become one space.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

// isBidiControl reports the invisible characters that change the display
// order of text around them ("Trojan Source").
func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') || r == '\u200E' || r == '\u200F' || r == '\u061C'
}
