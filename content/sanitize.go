package content

import "strings"

// CleanText removes from untrusted multi-line text everything that could
// act on a terminal. (Placeholder: the full sanitizer replaces this.)
func CleanText(s string) string { return strings.ReplaceAll(s, "\x1b", "") }

// CleanLine is CleanText for one-line values: newlines and tabs become spaces.
func CleanLine(s string) string {
	return strings.Join(strings.Fields(CleanText(s)), " ")
}

// CleanRendered lets through only SGR styling and OSC 8 links to http,
// https and mailto from rendered output. (Placeholder.)
func CleanRendered(s string) string { return s }
