package content

import (
	"strings"
	"testing"
)

func FuzzCleanText(f *testing.F) {
	for _, in := range hostileInputs {
		f.Add("before " + in.payload + " after")
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CleanText(s)
		if v := cleanTextViolation(got); v != "" {
			t.Fatalf("CleanText(%q) = %q has %s", s, got, v)
		}
		if again := CleanText(got); again != got {
			t.Fatalf("CleanText is not idempotent on %q: %q then %q", s, got, again)
		}
		if line := CleanLine(s); strings.ContainsAny(line, "\n\t") || cleanTextViolation(line) != "" {
			t.Fatalf("CleanLine(%q) = %q is not one clean line", s, line)
		}
	})
}

func FuzzCleanRendered(f *testing.F) {
	for _, in := range hostileInputs {
		f.Add("\x1b[38;5;252mbefore " + in.payload + " after\x1b[m")
	}
	f.Add("\x1b]8;id=1;https://example.org\a\x1b[1mz\x1b[m\x1b]8;;\a")
	f.Add("\x1b]8;;javascript:alert(1)\x1b\\x\x1b]8;;\x1b\\")
	f.Fuzz(func(t *testing.T, s string) {
		got := CleanRendered(s)
		if v := renderedViolation(got); v != "" {
			t.Fatalf("CleanRendered(%q) = %q has %s", s, got, v)
		}
		if again := CleanRendered(got); again != got {
			t.Fatalf("CleanRendered is not idempotent on %q: %q then %q", s, got, again)
		}
	})
}
