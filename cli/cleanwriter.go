package cli

import (
	"io"

	"brief/content"
)

// cleanWriter passes text on with every escape sequence and control
// character (but newline and tab) removed. brief's messages are written
// whole, one call each, so a sequence is never split between writes.
type cleanWriter struct{ w io.Writer }

func (c cleanWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, content.CleanText(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
