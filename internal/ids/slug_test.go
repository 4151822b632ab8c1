package ids

import "testing"

// TestSlugKeepsLetters: ids made from titles keep their letters, whatever
// the script, so a teacher can still tell which question an id names.
func TestSlugKeepsLetters(t *testing.T) {
	tests := map[string]string{
		"Élections 2024":             "elections-2024",
		"Élections 2024 — Résultats": "elections-2024-resultats",
		"Łódź, Straße":               "lodz-strasse",
		"ශ්‍රී ලංකා මැතිවරණය": "shrii-lnkaa-maetivrnny",
		"தேர்தல் முடிவுகள்":   "teertl-muttivukll",
		"Москва":       "moskva",
		"2-08 TSL":     "2-08-tsl",
		"  --  ":       "",
		"\u200b\u202e": "",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
