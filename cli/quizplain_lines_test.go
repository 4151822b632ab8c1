package cli

import (
	"strings"
	"testing"
)

// A piped transcript shows each answer read after its prompt, so it can
// be checked against the answers file (it used to show "> " and
// nothing).
func TestPlainTranscriptEchoesTheAnswersRead(t *testing.T) {
	lines, _ := rightAnswers(t, 5)
	out, errOut, code := runIn(t, t.TempDir(), strings.Join(lines, "\n")+"\n", "quiz", "--plain", "--seed", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, l := range lines {
		if !strings.Contains(out, "\n> "+l+"\n") {
			t.Errorf("the transcript does not show the answer %q after its prompt:\n%s", l, tail(out, 20))
		}
	}
}

// What a pipe feeds in is echoed without its escape codes, which would
// otherwise reach the terminal showing the transcript.
func TestPlainEchoCleansTheLine(t *testing.T) {
	var out strings.Builder
	src := &scannedLines{out: &out}
	src.shown("b\x1b[2J\x1b]0;owned\x07")
	if got := out.String(); got != "b\n" {
		t.Errorf("echoed %q, want %q", got, "b\n")
	}
}
