package content

import (
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// YAMLSyntaxAt locates a yaml.v3 syntax error in the text it was reading
// (front matter, pack.yaml) and says it without Go's wording: the line
// and column where a quoted value or a [ or { list left open begins,
// since yaml.v3 names where it ran out of text (or the line of the key
// before); else the line yaml.v3 names, counted from 1 whichever stage of
// its parser gave it.
func YAMLSyntaxAt(data []byte, err error) (line, col int, msg string) {
	line, msg = YAMLErrorLine(err)
	if ranOut(msg) {
		if u, ok := findUnclosed(data); ok {
			return u.line, u.col, u.message()
		}
	}
	if parserStage(msg) && strings.HasPrefix(err.Error(), "yaml: line ") {
		// The parser stage counts lines from 0 (and omits line 0); its
		// scanner counts from 1.
		line++
	}
	return line, 1, msg
}

// parserStage recognises the messages of yaml.v3's parser stage.
func parserStage(msg string) bool {
	for _, prefix := range []string{"did not find expected", "found duplicate %", "found incompatible YAML", "found undefined tag handle"} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// YAMLErrorLine pulls the line number out of a yaml.v3 error message, whose
// errors carry it only as text ("yaml: line 3: ...").
func YAMLErrorLine(err error) (int, string) {
	var typeErr *yaml.TypeError
	if errors.As(err, &typeErr) && len(typeErr.Errors) > 0 {
		// "line 9: field deadline not found in type content.Assignment":
		// the first problem, without Go's type names.
		var line int
		first := typeErr.Errors[0]
		if _, scanErr := fmt.Sscanf(first, "line %d:", &line); scanErr == nil {
			first = strings.TrimSpace(first[strings.Index(first, ":")+1:])
		}
		if field, ok := strings.CutPrefix(first, "field "); ok && strings.Contains(field, " not found in type ") {
			first = fmt.Sprintf("unknown field %q", field[:strings.Index(field, " not found in type ")])
		}
		return max(line, 1), first
	}
	msg := err.Error()
	var line int
	if _, scanErr := fmt.Sscanf(msg, "yaml: line %d:", &line); scanErr == nil {
		return line, strings.TrimSpace(msg[strings.Index(msg, ":")+1:][strings.Index(msg[strings.Index(msg, ":")+1:], ":")+1:])
	}
	return 1, strings.TrimPrefix(msg, "yaml: ")
}

// ranOut reports whether a yaml.v3 message says the text ended inside a
// value: a quoted value or a [ or { list left open.
func ranOut(msg string) bool {
	return strings.Contains(msg, "unexpected end of stream") ||
		strings.Contains(msg, "did not find expected ',' or ']'") ||
		strings.Contains(msg, "did not find expected ',' or '}'") ||
		strings.Contains(msg, "while scanning a quoted scalar")
}
