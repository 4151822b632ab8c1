package content

import "strings"

// maxNesting is the deepest nesting of block quotes and lists rendered as
// Markdown. Real articles stay within a handful of levels; thousands of
// levels make goldmark and Glamour take seconds for a few kilobytes.
const maxNesting = 20

// TooDeeplyNested reports whether md nests block quotes or lists more than
// maxNesting levels deep, so the renderer can show it as plain text
// instead. It is a cheap line scan that errs towards counting too deep:
// quote markers and list markers at the start of a line add up, and list
// items indented past an open item count as nested in it.
func TooDeeplyNested(md string) bool {
	var open []int // columns of the list markers still open, innermost last
	var fence fenceState
	for line := range strings.Lines(md) {
		line = strings.TrimRight(line, "\r\n")
		if fence.skip(line) {
			continue
		}
		quotes, lists, firstCol, quotedFirst := lineMarkers(line)
		depth := quotes + lists
		if lists > 0 && !quotedFirst {
			// Items indented under an open item are nested in it; an item
			// needs at least two more columns than its parent ("- ").
			for len(open) > 0 && open[len(open)-1]+2 > firstCol {
				open = open[:len(open)-1]
			}
			open = append(open, firstCol)
			depth += len(open) - 1
		}
		if depth > maxNesting {
			return true
		}
	}
	return false
}

// lineMarkers counts the block-quote and list markers at the start of a
// line. firstCol is the column of the first marker and quotedFirst whether
// that marker is a '>'.
func lineMarkers(line string) (quotes, lists, firstCol int, quotedFirst bool) {
	if isThematicBreak(line) {
		return 0, 0, 0, false
	}
	col, i := 0, 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			col++
			i++
		case c == '\t':
			col += 4 - col%4
			i++
		case c == '>':
			if quotes+lists == 0 {
				firstCol, quotedFirst = col, true
			}
			quotes++
			col++
			i++
		default:
			n := listMarkerLen(line[i:])
			if n == 0 {
				return quotes, lists, firstCol, quotedFirst
			}
			if quotes+lists == 0 {
				firstCol = col
			}
			lists++
			col += n
			i += n
		}
	}
	return quotes, lists, firstCol, quotedFirst
}

// listMarkerLen returns the length of the bullet ("-", "*", "+") or ordered
// ("12.", "3)") list marker at the start of s, or 0. A marker must be
// followed by a space, a tab or the end of the line.
func listMarkerLen(s string) int {
	n := 0
	switch {
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		n = 1
	default:
		for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(s) || (s[n] != '.' && s[n] != ')') {
			return 0
		}
		n++
	}
	if n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n
}

// isThematicBreak reports a line made only of '-', '*' or '_' and spaces,
// such as "* * *", which must not count as nested list markers.
func isThematicBreak(line string) bool {
	var mark byte
	count := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case ' ', '\t':
		case '-', '*', '_':
			if mark != 0 && c != mark {
				return false
			}
			mark = c
			count++
		default:
			return false
		}
	}
	return count >= 3
}

// fenceState follows fenced code blocks, whose lines are not Markdown.
type fenceState struct {
	char byte // '`' or '~' while inside a fence, 0 outside
	size int  // length of the opening fence
}

// skip reports whether line belongs to a fenced code block (its opening and
// closing lines included) and updates the state.
func (f *fenceState) skip(line string) bool {
	char, size, rest := fenceRun(line)
	if f.char != 0 {
		if char == f.char && size >= f.size && strings.TrimSpace(rest) == "" {
			f.char = 0
		}
		return true
	}
	if size > 0 {
		f.char, f.size = char, size
		return true
	}
	return false
}

// fenceRun finds a code fence (three or more backticks or tildes after at
// most three spaces) at the start of line and returns its character, its
// length and the text after it; size is 0 when the line has none.
func fenceRun(line string) (char byte, size int, rest string) {
	indent := 0
	for indent < len(line) && indent < 4 && line[indent] == ' ' {
		indent++
	}
	if indent > 3 || indent >= len(line) || (line[indent] != '`' && line[indent] != '~') {
		return 0, 0, ""
	}
	char = line[indent]
	end := indent
	for end < len(line) && line[end] == char {
		end++
	}
	if end-indent < 3 {
		return 0, 0, ""
	}
	return char, end - indent, line[end:]
}

// PlainFallback prepares text that TooDeeplyNested refused for showing
// verbatim inside a fenced code block: it is cleaned like any text, and the
// backticks or tildes of any line that could open or close a fence become
// look-alikes (U+02CB, U+02DC), so the text cannot break out of the block.
// Everything else, Markdown markers included, stays as written.
func PlainFallback(md string) string {
	md = CleanText(md)
	var b strings.Builder
	b.Grow(len(md))
	for line := range strings.Lines(md) {
		char, size, _ := fenceRun(line)
		if size == 0 {
			b.WriteString(line)
			continue
		}
		start := strings.IndexByte(line, char)
		look := "\u02cb" // modifier letter grave accent
		if char == '~' {
			look = "\u02dc" // small tilde
		}
		b.WriteString(line[:start])
		b.WriteString(strings.Repeat(look, size))
		b.WriteString(line[start+size:])
	}
	return b.String()
}
