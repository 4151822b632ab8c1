package cli

import (
	"brief/content"
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// plainOutput is where the plain quiz writes: stdout, wrapped to the
// terminal's width when stdout is a terminal (a terminal breaks a long
// line in the middle of a word), and in words instead of glyphs for
// --accessible, which screen readers read out.
func plainOutput(env Env, accessible bool) io.Writer {
	w := &plainWriter{w: env.Stdout}
	if isTerminal(env.Stdout) {
		w.width = func() int { return terminalWidth(env.Stdout) }
	}
	if accessible {
		w.speak = spokenGlyphs.Replace
	}
	if w.width == nil && w.speak == nil {
		return env.Stdout
	}
	return w
}

// speaksWords reports whether w is --accessible's output, which writes
// words for glyphs.
func speaksWords(w io.Writer) bool {
	p, ok := w.(*plainWriter)
	return ok && p.speak != nil
}

// spokenGlyphs are the plain quiz's glyphs as a screen reader should say
// them: "to" for an arrow, a comma for a middle dot, plain hyphens and
// straight quotes, where a reader would say "right arrow", "middle dot",
// "em dash" or "left double quotation mark"; the same as the spoken
// article's.
var spokenGlyphs = content.SpokenGlyphs

// plainWriter writes whole lines, each in words when speak is set and
// wrapped to width when width gives one; a line's continuation rows keep
// its indent. The part of a line not ended yet (a prompt) is held until
// the line ends or flush is called.
type plainWriter struct {
	w     io.Writer
	width func() int          // the terminal's width now; nil or 0: do not wrap
	speak func(string) string // glyphs to words; nil: as they are
	held  []byte              // the line not ended yet
	col   int                 // columns already on the terminal's current row (a prompt flushed)
}

func (p *plainWriter) Write(b []byte) (int, error) {
	p.held = append(p.held, b...)
	for {
		i := bytes.IndexByte(p.held, '\n')
		if i < 0 {
			return len(b), nil
		}
		line := p.line(string(p.held[:i]))
		p.held = p.held[i+1:]
		p.col = 0
		if _, err := io.WriteString(p.w, line+"\n"); err != nil {
			return 0, err
		}
	}
}

// flush writes the line not ended yet, a prompt, as it stands.
func (p *plainWriter) flush() {
	if len(p.held) == 0 {
		return
	}
	line := p.line(string(p.held))
	p.held = p.held[:0]
	p.col += ansi.StringWidth(line)
	_, _ = io.WriteString(p.w, line)
}

// line is s in words and wrapped, its first row after what is already
// on the terminal's row.
func (p *plainWriter) line(s string) string {
	if p.speak != nil {
		s = p.speak(s)
	}
	width := 0
	if p.width != nil {
		width = p.width()
	}
	if width <= 1 || p.col+ansi.StringWidth(s) <= width {
		return s
	}
	indent := s[:len(s)-len(strings.TrimLeft(s, " "))]
	if len(indent) >= width/2 {
		indent = ""
	}
	// The first row fits beside what is on the terminal's row already;
	// the rest beside the line's indent.
	rows := wrapWords(s[len(indent):], width-p.col-len(indent), width-len(indent))
	return indent + strings.Join(rows, "\n"+indent)
}

// wrapWords breaks s between words into rows of at most first columns,
// then at most rest; a word longer than a row is cut where the row ends.
func wrapWords(s string, first, rest int) []string {
	var rows []string
	row, room := "", max(first, 1)
	for _, word := range strings.Fields(s) {
		if row != "" && ansi.StringWidth(row)+1+ansi.StringWidth(word) > room {
			rows, row, room = append(rows, row), "", max(rest, 1)
		}
		for row == "" && ansi.StringWidth(word) > room {
			cut := ansi.Truncate(word, room, "")
			if cut == "" { // a wide character in a row of one column
				_, size := utf8.DecodeRuneInString(word)
				cut = word[:size]
			}
			rows, word, room = append(rows, cut), word[len(cut):], max(rest, 1)
		}
		if row != "" {
			row += " "
		}
		row += word
	}
	return append(rows, row)
}

// flushOutput writes out whatever w holds of a line not ended yet, so a
// prompt shows before input is waited for.
func flushOutput(w io.Writer) {
	if p, ok := w.(*plainWriter); ok {
		p.flush()
	}
}
