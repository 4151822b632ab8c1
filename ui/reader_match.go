package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Finding text in the rendered article. Glamour wraps paragraphs, so a
// phrase or a quoted passage may run over several lines. The lines are
// read as one text, styling stripped, every run of spaces and line breaks
// one space, and a word Glamour broke after a hyphen joined again; a
// match in that text is mapped back to a run of cells on each line it
// covers, so highlighting cuts the styled lines with x/ansi and never
// touches bytes inside an escape sequence.

// flatText is the document's lines read as one folded text.
type flatText struct {
	folded []rune   // lower-cased text, spaces collapsed
	at     []runeAt // where each rune of folded comes from
	plain  [][]rune // each line's runes, styling stripped
}

// runeAt places a rune of the flat text: a line and an index into that
// line's plain runes. Spaces have line -1: they are not highlighted on
// their own, only between matched letters on the same line.
type runeAt struct{ line, index int }

// flatten reads the lines as one text.
func flatten(lines []string) flatText {
	t := flatText{plain: make([][]rune, len(lines))}
	space := true // no space at the very start
	for li, line := range lines {
		runes := []rune(ansi.Strip(line))
		t.plain[li] = runes
		for i, r := range runes {
			if unicode.IsSpace(r) {
				if !space {
					t.folded = append(t.folded, ' ')
					t.at = append(t.at, runeAt{-1, 0})
					space = true
				}
				continue
			}
			t.folded = append(t.folded, unicode.ToLower(r))
			t.at = append(t.at, runeAt{li, i})
			space = false
		}
		if !space && !brokenAtHyphen(runes) {
			t.folded = append(t.folded, ' ')
			t.at = append(t.at, runeAt{-1, 0})
			space = true
		}
	}
	return t
}

// brokenAtHyphen reports whether a line ends in a hyphen straight after a
// letter or digit ("spaceport-"): Glamour broke a hyphenated word there,
// and the next line carries on the same word.
func brokenAtHyphen(line []rune) bool {
	end := len(line)
	for end > 0 && unicode.IsSpace(line[end-1]) {
		end--
	}
	if end < 2 || line[end-1] != '-' {
		return false
	}
	prev := line[end-2]
	return unicode.IsLetter(prev) || unicode.IsDigit(prev)
}

// normalizeQuery folds a query the way flatten folds the text.
func normalizeQuery(q string) []rune {
	return foldRunes([]rune(strings.Join(strings.Fields(q), " ")))
}

// findAll returns every place q (already normalized) occurs, left to
// right, without overlaps.
func (t flatText) findAll(q []rune) []match {
	if len(q) == 0 {
		return nil
	}
	var out []match
	for i := 0; i+len(q) <= len(t.folded); i++ {
		if t.folded[i] != q[0] || !equalRunes(t.folded[i:i+len(q)], q) {
			continue
		}
		if m := t.cellsOf(i, i+len(q)); len(m) > 0 {
			out = append(out, m)
		}
		i += len(q) - 1
	}
	return out
}

// cellsOf maps runes [from, to) of the flat text to a run of cells on
// each line they cover: from the first matched rune on the line to the
// last, spaces between them included.
func (t flatText) cellsOf(from, to int) match {
	var m match
	line, lo, hi := -1, 0, 0
	flush := func() {
		if line >= 0 {
			runes := t.plain[line]
			start := ansi.StringWidth(string(runes[:lo]))
			m = append(m, cells{line: line, start: start, end: start + ansi.StringWidth(string(runes[lo:hi+1]))})
		}
	}
	for k := from; k < to; k++ {
		p := t.at[k]
		switch {
		case p.line < 0:
			continue
		case p.line != line:
			flush()
			line, lo, hi = p.line, p.index, p.index
		default:
			hi = p.index
		}
	}
	flush()
	return m
}
