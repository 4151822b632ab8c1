package quiz

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"case":                {"PYONGYANG", "pyongyang"},
		"surrounding space":   {"  Kim Jong Un \n", "kim jong un"},
		"repeated spaces":     {"Kim   Jong\tUn", "kim jong un"},
		"trailing full stop":  {"Pyongyang.", "pyongyang"},
		"quotes and commas":   {`"Vostochny", Russia!`, "vostochny russia"},
		"hyphen separates":    {"Kim Jong-un", "kim jong un"},
		"en dash separates":   {"2019–2023", "2019 2023"},
		"slash separates":     {"and/or", "and or"},
		"dots join":           {"U.S.", "us"},
		"apostrophe":          {"Putin’s", "putins"},
		"macron":              {"Sōchi", "sochi"},
		"breve":               {"Pyŏngyang", "pyongyang"},
		"cedilla and accents": {"Français Émile", "francais emile"},
		"sharp s":             {"Straße", "strasse"},
		"polish l":            {"Łódź", "lodz"},
		"full-width letters":  {"ＰＹＯＮＧＹＡＮＧ", "pyongyang"},
		"ligature":            {"ﬁnal", "final"},
		"cyrillic kept":       {"Путин", "путин"},
		"greek final sigma":   {"ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},
		"korean kept":         {"평양", "평양"},
		"zero-width space":    {"Pyong\u200byang", "pyongyang"},
		"only punctuation":    {"?!…", ""},
		"empty":               {"", ""},
		"symbols kept":        {"C++ & $5", "c++ $5"},
		"invalid utf-8":       {"ab\xffc", "abc"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	tests := map[string]struct {
		a, b string
		want int
	}{
		"same":          {"vostochny", "vostochny", 0},
		"one missing":   {"vostochny", "vostochy", 1},
		"one swapped":   {"vostochny", "votsochny", 1},
		"swap at end":   {"smith", "smiht", 1},
		"two letters":   {"ab", "ba", 1},
		"swap and miss": {"vostochny", "votsochy", 2},
		"not a swap":    {"abc", "ca", 3}, // a swapped pair is not edited again
		"one replaced":  {"sochi", "sachi", 1},
		"empty":         {"", "abc", 3},
		"runes":         {"평양", "평야", 1},
		"both empty":    {"", "", 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := EditDistance(tc.a, tc.b); got != tc.want {
				t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
			if got := EditDistance(tc.b, tc.a); got != tc.want {
				t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := map[string]struct {
		in   string
		want float64
		ok   bool
	}{
		"integer":           {"62", 62, true},
		"spaces":            {" 62 ", 62, true},
		"decimal point":     {"61.5", 61.5, true},
		"decimal comma":     {"61,5", 61.5, true},
		"percent":           {"61.5%", 61.5, true},
		"percent spaced":    {"61.5 %", 61.5, true},
		"thousands comma":   {"1,000,000", 1e6, true},
		"thousands and dot": {"1,234.5", 1234.5, true},
		"comma three digit": {"61,500", 61500, true},
		"thousands space":   {"10 000", 10000, true},
		"negative":          {"-3", -3, true},
		"unicode minus":     {"−3", -3, true},
		"plus":              {"+3", 3, true},
		"exponent":          {"1e3", 1000, true},
		"word":              {"ten", 0, false},
		"empty":             {"", 0, false},
		"infinity":          {"inf", 0, false},
		"nan":               {"NaN", 0, false},
		"hex":               {"0x10", 0, false},
		"overflow":          {"1e999", 0, false},
		"two commas":        {"1,5,5", 0, false},
		"unit":              {"10 km", 0, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := ParseNumber(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("ParseNumber(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}

// FuzzNormalize checks that normalising is idempotent and leaves valid
// UTF-8 with no upper case and no stray spaces. The seed corpus is in
// testdata/fuzz/FuzzNormalize.
func FuzzNormalize(f *testing.F) {
	f.Add("Pyongyang.")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if again := Normalize(n); again != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, again)
		}
		for _, r := range n {
			if unicode.ToLower(r) != r {
				t.Fatalf("Normalize(%q) = %q keeps upper case %q", s, n, r)
			}
		}
		if strings.TrimSpace(n) != n || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q has stray spaces", s, n)
		}
	})
}
