package sanitize

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// neutraliseReferences is Text's second pass. It runs on the first
// pass's output because removing characters can splice a reference
// together ("&#2<ZWSP>7;"). A reference that would decode to a forbidden
// character becomes U+FFFD, which cannot splice with its neighbours into a
// new reference; references to combining marks count towards the cap.
func neutraliseReferences(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	marks := 0
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if n, decoded, ok := parseReference(s[i:]); ok {
				switch runes := utf8.RuneCountInString(decoded); {
				case forbidsReference(decoded):
					b.WriteRune(replacement)
					marks = 0
				case trailingMarks(decoded) == runes:
					if marks+runes > MaxCombiningMarks {
						b.WriteRune(replacement)
						marks = 0
					} else {
						b.WriteString(s[i : i+n])
						marks += runes
					}
				default:
					b.WriteString(s[i : i+n])
					marks = trailingMarks(decoded)
				}
				i += n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.M, r) {
			if marks >= MaxCombiningMarks {
				i += size
				continue
			}
			marks++
		} else {
			marks = 0
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// parseReference reads the character reference at the start of s (which
// begins with '&'): numeric, decimal or hex, with any number of digits and
// the ';' optional as HTML allows, or named with the ';'. It returns its
// length and what it decodes to.
func parseReference(s string) (n int, decoded string, ok bool) {
	if len(s) < 3 {
		return 0, "", false
	}
	if s[1] == '#' {
		i, base := 2, rune(10)
		if s[2] == 'x' || s[2] == 'X' {
			i, base = 3, 16
		}
		start := i
		value := rune(0)
		for ; i < len(s); i++ {
			d := digitValue(s[i], base)
			if d < 0 {
				break
			}
			if value <= unicode.MaxRune {
				value = value*base + d
			}
		}
		if i == start {
			return 0, "", false
		}
		if i < len(s) && s[i] == ';' {
			i++
		}
		if value > unicode.MaxRune || (value >= 0xd800 && value <= 0xdfff) {
			return i, string(replacement), true
		}
		return i, string(value), true
	}
	i := 1
	for i < len(s) && i <= 33 && isASCIIAlnum(s[i]) {
		i++
	}
	if i == 1 || i >= len(s) || s[i] != ';' || !isASCIILetter(s[1]) {
		return 0, "", false
	}
	ref := s[:i+1]
	decoded = html.UnescapeString(ref)
	if decoded == ref {
		return 0, "", false // not an entity: plain text
	}
	return i + 1, decoded, true
}

// forbidsReference reports whether decoded text holds a character Text
// would remove: a control (newline and tab aside), or a bidi or invisible
// character, joiners included since nothing shows where they sit.
func forbidsReference(decoded string) bool {
	for _, r := range decoded {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' || r == '\u200c' || r == '\u200d':
			return true
		case Dropped(r):
			return true
		}
	}
	return false
}

// trailingMarks counts the combining marks at the end of s.
func trailingMarks(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.Is(unicode.M, r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}

// digitValue is the value of a digit in base 10 or 16, or -1.
func digitValue(c byte, base rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case base == 16 && c >= 'a' && c <= 'f':
		return rune(c-'a') + 10
	case base == 16 && c >= 'A' && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// isASCIILetter reports whether c is a-z or A-Z.
func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || (c >= '0' && c <= '9') }
