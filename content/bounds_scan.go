package content

import "strings"

// fenceFollower follows the fenced code blocks of a block, given the lines
// codeTracker calls code, to cut the long ones.
type fenceFollower struct {
	char byte
	size int
	open string // the opening line, to open the block again after a cut
}

// next moves past line and reports whether it is inside a fence, not
// counting the opening and closing lines.
func (f *fenceFollower) next(line string) (inside bool) {
	char, size, rest := fenceRun(line)
	if f.char != 0 {
		if char == f.char && size >= f.size && isBlank(rest) {
			f.char = 0
			return false
		}
		return true
	}
	if size > 0 && !(char == '`' && strings.IndexByte(rest, '`') >= 0) {
		f.char, f.size, f.open = char, size, line
	}
	return false
}

// blockStats is what a scan of a block finds.
type blockStats struct {
	depth      int // the deepest quote and list nesting of a line
	nestCost   int // the lines' squared depths less one, summed
	inline     int // the deepest estimated emphasis and link nesting
	inlineWork int // the estimated work of the inline markup
	lines      int
	starts     int // lines that may start a block in goldmark
	tableCols  int // the widest table
	tableCells int
	refDefs    int  // lines that look like link reference definitions
	codeWork   int  // the most lines × bytes of code that cannot be cut
	cutFences  bool // a fenced code block must be cut
	fakeFences bool // a line looks like a fence but must be escaped
	listWork   int  // items counted along their lists, summed
	headings   []headingLine
}

// headingLine is a heading found in a scan: its line, its id's key, and
// where a backslash stops it being a heading.
type headingLine struct {
	line, at int
	key      string
}

// listKey tells lists apart well enough to follow how long each grows:
// its quote depth, the column of its marker and the marker.
type listKey struct {
	quotes, col int
	marker      byte
}

// scan measures a block. lists, when not nil, counts the items of each
// list across blocks.
func (blk *mdBlock) scan(lists map[listKey]int) blockStats {
	var s blockStats
	var ld listDepth
	var inl inlineNesting
	var fence fenceFollower
	var inner fenceFollower // a fence inside a quote or list item
	lastDepth, tableCols, prevQuotes := 0, 0, 0
	prevBlank, prevText := true, false
	prevContent := "" // the text of the line before, after its markers
	runLines, runBytes := 0, 0
	pieceLines, pieceBytes := 0, 0
	i := -1
	for line := range strings.Lines(blk.text) {
		i++
		s.lines++
		text := strings.TrimRight(line, "\r\n")
		switch blk.kind(i) {
		case mdCode:
			if fence.next(text) {
				pieceLines++
				pieceBytes += len(line)
				if pieceLines*pieceBytes > maxCodeWork && pieceLines > 1 {
					s.cutFences = true
					pieceLines, pieceBytes = 1, len(line)
				}
			} else {
				pieceLines, pieceBytes = 0, 0
			}
			inl.reset()
			prevBlank, prevText, tableCols = false, false, 0
			continue
		case mdFakeFence:
			s.fakeFences = true
		case mdText:
		}
		if isBlank(text) {
			inl.reset()
			if runLines > 0 {
				runLines++
				runBytes += len(line)
			}
			prevBlank, prevText, tableCols = true, false, 0
			continue
		}
		m := lineMarkers(text)
		marked := m.quotes+m.lists > 0
		d := ld.depth(m)
		if !marked {
			d = max(d, lastDepth) // a continuation line is as deep as the line it continues
		}
		lastDepth = d
		s.depth = max(s.depth, d)
		if c := min(d, maxNesting+1); c > 1 {
			s.nestCost += c*c - 1 // one level costs no more than none
		}
		content := text[m.text:]
		atx := atxHeading(content)
		// A line opens a block after a blank line, with a list marker,
		// with more or fewer quote markers than the line before, or as a
		// heading or a fence.
		if prevBlank || m.lists > 0 || m.quotes != prevQuotes || atx > 0 || fenceStart(text) {
			s.starts++
		}
		prevQuotes = m.quotes
		if lists != nil && m.lists > 0 {
			k := listKey{m.quotes, m.listCol, m.listMarker}
			lists[k]++
			s.listWork += lists[k]
		}
		work := inl.work
		inl.line(text)
		s.inline = max(s.inline, inl.max)

		switch {
		case tableCols > 0:
			s.tableCells += tableCols
		case isDelimiterRow(content):
			tableCols = delimiterColumns(content)
			s.tableCols = max(s.tableCols, tableCols)
			s.tableCells += 2 * tableCols
		}
		if t := strings.TrimLeft(text, " \t>"); strings.HasPrefix(t, "[") && strings.Contains(t, "]:") {
			s.refDefs++
			inl.work = work // a definition shows nothing
		}
		switch {
		case atx > 0:
			s.headings = append(s.headings, headingLine{line: i, at: m.text, key: headingKey(content[atx:])})
		case prevText:
			if at := setextUnderline(text); at >= 0 {
				s.headings = append(s.headings, headingLine{line: i, at: at, key: headingKey(prevContent)})
			}
		}
		prevContent = content

		// Code that cannot be cut: indented code, and fences inside
		// quotes and list items, whose lines count until the fence
		// closes or the block ends.
		// An escaped fence neither opens nor closes one.
		maybeCode := codeIndent(text) >= 4 || inner.char != 0
		if blk.kind(i) != mdFakeFence && (inner.char != 0 || fenceStart(content)) {
			inner.next(content)
		}
		if maybeCode {
			runLines++
			runBytes += len(line)
			s.codeWork = max(s.codeWork, runLines*runBytes)
		} else {
			runLines, runBytes = 0, 0
		}
		prevBlank, prevText = false, true
	}
	s.inlineWork = inl.work
	return s
}

