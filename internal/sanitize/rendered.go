package sanitize

import (
	"strings"
	"unicode/utf8"
)

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

// hasSchemePrefix reports whether uri starts with prefix, in any case,
// and has more after it.
func hasSchemePrefix(uri, prefix string) bool {
	return len(uri) > len(prefix) && strings.EqualFold(uri[:len(prefix)], prefix)
}

// visibleASCII reports whether s is only printable ASCII, space excluded.
func visibleASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}
