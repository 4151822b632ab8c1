package content

import (
	"strings"
	"testing"
)

// A link whose text is its address, as it would be heard, is read once.
func TestSpokenLinksSayTheAddressOnce(t *testing.T) {
	tests := map[string]struct {
		md, want string
	}{
		"text and address":       {"[the agency](https://agency.example/)", "the agency (https://agency.example/)"},
		"the address as text":    {"[https://agency.example/](https://agency.example/)", "https://agency.example/"},
		"without scheme or www":  {"[agency.example/news](https://www.agency.example/news/)", "agency.example/news"},
		"another case":           {"[Agency.Example](https://agency.example)", "Agency.Example"},
		"a bare address":         {"<https://agency.example/>", "https://agency.example/"},
		"an e-mail address":      {"<desk@agency.example>", "desk@agency.example"},
		"an address in the text": {"see https://agency.example/ now", "see https://agency.example/ now"},
		"emphasis in the text":   {"[the *big* agency](https://agency.example/)", "the big agency (https://agency.example/)"},
	}
	r := NewSpokenRenderer()
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, err := r.Render(tc.md, 80)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(out); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// The spoken style is a copy: --plain, rendered after it in the same
// run (the reader's home screen, then a print), keeps the notty marks.
func TestSpokenStyleLeavesTheNottyStyleAlone(t *testing.T) {
	md := "# Title\n\n*By Ana*\n\n- one\n\n> said\n"
	if _, err := NewSpokenRenderer().Render(md, 80); err != nil {
		t.Fatal(err)
	}
	plain, err := NewPlainRenderer("notty")
	if err != nil {
		t.Fatal(err)
	}
	out, err := plain.Render(md, 80)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Title", "*By Ana*", "• one", "| said"} {
		if !strings.Contains(out, want) {
			t.Errorf("--plain lost %q:\n%s", want, out)
		}
	}
}

// Quotes and dashes are straight, as the quiz's --accessible writes
// them, where a screen reader would say "em dash" or "left double
// quotation mark"; a line with them is still wrapped within the width.
func TestSpokenTypographyIsStraight(t *testing.T) {
	md := "It’s “here” — now… · then → there\n\n“–” begins a line, • ends one\n\n" +
		strings.Repeat("“word” — ", 20)
	out, err := NewSpokenRenderer().Render(md, 40)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out, "\n")
	if got, want := strings.TrimSpace(lines[1]), `It's "here" - now..., then to there`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := strings.TrimSpace(lines[3]), `"-" begins a line, - ends one`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, line := range lines {
		if w := len([]rune(line)); w > 40 {
			t.Errorf("a line of %d columns, wider than 40: %q", w, line)
		}
	}
}
