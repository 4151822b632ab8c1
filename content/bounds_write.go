package content

import "strings"

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
