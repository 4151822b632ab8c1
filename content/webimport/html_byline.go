package webimport

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// bylineWords are the word a byline starts with ("By Jane Doe"), by the
// language of the page: English, French, Spanish and Portuguese, German,
// Italian, Dutch, Swedish and Norwegian, Danish, Polish, Indonesian and
// Malay.
var bylineWords = map[string]string{
	"en": "by", "fr": "par", "es": "por", "pt": "por", "de": "von", "it": "di", "nl": "door",
	"sv": "av", "no": "av", "nb": "av", "nn": "av", "da": "af", "pl": "przez", "id": "oleh", "ms": "oleh",
}

// cutBylineWord is s without the byline word it starts with ("Par Zoë
// Ñúñez" → "Zoë Ñúñez"), in any case, and whether there was one: English
// "by", which pages in any language use, and the word of the page's own
// language when it is known. Other languages' words are left: "Von",
// "Di" and "Van" begin names too ("Di Stefano").
func cutBylineWord(s, lang string) (string, bool) {
	first, rest := firstWord(s)
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if w, known := bylineWords[base]; first == "by" || known && first == w {
		return rest, true
	}
	return strings.TrimSpace(s), false
}

// firstWord splits s into its first word, lower-cased, and the rest.
func firstWord(s string) (first, rest string) {
	s = strings.TrimSpace(s)
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		return strings.ToLower(s), ""
	}
	return strings.ToLower(s[:end]), strings.TrimLeftFunc(s[end:], unicode.IsSpace)
}

// repeatsByline reports whether a paragraph of the story only repeats the
// byline, whichever language's "By" it starts with (a paragraph that is
// the byline, and no more, is not a name's beginning): pages spell the
// same byline many ways ("BY FAZLI M.AUFF" for "Fazli M. Auff"), so they
// are compared by their letters alone.
func repeatsByline(para, byline string) bool {
	want := lettersOnly(byline)
	if want == "" {
		return false
	}
	if lettersOnly(para) == want {
		return true
	}
	first, rest := firstWord(para)
	if first != "by" && !slices.Contains(slices.Collect(maps.Values(bylineWords)), first) {
		return false
	}
	return lettersOnly(rest) == want
}
