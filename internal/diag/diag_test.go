package diag

import "testing"

// A finding about a whole pack folder or zip has no line to point into;
// one about a file keeps path:line:col (1:1 for the whole file), which
// editors can jump to.
func TestDiagnosticFormats(t *testing.T) {
	tests := map[string]struct {
		d              *Diagnostic
		str, errString string
	}{
		"a whole pack":      {WholeErrorf("other.zip", "no articles"), "other.zip: error: no articles", "other.zip: no articles"},
		"a whole file":      {Errorf("pk/a.md", 0, 0, "missing front matter"), "pk/a.md:1:1: error: missing front matter", "pk/a.md:1:1: missing front matter"},
		"a place in a file": {Warnf("pk/a.quiz.yaml", 4, 7, "odd"), "pk/a.quiz.yaml:4:7: warning: odd", "pk/a.quiz.yaml:4:7: odd"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.d.String(); got != tc.str {
				t.Errorf("String = %q, want %q", got, tc.str)
			}
			if got := tc.d.Error(); got != tc.errString {
				t.Errorf("Error = %q, want %q", got, tc.errString)
			}
		})
	}
}
