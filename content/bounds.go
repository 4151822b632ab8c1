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
