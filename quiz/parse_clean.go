package quiz

import (
	"strings"

	"brief/internal/sanitize"
)

// cleanText makes untrusted multi-line text from a question file safe to
// show, with the one sanitizer every entry point uses (escape sequences,
// controls, bidi and invisible characters, combining-mark floods,
// character references). Tabs become spaces and the text is trimmed, as
// question text is laid out by brief, not by the file's indentation.
func cleanText(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(sanitize.Text(s), "\t", " "))
}

// cleanLine is cleanText for one-line values: runs of white space,
// newlines included, become one space.
func cleanLine(s string) string {
	return sanitize.Line(s)
}
