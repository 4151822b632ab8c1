package common

import (
	"strings"

	"brief/internal/sanitize"
)

// OneLine lays text out on one line: runs of spaces, tabs and newlines
// become one space, and the ends are trimmed. It is layout, not
// cleaning: text from packs and the store was cleaned where it was
// loaded, and screens show it as it is.
func OneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n'
	}), " ")
}

// CleanError makes a line that did not come from a load safe to show:
// an error's text (a path, a driver's message) or a note built from one,
// cleaned as a one-line value. It is the only place screens clean text.
func CleanError(s string) string { return sanitize.Line(s) }
