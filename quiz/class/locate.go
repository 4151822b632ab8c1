package class

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// locate finds where in a JSON document the value at path starts (object
// keys as strings, array indexes as ints) and returns its line and column,
// from 1. It walks the tokens again, so it costs nothing until a check
// fails; a path it cannot follow gives the start of the document.
func locate(data []byte, path ...any) (line, col int) {
	dec := json.NewDecoder(bytes.NewReader(data))
	off, ok := seek(dec, data, path)
	if !ok {
		off = 0
	}
	return lineCol(data, off)
}

// seek reads the value dec is at, descending along path, and returns the
// offset where the value path names starts.
func seek(dec *json.Decoder, data []byte, path []any) (int64, bool) {
	if len(path) == 0 {
		return skipSpace(data, dec.InputOffset()), true
	}
	tok, err := dec.Token()
	if err != nil {
		return 0, false
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return 0, false
	}
	for i := 0; dec.More(); i++ {
		if delim == '{' {
			key, err := dec.Token()
			if err != nil {
				return 0, false
			}
			if key == path[0] {
				return seek(dec, data, path[1:])
			}
		} else if path[0] == i {
			return seek(dec, data, path[1:])
		}
		if !skipValue(dec) {
			return 0, false
		}
	}
	return 0, false
}

// skipValue reads one whole value, however deep.
func skipValue(dec *json.Decoder) bool {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return true
		}
	}
}

// skipSpace moves off past the separators before a value.
func skipSpace(data []byte, off int64) int64 {
	for off < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n,:"), data[off]) >= 0 {
		off++
	}
	return off
}

// lineCol turns a byte offset into a line and a column counted in
// characters, both from 1.
func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}
