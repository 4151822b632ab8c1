package cli

import (
	"brief/internal/sanitize"
	"io"
)

// cleanWriter passes text on with every escape sequence and control
// character (but newline and tab) removed. brief's messages are written
// whole, one call each, so a sequence is never split between writes.
type cleanWriter struct{ w io.Writer }

func (c cleanWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, sanitize.Text(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
