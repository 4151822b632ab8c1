package content

import "brief/internal/sanitize"

// CleanText is sanitize.Text: see there. Content's callers keep this name
// while the code moves to cleaning text once where it enters.
func CleanText(s string) string { return sanitize.Text(s) }

// CleanLine is sanitize.Line.
func CleanLine(s string) string { return sanitize.Line(s) }

// CleanRendered is sanitize.Rendered.
func CleanRendered(s string) string { return sanitize.Rendered(s) }
