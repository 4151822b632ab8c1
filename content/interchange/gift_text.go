package interchange

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gchar is one character of GIFT source after escapes are resolved: esc
// marks a character written with a backslash, which never acts as syntax.
// line and col say where it was written, for located messages.
type gchar struct {
	r         rune
	esc       bool
	line, col int
}

// gtext is a run of GIFT source, character by character.
type gtext []gchar

// giftEscapes are the characters a backslash makes literal.
const giftEscapes = "~=#{}:\\"

// appendGIFTLine appends one source line to out as characters, trimmed,
// resolving the GIFT escapes: \~ \= \# \{ \} \: \\ give the character,
// \n a newline. Any other backslash is kept as written, as Moodle does.
func appendGIFTLine(out gtext, line string, lineNo int) gtext {
	start := len(out)
	col := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		i += size
		col++
		if r == '\\' && i < len(line) {
			switch next := line[i]; {
			case strings.IndexByte(giftEscapes, next) >= 0:
				out = append(out, gchar{r: rune(next), esc: true, line: lineNo, col: col})
				i++
				col++
				continue
			case next == 'n':
				out = append(out, gchar{r: '\n', esc: true, line: lineNo, col: col})
				i++
				col++
				continue
			}
		}
		out = append(out, gchar{r: r, line: lineNo, col: col})
	}
	trimmed := out[start:].trim()
	n := copy(out[start:], trimmed)
	return out[:start+n]
}

// index returns the position of the first unescaped occurrence of s at or
// after from, or -1.
func (g gtext) index(s string, from int) int {
	want := []rune(s)
	for i := from; i+len(want) <= len(g); i++ {
		if g.at(i, want) {
			return i
		}
	}
	return -1
}

// lastIndex returns the position of the last unescaped occurrence of s, or -1.
func (g gtext) lastIndex(s string) int {
	want := []rune(s)
	for i := len(g) - len(want); i >= 0; i-- {
		if g.at(i, want) {
			return i
		}
	}
	return -1
}

// at reports whether the unescaped runes want start at position i.
func (g gtext) at(i int, want []rune) bool {
	for j, r := range want {
		if g[i+j].esc || g[i+j].r != r {
			return false
		}
	}
	return true
}

// hasPrefix reports whether g starts with the unescaped text s.
func (g gtext) hasPrefix(s string) bool {
	return len(g) >= len([]rune(s)) && g.at(0, []rune(s))
}

// trim drops surrounding unescaped white space (an escaped \n is content).
func (g gtext) trim() gtext {
	start, end := 0, len(g)
	for start < end && !g[start].esc && unicode.IsSpace(g[start].r) {
		start++
	}
	for end > start && !g[end-1].esc && unicode.IsSpace(g[end-1].r) {
		end--
	}
	return g[start:end]
}

// trimLeft drops leading unescaped white space.
func (g gtext) trimLeft() gtext {
	start := 0
	for start < len(g) && !g[start].esc && unicode.IsSpace(g[start].r) {
		start++
	}
	return g[start:]
}

// split cuts g before every unescaped rune in seps; each piece keeps its
// leading separator, and text before the first separator is piece zero.
func (g gtext) split(seps string) []gtext {
	var pieces []gtext
	start := 0
	for i, c := range g {
		if i > start && !c.esc && strings.ContainsRune(seps, c.r) {
			pieces = append(pieces, g[start:i])
			start = i
		}
	}
	return append(pieces, g[start:])
}

// String gives the text a reader sees: escapes resolved, and each source
// line break a space, since GIFT wraps long questions over several lines
// (source lines are trimmed when read; a written \n stays a newline).
func (g gtext) String() string {
	var b strings.Builder
	for _, c := range g {
		if c.r == '\n' && !c.esc {
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(c.r)
	}
	return b.String()
}

// pos returns the line and column of the first character, or of fallback
// when g is empty.
func (g gtext) pos(fallback gchar) (int, int) {
	if len(g) == 0 {
		return fallback.line, fallback.col
	}
	return g[0].line, g[0].col
}

// escapeGIFT writes text so that GIFT reads it back unchanged: the special
// characters get a backslash and newlines become \n.
func escapeGIFT(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n', r == '\u2028', r == '\u2029':
			// A line or paragraph separator (YAML's \L and \P) is a line
			// break too: written raw, it would break the line in some
			// editors and not in others.
			b.WriteString(`\n`)
		case r == '\r':
		case strings.ContainsRune(giftEscapes, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
