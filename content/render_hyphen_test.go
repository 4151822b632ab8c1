package content

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// "F-16" is never split after its hyphen, at any width, and comes out with
// an ordinary hyphen; a hyphen between words still breaks as before.
func TestLetterDigitHyphensDoNotBreak(t *testing.T) {
	md := "# Arms\n\nThe Western allies could potentially send more destructive weapons including F-16 jets and MiG-29s to Ukraine, said the well-known analyst.\n"
	r, err := NewRenderer("dark")
	if err != nil {
		t.Fatal(err)
	}
	for width := 20; width <= 100; width++ {
		out, err := r.Render(md, width)
		if err != nil {
			t.Fatal(err)
		}
		plain := ansi.Strip(out)
		for _, l := range strings.Split(plain, "\n") {
			if t := strings.TrimRight(l, " "); strings.HasSuffix(t, "F-") || strings.HasSuffix(t, "MiG-") {
				goto broken
			}
		}
		if strings.Contains(plain, nonBreakingHyphen) {
			t.Fatalf("width %d: a non-breaking hyphen reached the screen", width)
		}
		continue
	broken:
		t.Errorf("width %d splits a letter-digit word:\n%s", width, plain)
	}
}

func TestHoldHyphens(t *testing.T) {
	for in, want := range map[string]string{
		"F-16 jets":           "F\u201116 jets",
		"COVID-19 and MiG-29": "COVID\u201119 and MiG\u201129",
		"well-known, 2023-09": "well-known, 2023-09",
		"-5 and a-":           "-5 and a-",
		"Ü-2":                 "Ü\u20112",
	} {
		if got := holdHyphens(in); got != want {
			t.Errorf("holdHyphens(%q) = %q, want %q", in, got, want)
		}
	}
}
