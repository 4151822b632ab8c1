package quiz

import "fmt"

// Severity says whether a diagnostic stops a pack from being used.
type Severity string

// The severities lint reports.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Diagnostic is a problem found at a place in a file. It is the error type
// of every parser in brief, so each message a user sees is located as
// path:line:col.
type Diagnostic struct {
	Path     string
	Line     int // 1-based; 0 when the whole file is meant
	Col      int // 1-based; 0 when the whole line is meant
	Severity Severity
	Msg      string
}

// Error formats the diagnostic as path:line:col: message, the form editors
// and compilers use, so it can be clicked in most terminals and IDEs.
func (d *Diagnostic) Error() string {
	line, col := d.Line, d.Col
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	return fmt.Sprintf("%s:%d:%d: %s", d.Path, line, col, d.Msg)
}

// String formats the diagnostic with its severity, as lint prints it:
// path:line:col: error|warning: message.
func (d *Diagnostic) String() string {
	sev := d.Severity
	if sev == "" {
		sev = Error
	}
	line, col := d.Line, d.Col
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.Path, line, col, sev, d.Msg)
}

// Errorf makes an error diagnostic at a position.
func Errorf(path string, line, col int, format string, args ...any) *Diagnostic {
	return &Diagnostic{Path: path, Line: line, Col: col, Severity: Error, Msg: fmt.Sprintf(format, args...)}
}

// Warnf makes a warning diagnostic at a position.
func Warnf(path string, line, col int, format string, args ...any) *Diagnostic {
	return &Diagnostic{Path: path, Line: line, Col: col, Severity: Warning, Msg: fmt.Sprintf(format, args...)}
}
