// Package textcheck refuses a file that is not UTF-8 text with one located
// error for the whole file, before any reader looks at its lines: a
// binary file named .txt or .gift used to get an error for every line it
// happened to hold.
package textcheck

import (
	"bytes"
	"unicode/utf8"

	"brief/internal/diag"
	"brief/quiz"
)

// binaryWindow is how far into a file a NUL byte marks it as binary, as
// git and diff decide: text never holds one, and nearly every binary
// format does within its first few kilobytes.
const binaryWindow = 8000

// Check returns an error located at the first byte that is not UTF-8 text
// (or the first NUL byte of a binary file), or nil when data is UTF-8
// text. hint says what the reader takes, for a binary file ("brief
// imports text files"), since saving it as UTF-8 would not help.
func Check(path string, data []byte, hint string) *diag.Diagnostic {
	if d := checkUTF16(path, data); d != nil {
		return d
	}
	if d := Binary(path, data, hint); d != nil {
		return d
	}
	if utf8.Valid(data) {
		return nil
	}
	line, col := quiz.InvalidUTF8At(data)
	return diag.Errorf(path, line, col, "the file is not valid UTF-8 text: save it as UTF-8")
}

// Binary refuses a file holding a NUL byte where text would not, located
// at the first byte that is not UTF-8 text, or nil. A reader that takes
// other encodings than UTF-8 (a web page in windows-1252) calls it rather
// than Check, which refuses every file that is not UTF-8; a UTF-16 file,
// whose NUL bytes are text, is left to it.
func Binary(path string, data []byte, hint string) *diag.Diagnostic {
	nul := bytes.IndexByte(data[:min(len(data), binaryWindow)], 0)
	if nul < 0 || checkUTF16(path, data) != nil {
		return nil
	}
	// The NUL, or a byte before it that is not UTF-8.
	line, col := quiz.InvalidUTF8At(data[:nul])
	return diag.Errorf(path, line, col, "not UTF-8 text (a binary file?): %s", hint)
}

// checkUTF16 says so of a file that starts with a UTF-16 byte order mark,
// as Windows Notepad saves "Unicode" text: its NUL bytes would otherwise
// call it binary.
func checkUTF16(path string, data []byte) *diag.Diagnostic {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return diag.Errorf(path, 1, 1, "the file is saved as UTF-16, not UTF-8: save it as UTF-8")
	}
	return nil
}

// What a reader takes, for the message refusing a binary file.
const (
	PackHint   = "a pack holds text files: articles (.md) and questions (.quiz.yaml, .gift, .aiken.txt)"
	ImportHint = "brief imports text files (.gift, .aiken.txt, .html, .txt)"
)
