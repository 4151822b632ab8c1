package common

import "testing"

func TestOneLineAndCleanError(t *testing.T) {
	tests := map[string]struct {
		f       func(string) string
		in, out string
	}{
		"one line joins lines":    {OneLine, " Who\n\tcalled  it? ", "Who called it?"},
		"one line keeps the text": {OneLine, "Who\x1b[2J", "Who\x1b[2J"},
		"an error is cleaned":     {CleanError, "open x\x1b]52;c;aGk=\a: denied", "open x: denied"},
		"an error stays one line": {CleanError, "disk\nfull", "disk full"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.f(tc.in); got != tc.out {
				t.Errorf("got %q, want %q", got, tc.out)
			}
		})
	}
}
