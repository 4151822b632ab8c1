package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glamour breaks a line after any hyphen, so "F-16" could end one line on
// "F-" and start the next on "16". A hyphen between a letter and a digit
// (F-16, MiG-29, COVID-19) is held together with a non-breaking hyphen
// while wrapping, and made an ordinary hyphen again after, so what is
// shown, searched and copied is the text as written.
const nonBreakingHyphen = "\u2011"

// holdHyphens joins the hyphenated letter-digit words of md, in one pass.
func holdHyphens(md string) string {
	var b strings.Builder
	last := 0
	for i := strings.IndexByte(md, '-'); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(md[:i])
		if i > 0 && unicode.IsLetter(before) && i+1 < len(md) && md[i+1] >= '0' && md[i+1] <= '9' {
			if b.Len() == 0 {
				b.Grow(len(md) + 16)
			}
			b.WriteString(md[last:i])
			b.WriteString(nonBreakingHyphen)
			last = i + 1
		}
		next := strings.IndexByte(md[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if last == 0 {
		return md
	}
	b.WriteString(md[last:])
	return b.String()
}

// releaseHyphens gives rendered text its ordinary hyphens back.
func releaseHyphens(out string) string {
	if !strings.Contains(out, nonBreakingHyphen) {
		return out
	}
	return strings.ReplaceAll(out, nonBreakingHyphen, "-")
}
