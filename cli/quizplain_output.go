package cli

import (
	"bytes"
	"io"
	"strings"

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

// spokenGlyphs are the plain quiz's glyphs as a screen reader should say
// them: "to" for an arrow, a comma for a middle dot, plain hyphens and
// straight quotes, where a reader would say "right arrow", "middle dot",
// "em dash" or "left double quotation mark".
var spokenGlyphs = strings.NewReplacer(
	" → ", " to ", "→", " to ", " · ", ", ", "·", ",",
	"‘", "'", "’", "'", "‚", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "″", `"`, "«", `"`, "»", `"`,
	"–", "-", "—", "-", "−", "-", "‐", "-", "‑", "-",
	"…", "...", "•", "-",
)

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
	if width <= 0 || p.col+ansi.StringWidth(s) <= width {
		return s
	}
	indent := s[:len(s)-len(strings.TrimLeft(s, " "))]
	if len(indent) >= width/2 {
		indent = ""
	}
	// The first row fits beside what is on the terminal's row already;
	// the rest are wrapped beside the line's indent.
	pad := strings.Repeat(" ", p.col)
	first, _, _ := strings.Cut(ansi.Wrap(pad+s, width, ""), "\n")
	rest := strings.TrimLeft(strings.TrimPrefix(pad+s, first), " ")
	rows := []string{strings.TrimPrefix(first, pad)}
	for _, r := range strings.Split(ansi.Wrap(rest, width-len(indent), ""), "\n") {
		rows = append(rows, indent+r)
	}
	return strings.Join(rows, "\n")
}

// flushOutput writes out whatever w holds of a line not ended yet, so a
// prompt shows before input is waited for.
func flushOutput(w io.Writer) {
	if p, ok := w.(*plainWriter); ok {
		p.flush()
	}
}
