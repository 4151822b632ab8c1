package content

import (
	"iter"
	"strings"
)

// The limits below keep what Glamour is given bounded in time and memory,
// whatever an article holds. goldmark and Glamour take time out of all
// proportion to the size of some Markdown: nesting (quotes, lists,
// emphasis) and wide tables cost quadratic time or recurse until Go stops
// with a fatal stack overflow, and Glamour copies a code block once per
// line, numbers a list item by counting the items before it, and goldmark
// finds each repeated heading an id by trying every number before it.
// Real articles stay far within every limit and render unchanged.
const (
	// maxNestingCost bounds the squared quote and list depth of the lines
	// of a text (less one), summed: each level of nesting re-renders what
	// is inside it, and each nested quote is a block of its own.
	maxNestingCost = 40000
	// maxTableColumns is the widest table rendered as a table.
	maxTableColumns = 64
	// maxTableCells bounds the cells of all the tables of a text.
	maxTableCells = 20000
	// maxRefDefs is how many link reference definitions one paragraph
	// may hold before each is given a paragraph of its own: goldmark
	// copies the rest of the paragraph for every definition it takes out.
	maxRefDefs = 100
	// maxCodeWork bounds a code block's lines times its bytes, the work
	// of the copying Glamour does for it; a fenced block past it is cut
	// into several.
	maxCodeWork = 8 << 20
	// maxHeadingWork bounds the tries goldmark makes to give headings
	// with the same text ids of their own.
	maxHeadingWork = 100000
	// maxRenderWork bounds the work estimated for a whole text, in units
	// of about 5µs of rendering: one a line, six a block (a paragraph, a
	// list item, a quote, a heading), two a table cell, one or two a piece
	// of inline markup.
	maxRenderWork = 200000
	// runningTextParagraph is the size of the paragraphs of running text
	// that a text past maxRenderWork ends in.
	runningTextParagraph = 32 << 10
)

