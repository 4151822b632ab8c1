package cli

import (
	"io"
	"os"
	"strings"
	"sync"
	"unicode/utf8"
)

// asciiStandIns are the typographic characters news text is full of,
// each with an ASCII stand-in of the same width: the full screen has laid
// its lines out already, so a character must take the one column it was
// given. (Printed articles use content's wider stand-ins, "--" and "...",
// before they are laid out.)
var asciiStandIns = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "″", `"`, "«", `"`, "»", `"`,
	"–", "-", "—", "-", "−", "-", "‐", "-", "‑", "-",
	"…", ".", "•", "*", "·", "-",
	"\u00a0", " ", "\u202f", " ", "\u2009", " ",
)

// asciiWriter writes through w with asciiStandIns in place of the
// characters they stand for. A character split between two writes is held
// until its end comes, so it is never cut in two. Bubble Tea writes its
// frames and its queued sequences under two different locks, so the
// writer has its own.
type asciiWriter struct {
	mu   sync.Mutex
	w    io.Writer
	held []byte
}

func (a *asciiWriter) Write(b []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	data := append(a.held, b...)
	end := completeRunes(data)
	a.held = append(a.held[:0:0], data[end:]...)
	if _, err := io.WriteString(a.w, asciiStandIns.Replace(string(data[:end]))); err != nil {
		return 0, err
	}
	return len(b), nil
}

// completeRunes is the length of data's longest prefix that ends on a
// whole character: at most the last three bytes, the start of a
// character still to come, are left out.
func completeRunes(data []byte) int {
	for back := 1; back <= min(3, len(data)); back++ {
		i := len(data) - back
		if !utf8.RuneStart(data[i]) {
			continue
		}
		if utf8.FullRune(data[i:]) {
			return len(data)
		}
		return i
	}
	return len(data)
}

// asciiTerminal is an asciiWriter on a terminal: Bubble Tea still finds
// the terminal behind it (its size, its modes) through Fd. The file is
// not embedded, so that no method of it (WriteString, ReadFrom) can
// write past the stand-ins.
type asciiTerminal struct {
	f     *os.File
	ascii *asciiWriter
}

func (t asciiTerminal) Write(b []byte) (int, error) { return t.ascii.Write(b) }
func (t asciiTerminal) Read(b []byte) (int, error)  { return t.f.Read(b) }
func (t asciiTerminal) Close() error                { return t.f.Close() }
func (t asciiTerminal) Fd() uintptr                 { return t.f.Fd() }

// asciiOutput is w writing ASCII stand-ins for typography (see
// asciiStandIns), still a terminal when w is one.
func asciiOutput(w io.Writer) io.Writer {
	a := &asciiWriter{w: w}
	if f, ok := w.(*os.File); ok {
		return asciiTerminal{f: f, ascii: a}
	}
	return a
}