// atxHeading returns the length of the "#" run that opens an ATX heading
// at the start of s (after at most three spaces), or 0.
func atxHeading(s string) int {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 {
		return 0
	}
	n := 0
	for n < len(t) && n < 7 && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return 0
	}
	return len(s) - len(t) + n
}

// setextUnderline returns where a line of only '=' or only '-' (after any
// quote markers and spaces) starts, or -1. After a line of text it makes
// that line a heading.
func setextUnderline(line string) int {
	t := strings.TrimLeft(line, " \t>")
	u := strings.TrimRight(t, " \t")
	if u == "" || (strings.Trim(u, "=") != "" && strings.Trim(u, "-") != "") {
		return -1
	}
	return len(line) - len(t)
}

// headingKey groups headings whose ids goldmark could make collide: its
// ids keep a heading's ASCII letters and digits, lowercased, with '-' for
// spaces, and add "-1", "-2"… to repeats. The key keeps the letters and
// digits alone and drops the digits at the end, so headings goldmark
// makes try each other's ids always share a key.
func headingKey(text string) string {
	key := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			key = append(key, c+'a'-'A')
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			key = append(key, c)
		}
	}
	for len(key) > 0 && key[len(key)-1] >= '0' && key[len(key)-1] <= '9' {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		return "heading"
	}
	return string(key)
}

// fenceStart reports whether s opens with a code fence.
func fenceStart(s string) bool {
	_, size, _ := fenceRun(s)
	return size > 0
}

// codeIndent is how far the text of line is indented after its quote
// markers (each with the space after it): four columns make indented
// code.
func codeIndent(line string) int {
	col, base := 0, 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		case '>':
			col++
			if i+1 < len(line) && line[i+1] == ' ' {
				col++
				i++
			}
			base = col
		default:
			return col - base
		}
	}
	return 0
}

// isDelimiterRow reports a table's delimiter row, such as "|---|:-:|":
// only pipes, dashes, colons and spaces, with a pipe and a dash.
func isDelimiterRow(s string) bool {
	if strings.Trim(s, "|-: \t") != "" {
		return false
	}
	return strings.IndexByte(s, '|') >= 0 && strings.IndexByte(s, '-') >= 0
}

// delimiterColumns counts the columns of a delimiter row.
func delimiterColumns(s string) int {
	n := 0
	for cell := range strings.SplitSeq(s, "|") {
		if strings.IndexByte(cell, '-') >= 0 {
			n++
		}
	}
	return n
}
