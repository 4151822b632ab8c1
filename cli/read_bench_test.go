package cli

import (
	"context"
	"io"
	"strings"
	"testing"
)

// BenchmarkReadPlain is `brief read --plain` in process: load the
// embedded pack, render the article, write it out.
func BenchmarkReadPlain(b *testing.B) {
	for b.Loop() {
		code := Execute(context.Background(), Env{
			Args:  []string{"read", "--plain", "--width", "80"},
			Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		})
		if code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
