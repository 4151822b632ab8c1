package content

import (
	"brief/content/internal/textcheck"
	"brief/internal/diag"
)

// CheckText refuses a pack file that is not UTF-8 text with one error for
// the whole file, located at its first byte that is not text, or returns
// nil: read on, a binary file gives an error for every line it holds.
func CheckText(path string, data []byte) *diag.Diagnostic {
	return textcheck.Check(path, data, textcheck.PackHint)
}

// CheckImport refuses a file given to `brief import` that is not text,
// before its format is guessed from what it holds. A web page (html) may
// be in another encoding than UTF-8, which it declares, so only a binary
// file is refused.
func CheckImport(path string, data []byte, html bool) *diag.Diagnostic {
	if html {
		return textcheck.Binary(path, data, textcheck.ImportHint)
	}
	return textcheck.Check(path, data, textcheck.ImportHint)
}
