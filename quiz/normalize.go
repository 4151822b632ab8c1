package quiz

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldSpecial maps letters that neither lower-casing nor Unicode
// decomposition turns into plain Latin letters, so that a student typing
// on an English keyboard still matches "Straße" or "Łódź".
var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l",
	'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ħ': "h", 'ŀ': "l",
	'ς': "σ", // final sigma is the same letter as σ
}

// Normalize reduces a short answer to the form answers are compared in: it
// ignores case, diacritics, punctuation, surrounding and repeated spaces,
// and compatibility variants such as full-width letters or ligatures.
// Dashes, slashes and underscores separate words ("Jong-un" is "jong un");
// other punctuation is dropped ("U.S." is "us", "Putin's" is "putins").
func Normalize(s string) string {
	// Two passes make the result a fixed point: lower-casing can produce
	// letters that decompose further, and the second pass settles them.
	return normalizeOnce(normalizeOnce(s))
}

func normalizeOnce(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	emit := func(r rune) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(s, "")) {
		r = unicode.ToLower(r)
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), unicode.Is(unicode.Cf, r), unicode.IsControl(r) && !unicode.IsSpace(r):
			// diacritics, invisible formatting and control characters
		case unicode.IsSpace(r), unicode.Is(unicode.Pd, r), unicode.Is(unicode.Pc, r), r == '/', r == '\\':
			space = true
		case unicode.IsPunct(r):
		default:
			if f, ok := foldSpecial[r]; ok {
				for _, fr := range f {
					emit(fr)
				}
				continue
			}
			emit(r)
		}
	}
	return norm.NFC.String(b.String())
}

// EditDistance counts the single-letter insertions, deletions and
// substitutions, and swaps of two neighbouring letters, that turn a into
// b (optimal string alignment distance), letter meaning Unicode code
// point. A swap counts once because it is the commonest typing slip:
// "Smiht" is one typo away from "Smith", not two.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	// Three rows of the table: the row two back is where a swap comes from.
	back := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], back[j-2]+1)
			}
		}
		back, prev, cur = prev, cur, back
	}
	return prev[len(rb)]
}
