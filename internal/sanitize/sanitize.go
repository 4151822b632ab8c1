// Package sanitize makes untrusted text safe for a terminal. It is the one
// sanitizer of brief: packs, question files, imported pages and the score
// store's rows are cleaned with it where they enter, and Glamour's output
// with Rendered before it is shown.
package sanitize

import (
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
