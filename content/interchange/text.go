package interchange

import (
	"brief/content/internal/textcheck"
	"brief/internal/diag"
)

// checkText refuses a GIFT or Aiken file that is not UTF-8 text with one
// error for the whole file, before its lines are read: a binary file
// would otherwise give an error for every line and braces it happened to
// hold. importing says which command read it, for the hint.
func checkText(path string, data []byte, importing bool) *diag.Diagnostic {
	if importing {
		return textcheck.Check(path, data, textcheck.ImportHint)
	}
	return textcheck.Check(path, data, textcheck.PackHint)
}
