package ids

import (
	"strings"

	"github.com/gosimple/unidecode"
)

// Slug makes an id of the form [a-z0-9-]+ from a title, keeping its
// letters: accented letters lose their accents ("Élections 2024" is
// "elections-2024") and other scripts are transliterated (a Sinhala,
// Tamil or Cyrillic title gives a readable Latin id, not q1). It returns
// "" when nothing usable is left.
func Slug(s string) string {
	if !isASCII(s) {
		s = unidecode.Unidecode(s)
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// isASCII reports whether s needs no transliteration.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
