package webimport

import (
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
// Ñúñez" → "Zoë Ñúñez"), in any case, and whether there was one. Only
// the page's own language's word (and English "by", which pages in any
// language use) is cut when lang is known: "Von", "Di" and "Van" begin
// names too. With lang "", any language's word is.
func cutBylineWord(s, lang string) (string, bool) {
	s = strings.TrimSpace(s)
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		return s, false
	}
	first, rest := strings.ToLower(s[:end]), strings.TrimLeftFunc(s[end:], unicode.IsSpace)
	if first == "by" {
		return rest, true
	}
	if lang == "" {
		for _, w := range bylineWords {
			if first == w {
				return rest, true
			}
		}
		return s, false
	}
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if w, known := bylineWords[base]; known && first == w {
		return rest, true
	}
	return s, false
}

// repeatsByline reports whether a paragraph of the story only repeats the
// byline, whichever language's "By" it starts with: pages spell the same
// byline many ways ("BY FAZLI M.AUFF" for "Fazli M. Auff"), so they are
// compared by their letters alone.
func repeatsByline(para, byline string) bool {
	want := lettersOnly(byline)
	if want == "" {
		return false
	}
	rest, _ := cutBylineWord(para, "")
	return lettersOnly(para) == want || lettersOnly(rest) == want
}
