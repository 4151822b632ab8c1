package sanitize_test

import (
	"strings"
	"testing"

	"brief/internal/sanitize"
	"brief/internal/sanitize/sanitizetest"
)

func FuzzText(f *testing.F) {
	for _, in := range sanitizetest.HostileInputs {
		f.Add("before " + in.Payload + " after")
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := sanitize.Text(s)
		if v := sanitizetest.TextViolation(got); v != "" {
			t.Fatalf("sanitize.Text(%q) = %q has %s", s, got, v)
		}
		if again := sanitize.Text(got); again != got {
			t.Fatalf("Text is not idempotent on %q: %q then %q", s, got, again)
		}
		if line := sanitize.Line(s); strings.ContainsAny(line, "\n\t") || sanitizetest.TextViolation(line) != "" {
			t.Fatalf("sanitize.Line(%q) = %q is not one clean line", s, line)
		}
	})
}

func FuzzRendered(f *testing.F) {
	for _, in := range sanitizetest.HostileInputs {
		f.Add("\x1b[38;5;252mbefore " + in.Payload + " after\x1b[m")
	}
	f.Add("\x1b]8;id=1;https://example.org\a\x1b[1mz\x1b[m\x1b]8;;\a")
	f.Add("\x1b]8;;javascript:alert(1)\x1b\\x\x1b]8;;\x1b\\")
	f.Fuzz(func(t *testing.T, s string) {
		got := sanitize.Rendered(s)
		if v := sanitizetest.RenderedViolation(got); v != "" {
			t.Fatalf("sanitize.Rendered(%q) = %q has %s", s, got, v)
		}
		if again := sanitize.Rendered(got); again != got {
			t.Fatalf("Rendered is not idempotent on %q: %q then %q", s, got, again)
		}
	})
}
