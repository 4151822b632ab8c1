package reader

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

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
	folded []byte   // lower-cased UTF-8 text, spaces collapsed
	at     []runeAt // for each byte of folded, where its rune comes from
	plain  []string // each line with its styling stripped
}

// runeAt places a rune of the flat text: a line and the rune's bytes in
// that line's plain text. Spaces have line -1: they are not highlighted
// on their own, only between matched letters on the same line.
type runeAt struct{ line, start, end int32 }

// flatten reads the lines as one text.
func flatten(lines []string) flatText {
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	t := flatText{plain: make([]string, len(lines)), folded: make([]byte, 0, size), at: make([]runeAt, 0, size)}
	gap := runeAt{line: -1}
	space := true // no space at the very start
	for li, line := range lines {
		plain := ansi.Strip(line)
		t.plain[li] = plain
		for i, r := range plain {
			if unicode.IsSpace(r) {
				if !space {
					t.folded = append(t.folded, ' ')
					t.at = append(t.at, gap)
					space = true
				}
				continue
			}
			_, size := utf8.DecodeRuneInString(plain[i:])
			pos := runeAt{int32(li), int32(i), int32(i + size)}
			n := len(t.folded)
			t.folded = utf8.AppendRune(t.folded, foldRune(r))
			for range len(t.folded) - n {
				t.at = append(t.at, pos)
			}
			space = false
		}
		if space {
			continue
		}
		// The line break is a space, unless it breaks a hyphenated
		// word; either way the next line's indent is skipped.
		if !brokenAtHyphen(plain) {
			t.folded = append(t.folded, ' ')
			t.at = append(t.at, gap)
		}
		space = true
	}
	return t
}

// brokenAtHyphen reports whether a line ends in a hyphen straight after a
// letter or digit ("spaceport-"): Glamour broke a hyphenated word there,
// and the next line carries on the same word.
func brokenAtHyphen(line string) bool {
	line = strings.TrimRightFunc(line, unicode.IsSpace)
	rest, ok := strings.CutSuffix(line, "-")
	if !ok {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(rest)
	return unicode.IsLetter(prev) || unicode.IsDigit(prev)
}

// normalizeQuery folds a query the way flatten folds the text.
func normalizeQuery(q string) []byte {
	return []byte(string(foldRunes([]rune(strings.Join(strings.Fields(q), " ")))))
}

// findAll returns every place q (already normalized) occurs, left to
// right, without overlaps.
func (t flatText) findAll(q []byte) []match {
	if len(q) == 0 {
		return nil
	}
	var out []match
	for from := 0; ; {
		i := bytes.Index(t.folded[from:], q)
		if i < 0 {
			return out
		}
		i += from
		if m := t.cellsOf(i, i+len(q)); len(m) > 0 {
			out = append(out, m)
		}
		from = i + len(q)
	}
}

// cellsOf maps bytes [from, to) of the flat text to a run of cells on
// each line they cover: from the first matched rune on the line to the
// last, spaces between them included.
func (t flatText) cellsOf(from, to int) match {
	var m match
	line, lo, hi := int32(-1), int32(0), int32(0)
	flush := func() {
		if line >= 0 {
			plain := t.plain[line]
			start := ansi.StringWidth(plain[:lo])
			m = append(m, cells{line: int(line), start: start, end: start + ansi.StringWidth(plain[lo:hi])})
		}
	}
	for k := from; k < to; k++ {
		p := t.at[k]
		switch {
		case p.line < 0:
			continue
		case p.line != line:
			flush()
			line, lo, hi = p.line, p.start, p.end
		default:
			hi = max(hi, p.end)
		}
	}
	flush()
	return m
}
