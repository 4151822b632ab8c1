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
	for blk := range markdownBlocks(md) {
		if blk.scan(nil).depth > maxNesting {
			return true
		}
	}
	return false
}

// listDepth follows the list items open in a block to tell how deep an
// indented item nests.
type listDepth struct {
	open []int // columns of the list markers still open, innermost last
}

// depth is how deeply the line with markers m nests, counting the items
// it is indented under.
func (l *listDepth) depth(m lineMarks) int {
	depth := m.quotes + m.lists
	if m.lists > 0 && !m.quotedFirst {
		// Items indented under an open item are nested in it; an item
		// needs at least two more columns than its parent ("- ").
		for len(l.open) > 0 && l.open[len(l.open)-1]+2 > m.firstCol {
			l.open = l.open[:len(l.open)-1]
		}
		l.open = append(l.open, m.firstCol)
		depth += len(l.open) - 1
	}
	return depth
}

// lineMarks is what lineMarkers finds at the start of a line.
type lineMarks struct {
	quotes, lists int
	firstCol      int  // the column of the first marker
	quotedFirst   bool // whether the first marker is a '>'
	listCol       int  // the column of the first list marker
	listMarker    byte // its character: '-', '*', '+', ':', '.' or ')'
	text          int  // where the text after the markers starts
}

// lineMarkers counts the block-quote and list markers at the start of a
// line.
func lineMarkers(line string) lineMarks {
	var m lineMarks
	if isThematicBreak(line) {
		return m
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
			if m.quotes+m.lists == 0 {
				m.firstCol, m.quotedFirst = col, true
			}
			m.quotes++
			col++
			i++
		default:
			n := listMarkerLen(line[i:])
			if n == 0 {
				m.text = i
				return m
			}
			if m.quotes+m.lists == 0 {
				m.firstCol = col
			}
			if m.lists == 0 {
				m.listCol, m.listMarker = col, line[i+n-1]
			}
			m.lists++
			col += n
			i += n
		}
	}
	m.text = i
	return m
}

// listMarkerLen returns the length of the bullet ("-", "*", "+") or ordered
// ("12.", "3)") list marker, or of the ':' that opens a definition, at the
// start of s, or 0. A marker must be followed by a space, a tab or the
// end of the line.
func listMarkerLen(s string) int {
	n := 0
	switch {
	case s[0] == '-' || s[0] == '*' || s[0] == '+' || s[0] == ':':
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

// isBlank reports a line of nothing but spaces and tabs.
func isBlank(line string) bool {
	return strings.Trim(line, " \t") == ""
}
