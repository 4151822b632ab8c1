package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxKept is how much of a stream is kept for the checks that look at
// whole lines or for a secret; the escape scan sees every byte whatever
// the size.
const maxKept = 1 << 20

// scanWriter takes what brief writes to stdout or stderr. It keeps the
// first maxKept bytes, counts them all, and scans every byte for terminal
// control that a hostile payload could have brought: any BEL, and any ESC
// that does not start an SGR (colour) sequence or an OSC 8 link to
// http, https or mailto, which brief's own renderer may write. The rule is
// the report's (tools/check.py there).
type scanWriter struct {
	kept  bytes.Buffer
	total int64
	found string // the first escape that is not brief's own, as text
	state int
	osc   []byte
	csi   []byte
}

const (
	sNormal = iota
	sEsc
	sCSI
	sOSC
	sOSCEsc
)

func (w *scanWriter) Write(p []byte) (int, error) {
	w.total += int64(len(p))
	if room := maxKept - w.kept.Len(); room > 0 {
		w.kept.Write(p[:min(room, len(p))])
	}
	if w.found != "" {
		return len(p), nil
	}
	for _, b := range p {
		w.step(b)
		if w.found != "" {
			break
		}
	}
	return len(p), nil
}

func (w *scanWriter) step(b byte) {
	switch w.state {
	case sNormal:
		switch b {
		case 0x1b:
			w.state = sEsc
		case 0x07:
			w.found = "BEL"
		}
	case sEsc:
		switch b {
		case '[':
			w.state, w.csi = sCSI, w.csi[:0]
		case ']':
			w.state, w.osc = sOSC, w.osc[:0]
		default:
			w.found = fmt.Sprintf("ESC %s", visible(string(rune(b))))
		}
	case sCSI:
		switch {
		case b >= 0x20 && b <= 0x3f:
			if len(w.csi) < 64 {
				w.csi = append(w.csi, b)
			}
		case b >= 0x40 && b <= 0x7e:
			if b != 'm' {
				w.found = "CSI " + visible(string(w.csi)+string(rune(b)))
			}
			w.state = sNormal
		default:
			w.found = "broken CSI"
		}
	case sOSC:
		switch b {
		case 0x07:
			w.endOSC()
		case 0x1b:
			w.state = sOSCEsc
		default:
			if len(w.osc) < 4096 {
				w.osc = append(w.osc, b)
			}
		}
	case sOSCEsc:
		if b != '\\' {
			w.found = "broken OSC " + visible(head(string(w.osc), 12))
			return
		}
		w.endOSC()
	}
}

// endOSC lets an OSC 8 link to the web or to mail through, as brief's
// renderer writes them; any other OSC (window title, clipboard, a link to
// a file) is a payload.
func (w *scanWriter) endOSC() {
	w.state = sNormal
	s := string(w.osc)
	if rest, ok := strings.CutPrefix(s, "8;"); ok {
		if _, url, ok := strings.Cut(rest, ";"); ok {
			if url == "" || strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") || strings.HasPrefix(url, "mailto:") {
				return
			}
		}
	}
	w.found = "OSC " + visible(head(s, 12))
}

// done reports an escape left open at the end of the output.
func (w *scanWriter) done() string {
	if w.found == "" && w.state != sNormal {
		w.found = "unfinished escape"
	}
	return w.found
}

// firstLine is the first line of s that says something, for the table.
func firstLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) != "" {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

// hasLine says whether one of s's lines is exactly line (spaces around it
// aside): a file name holding a newline can forge a line of output.
func hasLine(s, line string) bool {
	for l := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(l) == line {
			return true
		}
	}
	return false
}

// visible writes control characters as escapes (\e, \a, \n, \xNN), so
// that this program never writes a payload's escape itself.
func visible(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case r == 0x1b:
			b.WriteString(`\e`)
		case r == 0x07:
			b.WriteString(`\a`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		s = s[size:]
	}
	return b.String()
}

// cell is s fit for a cell of a Markdown table: a pipe, even in a code
// span, would end the cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// head is the first n runes of s, with "…" when it was longer.
func head(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
