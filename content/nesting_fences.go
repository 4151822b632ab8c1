package content

import "strings"

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
