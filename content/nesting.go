package content

import (
	"brief/internal/sanitize"
	"strings"
)

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

// lineKind is what codeTracker makes of a line.
type lineKind byte

const (
	mdText      lineKind = iota
	mdCode               // a line of a fenced code block, its fences included
	mdFakeFence          // a fence goldmark might not read as one: escape it
)

// codeTracker follows, line by line, the fenced code blocks of a Markdown
// text, so that the lines goldmark reads as code can be told from those it
// reads as Markdown. It follows the fences goldmark is sure to read as
// such: those at the left margin, and those indented by one to three
// spaces when no list item opened in the block, unless an HTML block may be
// open. Any other fence is marked mdFakeFence: goldmark may read it as HTML,
// or as a fence that the end of a list item closes, after which its
// closing fence would open a block of its own. Escaped, it is no fence to
// goldmark either, so what the tracker calls code is code to goldmark, and
// nothing else is. (A fenced block indented in a list item is shown as
// text; news articles have none.)
type codeTracker struct {
	fenceChar byte   // '`' or '~' inside a fence, 0 outside
	fenceSize int    // length of the opening fence
	fenceOpen string // the opening line

	html    bool   // maybe inside an HTML block
	htmlEnd string // what ends it; "" for a blank line

	afterBlank  bool // the previous line was blank, or there was none
	listInBlock bool // a list item or definition opened since the last block start
}

func newCodeTracker() codeTracker { return codeTracker{afterBlank: true} }

// blockStart reports whether line, the next line, starts a block: a line
// at the left margin after a blank line, outside a fence. There goldmark
// has closed every block quote, list and paragraph.
func (t *codeTracker) blockStart(line string) bool {
	return t.fenceChar == 0 && t.afterBlank && line != "" && line[0] != ' ' && line[0] != '\t' && !isBlank(line)
}

// next moves past line (without its line ending) and says what it is.
func (t *codeTracker) next(line string) lineKind {
	if t.fenceChar != 0 {
		if char, size, rest := fenceRun(line); char == t.fenceChar && size >= t.fenceSize && isBlank(rest) {
			t.fenceChar = 0
		}
		t.afterBlank = false
		return mdCode
	}
	if t.blockStart(line) {
		t.listInBlock = false
	}
	blank := isBlank(line)
	kind := mdText
	if char, size, rest := fenceRun(line); size > 0 && !(char == '`' && strings.IndexByte(rest, '`') >= 0) {
		switch {
		case t.html || (line[0] == ' ' && t.listInBlock):
			kind = mdFakeFence
		default:
			t.fenceChar, t.fenceSize, t.fenceOpen = char, size, line
			t.afterBlank = false
			return mdCode
		}
	}
	if lineMarkers(line).lists > 0 {
		t.listInBlock = true
	}
	switch {
	case t.html && t.htmlEnd == "":
		t.html = !blank
	case t.html:
		t.html = !containsFold(line, t.htmlEnd)
	default:
		if end, ok := htmlBlockStart(line); ok {
			t.html, t.htmlEnd = true, end
			if end != "" && containsFold(line, end) {
				t.html = false
			}
		}
	}
	t.afterBlank = blank
	return kind
}

// htmlBlockStart reports whether line (after at most three spaces) starts
// with '<', which may begin an HTML block, and what ends such a block:
// the closing tag or marker of the kinds that may hold blank lines, or ""
// for the others, which end at a blank line. Each kind is recognised
// more broadly than goldmark does, so the block is never thought closed
// before goldmark closes it.
func htmlBlockStart(line string) (end string, ok bool) {
	i := 0
	for i < len(line) && i < 3 && line[i] == ' ' {
		i++
	}
	if i >= len(line) || line[i] != '<' {
		return "", false
	}
	rest := line[i+1:]
	for _, tag := range []string{"script", "pre", "style", "textarea"} {
		if hasPrefixFold(rest, tag) {
			return "</" + tag + ">", true
		}
	}
	switch {
	case strings.HasPrefix(rest, "!--"):
		return "-->", true
	case strings.HasPrefix(rest, "?"):
		return "?>", true
	case strings.HasPrefix(rest, "![CDATA["):
		return "]]>", true
	case strings.HasPrefix(rest, "!"):
		return ">", true
	}
	return "", true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// containsFold reports whether s contains the ASCII text sub, ignoring
// case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
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

// PlainFallback prepares text for showing verbatim inside a fenced code
// block: it is cleaned like any text, and the backticks or tildes of any
// line that could open or close a fence become look-alikes (U+02CB,
// U+02DC), so the text cannot break out of the block. Everything else,
// Markdown markers included, stays as written.
func PlainFallback(md string) string {
	md = sanitize.Text(md)
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

// writePlainParagraphs writes lines as plain paragraphs: the quote and
// list markers at their starts are dropped and every other character
// that Markdown could read as markup is backslash-escaped, so goldmark
// reads nothing but text, however the lines nested. A list item starts a
// paragraph of its own, as a blank line does; other lines join the
// paragraph before them, as they would in Markdown.
func writePlainParagraphs(b *strings.Builder, lines []string) {
	inPara := false
	for _, line := range lines {
		line = strings.TrimRight(line, "\r\n")
		m := lineMarkers(line)
		text := strings.Trim(line[m.text:], " \t")
		switch {
		case text == "":
			if inPara {
				b.WriteString("\n\n")
			}
			inPara = false
			continue
		case inPara && m.lists > 0:
			b.WriteString("\n\n")
		case inPara:
			b.WriteByte('\n')
		}
		writeEscaped(b, text)
		inPara = true
	}
	if inPara {
		b.WriteString("\n\n")
	}
}

// writeEscaped writes s with a backslash before every ASCII punctuation
// character, which CommonMark then reads as that character and nothing
// more.
func writeEscaped(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if isASCIIPunct(s[i]) {
			b.WriteString(s[start:i])
			b.WriteByte('\\')
			start = i
		}
	}
	b.WriteString(s[start:])
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}
