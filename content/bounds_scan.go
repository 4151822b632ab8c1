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

// blockScan is what a scan carries from one line of a block to the next.
type blockScan struct {
	s     blockStats
	lists map[listKey]int // items of each list, across blocks; nil to not count
	ld    listDepth
	inl   inlineNesting
	fence fenceFollower
	inner fenceFollower // a fence inside a quote or list item

	lastDepth, tableCols, prevQuotes int
	prevBlank, prevText              bool
	prevContent                      string // the text of the line before, after its markers
	runLines, runBytes               int    // the open run of code that cannot be cut
	pieceLines, pieceBytes           int    // the piece of a fenced code block since the last cut
}

// scan measures a block. lists, when not nil, counts the items of each
// list across blocks.
func (blk *mdBlock) scan(lists map[listKey]int) blockStats {
	sc := blockScan{lists: lists, prevBlank: true}
	i := -1
	for line := range strings.Lines(blk.text) {
		i++
		sc.s.lines++
		text := strings.TrimRight(line, "\r\n")
		kind := blk.kind(i)
		switch kind {
		case mdCode:
			sc.codeLine(text, len(line))
			continue
		case mdFakeFence:
			sc.s.fakeFences = true
		case mdText:
		}
		if isBlank(text) {
			sc.blankLine(len(line))
			continue
		}
		sc.textLine(i, text, len(line), kind == mdFakeFence)
	}
	sc.s.inlineWork = sc.inl.work
	return sc.s
}

// codeLine measures a line of a fenced code block, its fences included:
// a piece of the block past maxCodeWork must be cut.
func (sc *blockScan) codeLine(text string, size int) {
	if sc.fence.next(text) {
		sc.pieceLines++
		sc.pieceBytes += size
		if sc.pieceLines*sc.pieceBytes > maxCodeWork && sc.pieceLines > 1 {
			sc.s.cutFences = true
			sc.pieceLines, sc.pieceBytes = 1, size
		}
	} else {
		sc.pieceLines, sc.pieceBytes = 0, 0
	}
	sc.inl.reset()
	sc.prevBlank, sc.prevText, sc.tableCols = false, false, 0
}

// blankLine measures a blank line, which ends a paragraph and a table
// but not code that cannot be cut.
func (sc *blockScan) blankLine(size int) {
	sc.inl.reset()
	if sc.runLines > 0 {
		sc.runLines++
		sc.runBytes += size
	}
	sc.prevBlank, sc.prevText, sc.tableCols = true, false, 0
}

// textLine measures a line that is neither blank nor fenced code; fake
// tells an escaped fence, which neither opens nor closes one.
func (sc *blockScan) textLine(i int, text string, size int, fake bool) {
	m := lineMarkers(text)
	content := text[m.text:]
	atx := atxHeading(content)
	sc.nesting(text, m, atx > 0)
	work := sc.inl.work
	sc.inl.line(text)
	sc.s.inline = max(sc.s.inline, sc.inl.max)
	sc.table(content)
	if t := strings.TrimLeft(text, " \t>"); strings.HasPrefix(t, "[") && strings.Contains(t, "]:") {
		sc.s.refDefs++
		sc.inl.work = work // a definition shows nothing
	}
	sc.heading(i, text, m, atx)
	sc.codeRun(text, content, size, fake)
	sc.prevBlank, sc.prevText = false, true
}

// nesting measures how deeply a line with markers m nests, whether it may
// start a block in goldmark, and how long the list it is an item of has
// grown.
func (sc *blockScan) nesting(text string, m lineMarks, atx bool) {
	d := sc.ld.depth(m)
	if m.quotes+m.lists == 0 {
		d = max(d, sc.lastDepth) // a continuation line is as deep as the line it continues
	}
	sc.lastDepth = d
	sc.s.depth = max(sc.s.depth, d)
	if c := min(d, maxNesting+1); c > 1 {
		sc.s.nestCost += c*c - 1 // one level costs no more than none
	}
	// A line opens a block after a blank line, with a list marker, with
	// more or fewer quote markers than the line before, or as a heading
	// or a fence.
	if sc.prevBlank || m.lists > 0 || m.quotes != sc.prevQuotes || atx || fenceStart(text) {
		sc.s.starts++
	}
	sc.prevQuotes = m.quotes
	if sc.lists != nil && m.lists > 0 {
		k := listKey{m.quotes, m.listCol, m.listMarker}
		sc.lists[k]++
		sc.s.listWork += sc.lists[k]
	}
}

// table counts the columns and cells of the table a line opens or
// continues.
func (sc *blockScan) table(content string) {
	switch {
	case sc.tableCols > 0:
		sc.s.tableCells += sc.tableCols
	case isDelimiterRow(content):
		sc.tableCols = delimiterColumns(content)
		sc.s.tableCols = max(sc.s.tableCols, sc.tableCols)
		sc.s.tableCells += 2 * sc.tableCols
	}
}

// heading notes line i if it is a heading: an ATX heading, whose "#" run
// ends atx bytes after its markers m, or a setext underline under a line
// of text.
func (sc *blockScan) heading(i int, text string, m lineMarks, atx int) {
	content := text[m.text:]
	switch {
	case atx > 0:
		sc.s.headings = append(sc.s.headings, headingLine{line: i, at: m.text, key: headingKey(content[atx:])})
	case sc.prevText:
		if at := setextUnderline(text); at >= 0 {
			sc.s.headings = append(sc.s.headings, headingLine{line: i, at: at, key: headingKey(sc.prevContent)})
		}
	}
	sc.prevContent = content
}

// codeRun measures code that cannot be cut: indented code, and fences
// inside quotes and list items, whose lines count until the fence closes
// or the block ends. An escaped fence (fake) neither opens nor closes one.
func (sc *blockScan) codeRun(text, content string, size int, fake bool) {
	maybeCode := codeIndent(text) >= 4 || sc.inner.char != 0
	if !fake && (sc.inner.char != 0 || fenceStart(content)) {
		sc.inner.next(content)
	}
	if maybeCode {
		sc.runLines++
		sc.runBytes += size
		sc.s.codeWork = max(sc.s.codeWork, sc.runLines*sc.runBytes)
	} else {
		sc.runLines, sc.runBytes = 0, 0
	}
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
