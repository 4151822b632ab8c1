package quiz

import "brief/internal/diag"

// The diagnostic type lives in internal/diag, where every parser can reach
// it; these names keep quiz's callers as they are.
type (
	// Diagnostic is diag.Diagnostic.
	Diagnostic = diag.Diagnostic
	// Severity is diag.Severity.
	Severity = diag.Severity
)

// The severities lint reports.
const (
	Error   = diag.Error
	Warning = diag.Warning
)

// Errorf is diag.Errorf.
func Errorf(path string, line, col int, format string, args ...any) *Diagnostic {
	return diag.Errorf(path, line, col, format, args...)
}

// WholeErrorf is diag.WholeErrorf.
func WholeErrorf(path string, format string, args ...any) *Diagnostic {
	return diag.WholeErrorf(path, format, args...)
}

// Warnf is diag.Warnf.
func Warnf(path string, line, col int, format string, args ...any) *Diagnostic {
	return diag.Warnf(path, line, col, format, args...)
}
