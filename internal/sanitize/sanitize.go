// Package sanitize makes untrusted text safe for a terminal. It is the one
// sanitizer of brief: packs, question files, imported pages and the score
// store's rows are cleaned with it where they enter, and Glamour's output
// with Rendered before it is shown.
package sanitize

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Everything a pack holds is untrusted: a teacher's file, a saved web page
// or a downloaded pack may carry escape sequences that retitle the
// terminal, write the clipboard (OSC 52) or clear the screen, bidi controls
// that reorder what the student reads, and character references that
// Glamour decodes into live control characters. Text runs on every
// text before it is rendered; Rendered runs on Glamour's output,
// because Glamour adds escape sequences of its own (OSC 8 links to any URL).

// MaxCombiningMarks caps how many combining marks may stack on one base
// character. Real scripts stay well below it; more only serves to smear
// glyphs over neighbouring lines ("zalgo" text).
const MaxCombiningMarks = 4

// replacement stands in for invalid UTF-8 and for character references
// that would decode to a forbidden character, so the reader sees that
// something was there.
const replacement = '\uFFFD'

// Text removes from untrusted multi-line text (Markdown bodies,
// prompts, options) everything that could act on a terminal or hide or
// reorder text: escape sequences with their parameters, C0 controls other
// than newline and tab, DEL, C1 controls, bidi and invisible characters,
// combining marks beyond MaxCombiningMarks per character, and character
// references (&#27; &#x9B; &shy; ...) that would decode to any of those,
// which become U+FFFD. CRLF becomes LF and a lone CR a space. Invalid UTF-8
// becomes U+FFFD. Ordinary text is returned unchanged, and Text is
// idempotent.
func Text(s string) string {
	return neutraliseReferences(stripControls(s))
}

// Line is Text for one-line values (titles, bylines, option
// texts): runs of spaces, tabs and newlines become one space, and the
// result is trimmed.
func Line(s string) string {
	s = Text(s)
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n':
			pendingSpace = b.Len() > 0
		default:
			if pendingSpace {
				b.WriteByte(' ')
				pendingSpace = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// stripControls is Text's first pass: escape sequences, controls,
// invisible characters, invalid UTF-8 and combining-mark floods. Dropped
// characters are transparent to the combining-mark count, so removing one
// cannot let a longer run of marks through on a second pass.
func stripControls(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	marks := 0      // combining marks written since the last base character
	prev := rune(0) // the last rune written, for the joiner rules
	write := func(r rune) {
		if unicode.Is(unicode.M, r) {
			marks++
		} else {
			marks = 0
		}
		prev = r
		b.WriteRune(r)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == 0x1b:
				i = SkipEscape(s, i)
				continue
			case c == '\r':
				if i+1 < len(s) && s[i+1] == '\n' {
					i++ // CRLF: the LF is written on the next turn
					continue
				}
				write(' ') // a lone CR would move the cursor back over the line
			case c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f):
				write(rune(c))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			if c > 0x9f { // a raw 0x80-0x9F byte is an 8-bit C1 control: drop it
				write(replacement)
			}
		case r == '\u2028' || r == '\u2029':
			write('\n')
		case r == '\u200c' || r == '\u200d':
			next, _ := utf8.DecodeRuneInString(s[i:])
			if keepJoiner(r, prev, next) {
				write(r)
			}
		case Dropped(r):
		case unicode.Is(unicode.M, r):
			if marks < MaxCombiningMarks {
				write(r)
			}
		default:
			write(r)
		}
	}
	return b.String()
}

// Dropped reports the non-ASCII characters Text removes
// outright: C1 controls, bidi controls and invisible formatting characters.
// The zero-width joiners are handled by keepJoiner.
func Dropped(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1 controls, U+009B is CSI
		return true
	case r == 0x00ad, r == 0x034f, r == 0x061c, r == 0x115f, r == 0x1160, r == 0x180e, r == 0x3164, r == 0xffa0:
		return true // soft hyphen, grapheme joiner, Arabic letter mark, Hangul fillers, Mongolian vowel separator
	case r >= 0x200b && r <= 0x200f: // zero-width space and joiners, LRM, RLM
		return r != 0x200c && r != 0x200d
	case r >= 0x202a && r <= 0x202e: // bidi embeddings and overrides
		return true
	case r >= 0x2060 && r <= 0x206f: // word joiner, invisible operators, bidi isolates, deprecated format characters
		return true
	case r == 0xfeff, r >= 0xfff9 && r <= 0xfffb: // BOM, interlinear annotation
		return true
	case r >= 0xe0000 && r <= 0xe007f: // tag characters
		return true
	}
	return false
}

