package cli

import (
	"strings"
	"testing"
)

// An unknown --style is a usage error for every command, not only for
// those that render an article; a known one lets the command run.
func TestStyleIsCheckedForEveryCommand(t *testing.T) {
	const refusal = `brief: unknown style "neon": use one of auto, dark,`
	tests := map[string]struct {
		args     []string
		wantCode int
	}{
		"read":                {[]string{"read", "--plain", "--style", "neon"}, exitUsage},
		"stats, flag first":   {[]string{"--style", "neon", "stats"}, exitUsage},
		"plain quiz":          {[]string{"quiz", "--style", "neon", "--plain"}, exitUsage},
		"scores":              {[]string{"scores", "--style=neon"}, exitUsage},
		"lint of the default": {[]string{"lint", "--style", "neon"}, exitUsage},
		"a known style":       {[]string{"--style", "ascii", "read", "--plain"}, exitOK},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := run(t, "", tc.args...)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d: %s", code, tc.wantCode, errOut)
			}
			refused := strings.HasPrefix(errOut, refusal) && strings.Contains(errOut, "Try 'brief --help'")
			if want := tc.wantCode == exitUsage; refused != want || (want && out != "") {
				t.Errorf("refused %v, want %v; stdout %q, stderr %q", refused, want, out, errOut)
			}
		})
	}
}
