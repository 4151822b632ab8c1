// Package diag is the located problem report of every parser and check in
// brief: path:line:col: message, the form editors and compilers use.
package diag

import (
	"fmt"
	"strings"
)

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
	// Whole says the finding is about a pack folder or zip as a whole,
	// which has no line to point into: it reads path: message.
	Whole bool
}

// Error formats the diagnostic as path:line:col: message, the form editors
// and compilers use, so it can be clicked in most terminals and IDEs.
func (d *Diagnostic) Error() string {
	if d.Whole {
		return fmt.Sprintf("%s: %s", d.Path, d.Msg)
	}
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
	if d.Whole {
		return fmt.Sprintf("%s: %s: %s", d.Path, sev, d.Msg)
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

// WholeErrorf makes an error diagnostic about a pack folder or zip as a
// whole.
func WholeErrorf(path string, format string, args ...any) *Diagnostic {
	return &Diagnostic{Path: path, Severity: Error, Msg: fmt.Sprintf(format, args...), Whole: true}
}

// Warnf makes a warning diagnostic at a position.
func Warnf(path string, line, col int, format string, args ...any) *Diagnostic {
	return &Diagnostic{Path: path, Line: line, Col: col, Severity: Warning, Msg: fmt.Sprintf(format, args...)}
}

// Clip shortens s to at most n runes, marking the cut.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}

// FirstError is the first error-severity diagnostic of ds, or nil (an
// untyped nil, so it can be returned as an error).
func FirstError(ds []*Diagnostic) error {
	for _, d := range ds {
		if d.Severity != Warning {
			return d
		}
	}
	return nil
}

// CountErrors counts the error-severity diagnostics of ds.
func CountErrors(ds []*Diagnostic) int {
	n := 0
	for _, d := range ds {
		if d.Severity != Warning {
			n++
		}
	}
	return n
}
