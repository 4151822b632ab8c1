package cli

import (
	"brief/internal/sanitize"
	"strconv"
	"unicode/utf8"
)

// showPath is a file path as a message prints it. File names come from
// downloads and unpacked archives: one holding an escape sequence or a
// newline is shown quoted, with Go escapes, so that it can neither drive
// the terminal nor forge a line of output, yet still names the real file.
func showPath(p string) string {
	if utf8.ValidString(p) && sanitize.Line(p) == p {
		return p
	}
	return strconv.QuoteToGraphic(p)
}