// keepJoiner keeps a zero-width joiner or non-joiner only where it does
// visible work: ZWJ between emoji (family, flag sequences) and either
// joiner between letters of scripts that shape with them (Persian, Indic).
// next is the raw rune after it, prev the last rune written; both are kept
// in the output, which keeps the rule idempotent.
func keepJoiner(joiner, prev, next rune) bool {
	if joiner == '\u200d' && (isPictograph(prev) || prev == '\ufe0f') && isPictograph(next) {
		return true
	}
	return prev >= 0x370 && (unicode.IsLetter(prev) || unicode.IsMark(prev)) &&
		next >= 0x370 && unicode.IsLetter(next)
}

// isPictograph roughly matches the emoji blocks, enough to tell an emoji
// ZWJ sequence from a joiner hidden in prose.
func isPictograph(r rune) bool {
	return (r >= 0x1f000 && r <= 0x1faff) || (r >= 0x2300 && r <= 0x23ff) ||
		(r >= 0x2600 && r <= 0x27bf) || (r >= 0x2b00 && r <= 0x2bff)
}

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

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || (c >= '0' && c <= '9') }

// Rendered lets through, from Glamour's output, only SGR styling
// (ESC [ digits ; : m) and OSC 8 hyperlinks to http, https and mailto URLs
// (and the empty OSC 8 that closes a link). Every other escape sequence is
// removed with its parameters; for a refused link the link text stays.
// Controls other than newline and tab, C1 controls, bidi and invisible
// characters are dropped, CRs removed, invalid UTF-8 becomes U+FFFD. It is
// a single forward pass, cheap enough for every rendered section.
func Rendered(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := 0 // s[start:i] is safe and not yet written
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t':
			i++
		case c == 0x1b:
			n, keep := scanRenderedEscape(s[i:])
			if !keep {
				b.WriteString(s[start:i])
				start = i + n
			}
			i += n
		case c < utf8.RuneSelf: // other C0 controls, DEL, CR
			b.WriteString(s[start:i])
			i++
			start = i
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b.WriteString(s[start:i])
				if c > 0x9f {
					b.WriteRune(replacement)
				}
				start = i + 1
			case Dropped(r):
				b.WriteString(s[start:i])
				start = i + size
			}
			i += size
		}
	}
	if start == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// scanRenderedEscape measures the escape sequence at the start of s (which
// begins with ESC) and reports whether Rendered may keep it.
func scanRenderedEscape(s string) (n int, keep bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch c := s[1]; {
	case c == '[':
		i := 2
		sgr := true
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
			if !(s[i] >= '0' && s[i] <= '9') && s[i] != ';' && s[i] != ':' {
				sgr = false
			}
			i++
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1, sgr && s[i] == 'm'
		}
		return i, false
	case c == ']':
		end, bodyEnd := ScanControlString(s, 2)
		terminated := bodyEnd < end && (s[bodyEnd] == 0x07 || s[bodyEnd] == 0x1b)
		return end, terminated && isAllowedHyperlink(s[2:bodyEnd])
	}
	return SkipEscape(s, 0), false
}

// isAllowedHyperlink reports whether an OSC body is "8;params;URI" with a
// URI that is empty (closing a link) or an http, https or mailto URL made
// of visible characters.
func isAllowedHyperlink(body string) bool {
	rest, ok := strings.CutPrefix(body, "8;")
	if !ok {
		return false
	}
	params, uri, ok := strings.Cut(rest, ";")
	if !ok || !visibleASCII(params) {
		return false
	}
	if uri == "" {
		return true
	}
	if !hasSchemePrefix(uri, "http://") && !hasSchemePrefix(uri, "https://") && !hasSchemePrefix(uri, "mailto:") {
		return false
	}
	if !utf8.ValidString(uri) {
		return false
	}
	for _, r := range uri {
		if r <= 0x20 || r == 0x7f || Dropped(r) || r == '\u200c' || r == '\u200d' {
			return false
		}
	}
	return true
}

func hasSchemePrefix(uri, prefix string) bool {
	return len(uri) > len(prefix) && strings.EqualFold(uri[:len(prefix)], prefix)
}

func visibleASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}
