// Package sanitizetest holds the hostile inputs and the independent
// checks that the sanitizer's tests and the renderer's tests share: every
// package that shows untrusted text proves itself against the same list.
package sanitizetest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/internal/sanitize"
)

// HostileInputs are the payloads a pack might carry, each with the pieces
// that must survive neither sanitize.Text nor the whole rendering pipeline
// (beyond the generic checks of TextViolation and RenderedViolation).
// Payload is a hostile text and the pieces of it that must not survive.
type Payload struct {
	Payload   string
	Forbidden []string
}

// Placement puts a payload where Markdown treats it differently; Title
// values go through sanitize.Line, the others through sanitize.Text.
type Placement struct {
	Wrap  func(payload string) string
	Title bool
}

var HostileInputs = map[string]Payload{
	"OSC 52 clipboard write":   {"\x1b]52;c;aGVsbG8gd29ybGQ=\a", []string{"]52;", "aGVsbG8gd29ybGQ="}},
	"OSC 52 with ST":           {"\x1b]52;c;aGVsbG8=\x1b\\", []string{"]52;", "aGVsbG8="}},
	"OSC 0 window title":       {"\x1b]0;pwned title\a", []string{"]0;", "pwned"}},
	"CSI clear screen":         {"\x1b[2J", []string{"[2J"}},
	"CSI cursor home":          {"\x1b[H\x1b[?25l", []string{"[H", "[?25l"}},
	"decimal reference to ESC": {"&#27;[31m", []string{"&#27;", "\x1b[31m"}},
	"padded decimal reference": {"&#0027;]0;pwned&#7;", []string{"&#0027;", "&#7;", "\x1b]0;", "\a"}},
	"hex reference to ESC":     {"&#x1b;[2J", []string{"&#x1b;", "\x1b[2J"}},
	"hex reference to C1 CSI":  {"&#X9B;2J", []string{"&#X9B;"}},
	"reference without ;":      {"&#27[2J", []string{"&#27", "\x1b[2J"}},
	"named invisible":          {"&shy;&ZeroWidthSpace;&lrm;", []string{"&shy;", "&ZeroWidthSpace;", "&lrm;"}},
	"reference to CR":          {"&#13;", []string{"&#13;"}},
	"raw C1 CSI U+009B":        {"\u009b2J", nil},
	"raw 8-bit CSI byte":       {"\x9b2J", nil},
	"C1 OSC U+009D":            {"\u009d0;pwned\u009c", nil},
	"lone carriage return":     {"B\rA", nil},
	"DCS request status":       {"\x1bP$qm\x1b\\", []string{"$q"}},
	"APC kitty graphics":       {"\x1b_Gf=100;AAAA\x1b\\", []string{"Gf=100"}},
	"two-byte ESC sequences":   {"\x1bc\x1b(0\x1b7", []string{"(0"}},
	"bidi override":            {"\u202egnp.exe\u202c", nil},
	"bidi isolates":            {"\u2066x\u2069\u200f\u061c", nil},
	"zero-width characters":    {"a\u200bb\u2060c\ufeffd\u00ade\U000e0041\u180e", nil},
	"combining-mark flood":     {"Z" + strings.Repeat("\u0301\u0336", 100), nil},
	"C0 controls and DEL":      {"\x00\x07\x08\x0b\x0c\x7f", nil},
}

// Placements put a payload where Markdown treats it differently. title
// values go through sanitize.Line, the others through sanitize.Text.
var Placements = map[string]Placement{
	"title":       {func(p string) string { return "before " + p + " after" }, true},
	"paragraph":   {func(p string) string { return "Some text.\n\nbefore " + p + " after\n" }, false},
	"code span":   {func(p string) string { return "before `x" + p + "x` after\n" }, false},
	"fenced code": {func(p string) string { return "```\nbefore " + p + " after\n```\n" }, false},
	"table cell":  {func(p string) string { return "| a | b |\n|---|---|\n| before " + p + " after | c |\n" }, false},
}

// TextViolation describes the first character sanitize.Text must never
// produce, or returns "".
func TextViolation(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	marks := 0
	for i, r := range s {
		switch {
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f:
			return fmt.Sprintf("control %U at byte %d", r, i)
		case sanitize.Dropped(r):
			return fmt.Sprintf("C1, bidi or invisible %U at byte %d", r, i)
		case r == '\u2028' || r == '\u2029':
			return fmt.Sprintf("line separator %U at byte %d", r, i)
		}
		if unicode.Is(unicode.M, r) {
			marks++
			if marks > sanitize.MaxCombiningMarks {
				return fmt.Sprintf("%d combining marks in a row at byte %d", marks, i)
			}
		} else {
			marks = 0
		}
	}
	return ""
}

// RenderedViolation describes the first thing sanitize.Rendered must never
// produce, or returns "": every ESC must start an SGR sequence or an OSC 8
// link to http, https or mailto (or the empty OSC 8 closing a link), and no
// other control, C1 or bidi character may appear.
func RenderedViolation(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			n := allowedSequenceLen(s[i:])
			if n == 0 {
				return fmt.Sprintf("escape sequence %q at byte %d", s[i:min(len(s), i+24)], i)
			}
			i += n
			continue
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return fmt.Sprintf("control %#x at byte %d", c, i)
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if sanitize.Dropped(r) {
				return fmt.Sprintf("C1, bidi or invisible %U at byte %d", r, i)
			}
			i += size
			continue
		}
		i++
	}
	return ""
}

// allowedSequenceLen returns the length of the SGR or allowed OSC 8
// sequence at the start of s, or 0. It is written independently of
// sanitize.Rendered's scanner so the two check each other.
func allowedSequenceLen(s string) int {
	if strings.HasPrefix(s, "\x1b[") {
		end := strings.IndexByte(s, 'm')
		if end < 0 || strings.Trim(s[2:end], "0123456789;:") != "" {
			return 0
		}
		return end + 1
	}
	body, ok := strings.CutPrefix(s, "\x1b]8;")
	if !ok {
		return 0
	}
	end, termLen := strings.IndexByte(body, '\a'), 1
	if st := strings.Index(body, "\x1b\\"); st >= 0 && (end < 0 || st < end) {
		end, termLen = st, 2
	}
	if end < 0 {
		return 0
	}
	_, uri, ok := strings.Cut(body[:end], ";")
	if !ok || strings.ContainsAny(body[:end], "\x1b\a\r\n\t ") {
		return 0
	}
	lower := strings.ToLower(uri)
	if uri != "" && !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "mailto:") {
		return 0
	}
	return len("\x1b]8;") + end + termLen
}

func FirstDifference(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