// boundMarkdown returns md, sanitized Markdown, ready for Glamour. The
// text is taken block by block, a block running from a line at the left
// margin after a blank line to the next such line. A block that nests
// too deeply (block quotes and lists past maxNesting, emphasis and links
// past maxInlineNesting, or past maxNestingCost with the blocks before
// it) is shown as plain paragraphs of its words. A block with a table too
// wide or past maxTableCells, or code that cannot be cut, is shown
// verbatim in code blocks. Long code blocks are cut into several, runs of
// link reference definitions into paragraphs, and headings past
// maxHeadingWork are shown as text. Once the estimated work passes
// maxRenderWork, the rest of the text is shown as running text.
func boundMarkdown(md string) string {
	var g mdGuard
	var b strings.Builder
	changed := false
	for blk := range markdownBlocks(md) {
		p := g.plan(blk)
		if !changed {
			if p.asWritten() {
				continue
			}
			changed = true
			b.Grow(len(md) + len(md)/8)
			b.WriteString(md[:blk.start])
		}
		g.write(&b, blk, p)
	}
	if !changed {
		return md
	}
	if g.running > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// mdBlock is a block of a text, as boundMarkdown cuts it.
type mdBlock struct {
	start int        // where the block starts in the text
	text  string     // the block, line endings included
	kinds []lineKind // what each line is; nil if all are mdText
	html  bool       // an HTML block may be open where the block starts
}

func (blk *mdBlock) kind(i int) lineKind {
	if i < len(blk.kinds) {
		return blk.kinds[i]
	}
	return mdText
}

// markdownBlocks cuts md into blocks, each starting where codeTracker's
// blockStart says goldmark starts afresh.
func markdownBlocks(md string) iter.Seq[mdBlock] {
	return func(yield func(mdBlock) bool) {
		t := newCodeTracker()
		var cur mdBlock
		n, pos := 0, 0
		for line := range strings.Lines(md) {
			text := strings.TrimRight(line, "\r\n")
			if pos > 0 && t.blockStart(text) {
				cur.text = md[cur.start:pos]
				if !yield(cur) {
					return
				}
				cur = mdBlock{start: pos, html: t.html}
				n = 0
			}
			if k := t.next(text); k != mdText || cur.kinds != nil {
				if cur.kinds == nil {
					cur.kinds = make([]lineKind, n, n+16)
				}
				cur.kinds = append(cur.kinds, k)
			}
			n++
			pos += len(line)
		}
		if pos > 0 {
			cur.text = md[cur.start:pos]
			yield(cur)
		}
	}
}

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

// mdGuard carries what boundMarkdown counts from block to block.
type mdGuard struct {
	work        int // estimated rendering work so far
	nestCost    int
	tableCells  int
	headingWork int
	headings    map[string]int // headings so far by key
	lists       map[listKey]int
	running     int // bytes of running text in the open paragraph, once past maxRenderWork
	exhausted   bool
}

type blockKind int

const (
	asMarkdown   blockKind = iota
	asParagraphs           // plain paragraphs of its words
	asVerbatim             // code blocks of its lines as written
	asRunning              // running text, once past maxRenderWork
)

// blockPlan is how a block is shown.
type blockPlan struct {
	kind  blockKind
	stats blockStats
	cut   map[int]int // headings to escape: line → where
}

// asWritten reports whether the block is shown exactly as written.
func (p blockPlan) asWritten() bool {
	s := p.stats
	return p.kind == asMarkdown && !s.cutFences && !s.fakeFences && s.refDefs <= maxRefDefs && len(p.cut) == 0
}

// plan measures blk, chooses how to show it and counts it.
func (g *mdGuard) plan(blk mdBlock) blockPlan {
	if g.exhausted {
		return blockPlan{kind: asRunning}
	}
	if g.lists == nil {
		g.lists = map[listKey]int{}
	}
	if first, _, _ := strings.Cut(blk.text, "\n"); lineMarkers(first).lists == 0 {
		clear(g.lists) // a block at the margin that is no list item ends every list
	}
	p := blockPlan{stats: blk.scan(g.lists)}
	s := p.stats
	switch {
	case s.depth > maxNesting || s.inline > maxInlineNesting || g.nestCost+s.nestCost > maxNestingCost:
		p.kind = asParagraphs
	case s.tableCols > maxTableColumns || g.tableCells+s.tableCells > maxTableCells || s.codeWork > maxCodeWork:
		// An HTML block open where the block starts could end inside
		// verbatim text and let the rest be read as Markdown.
		p.kind = asVerbatim
		if blk.html {
			p.kind = asParagraphs
		}
	}
	w := s.lines + 6*s.starts
	if p.kind == asMarkdown {
		w += 2*s.tableCells + s.nestCost/2 + s.listWork/128 + s.inlineWork
	}
	if g.work+w > maxRenderWork {
		g.exhausted = true
		return blockPlan{kind: asRunning}
	}
	g.work += w
	if p.kind != asMarkdown {
		clear(g.lists)
		return p
	}
	g.nestCost += s.nestCost
	g.tableCells += s.tableCells
	p.cut = g.countHeadings(s.headings)
	return p
}

// countHeadings accounts for a block's headings and returns the lines of
// those that would take goldmark too many tries to give an id.
func (g *mdGuard) countHeadings(hs []headingLine) map[int]int {
	var cut map[int]int
	for _, h := range hs {
		if g.headings == nil {
			g.headings = map[string]int{}
		}
		tries := 1 + g.headings[h.key]
		if g.headingWork+tries > maxHeadingWork {
			if cut == nil {
				cut = map[int]int{}
			}
			cut[h.line] = h.at
			continue
		}
		g.headingWork += tries
		g.headings[h.key]++
	}
	return cut
}

// write writes blk as planned.
func (g *mdGuard) write(b *strings.Builder, blk mdBlock, p blockPlan) {
	switch p.kind {
	case asRunning:
		g.writeRunning(b, blk.text)
	case asParagraphs:
		writePlainParagraphs(b, lineSlice(blk.text))
	case asVerbatim:
		writeVerbatim(b, blk.text)
	case asMarkdown:
		blk.writeMarkdown(b, p)
	}
}

func lineSlice(s string) []string {
	var lines []string
	for line := range strings.Lines(s) {
		lines = append(lines, line)
	}
	return lines
}

// writeMarkdown writes a block as Markdown, cutting its long fenced code
// blocks, giving its link reference definitions paragraphs of their own
// when it holds too many, and escaping the headings in cut.
func (blk *mdBlock) writeMarkdown(b *strings.Builder, p blockPlan) {
	if p.asWritten() {
		b.WriteString(blk.text)
		return
	}
	s, cut := p.stats, p.cut
	var fence fenceFollower
	pieceLines, pieceBytes := 0, 0
	i := -1
	for line := range strings.Lines(blk.text) {
		i++
		text := strings.TrimRight(line, "\r\n")
		switch blk.kind(i) {
		case mdFakeFence:
			at := strings.IndexAny(line, "`~")
			b.WriteString(line[:at] + "\\" + line[at:])
			continue
		case mdCode:
			if fence.next(text) {
				pieceLines++
				pieceBytes += len(line)
				if pieceLines*pieceBytes > maxCodeWork && pieceLines > 1 {
					// Close the block and open it again as it opened.
					open := fence.open
					indent := open[:len(open)-len(strings.TrimLeft(open, " "))]
					b.WriteString(indent + strings.Repeat(string(fence.char), fence.size) + "\n\n")
					b.WriteString(open + "\n")
					pieceLines, pieceBytes = 1, len(line)
				}
			} else {
				pieceLines, pieceBytes = 0, 0 // an opening or closing fence
			}
			b.WriteString(line)
			continue
		case mdText:
		}
		if s.refDefs > maxRefDefs && i > 0 && blk.kind(i) == mdText {
			prefix := text[:len(text)-len(strings.TrimLeft(text, " \t>"))]
			if rest := text[len(prefix):]; strings.HasPrefix(rest, "[") && strings.Contains(rest, "]:") {
				b.WriteString(strings.TrimRight(prefix, " \t") + "\n")
			}
		}
		if at, ok := cut[i]; ok {
			b.WriteString(line[:at])
			b.WriteByte('\\')
			b.WriteString(line[at:])
			continue
		}
		b.WriteString(line)
	}
}

// writeVerbatim writes text as code blocks, cut where one would pass
// maxCodeWork. Each opening fence has an info string, so it can never
// close a fence already open; PlainFallback keeps the lines from closing
// one.
func writeVerbatim(b *strings.Builder, text string) {
	const open, closing = "```text\n", "```\n"
	b.WriteString(open)
	lines, size := 0, 0
	for line := range strings.Lines(PlainFallback(text)) {
		if lines > 0 && (lines+1)*(size+len(line)) > maxCodeWork {
			b.WriteString(closing + "\n" + open)
			lines, size = 0, 0
		}
		b.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			b.WriteByte('\n')
		}
		lines++
		size += len(line)
	}
	b.WriteString(closing + "\n")
}

// writeRunning writes text as running text: the words of every line,
// markers dropped and markup escaped, joined by spaces into paragraphs of
// about runningTextParagraph bytes. Its line breaks are dropped because
// Glamour spends as much on a line break as on a dozen words.
func (g *mdGuard) writeRunning(b *strings.Builder, text string) {
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\r\n")
		words := strings.Trim(line[lineMarkers(line).text:], " \t")
		if words == "" {
			continue
		}
		if g.running > 0 {
			b.WriteByte(' ')
		}
		n := b.Len()
		writeEscaped(b, words)
		g.running += b.Len() - n + 1
		if g.running >= runningTextParagraph {
			b.WriteString("\n\n")
			g.running = 0
		}
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
