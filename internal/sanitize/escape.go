package sanitize

import "unicode/utf8"

// The escape-sequence scanner of the sanitizers: Text drops input
// sequences whole, and Rendered keeps only the styling Glamour adds.
// Dropping a whole sequence, not only its ESC, keeps "[2J" and the like
// from showing as junk in the text.

// SkipEscape returns the index just past the escape sequence that starts
// with the ESC at s[i]. A string sequence (OSC, DCS, SOS, PM, APC) ends at
// BEL or ST, or, if unterminated, before the next control character, so a
// stray ESC cannot swallow the rest of an article.
func SkipEscape(s string, i int) int {
	i++
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return skipCSI(s, i+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		end, _ := ScanControlString(s, i+1)
		return end
	case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case c >= 0x30 && c <= 0x7e: // two-byte sequence
		return i + 1
	}
	return i // ESC before something that cannot follow it: only the ESC goes
}

// skipCSI returns the index past a CSI sequence's parameter and
// intermediate bytes and its final byte, starting just after "ESC [".
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// ScanControlString finds the end of a control string (OSC, DCS, ...) whose
// body starts at s[i]. It returns the index past its terminator (BEL,
// ESC \, C1 ST, CAN or SUB) and the index where the body ends; without a
// terminator both are where the next control character or the input ends.
func ScanControlString(s string, i int) (end int, bodyEnd int) {
	for i < len(s) {
		c := s[i]
		switch {
		case c == 0x07 || c == 0x18 || c == 0x1a:
			return i + 1, i
		case c == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2, i
			}
			return i, i // another escape sequence begins here
		case c < 0x20 || c == 0x7f:
			return i, i // newline and the like end it; they are handled normally
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == '\u009c' || (r == utf8.RuneError && size == 1 && c == 0x9c) {
				return i + size, i
			}
			i += size
		}
	}
	return i, i
}
