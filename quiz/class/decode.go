package class

import (
	"brief/internal/diag"
	"brief/internal/sanitize"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on one hand-in file. A real one is far below them (a 40-question
// pack taken 100 times is about 1 MB); they keep a damaged or hostile file
// from taking the report's memory or time.
const (
	MaxFileBytes = 16 << 20
	MaxAttempts  = 2000
	MaxAnswers   = 100_000
)

// Decode reads one hand-in file. Every problem is a located diagnostic
// (path:line:col), so a teacher can open the file at the place; strings are
// cleaned of control and escape sequences here, where they enter, so the
// report can print them as they are.
func Decode(path string, data []byte) (*HandIn, error) {
	if len(data) > MaxFileBytes {
		return nil, diag.Errorf(path, 1, 1, "is %s; a hand-in file is at most %s", diag.SizeText(len(data)), diag.SizeText(MaxFileBytes))
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, jsonError(path, data, err)
	}
	switch {
	case head.Format != Format:
		line, col := locate(data, "format")
		return nil, diag.Errorf(path, line, col, "is not a brief hand-in file (its format is %q; want %q)", sanitize.Line(head.Format), Format)
	case head.Version > Version:
		line, col := locate(data, "version")
		return nil, diag.Errorf(path, line, col, "was written by a newer brief (hand-in version %d; this brief reads up to %d): update brief", head.Version, Version)
	case head.Version < 1:
		line, col := locate(data, "version")
		return nil, diag.Errorf(path, line, col, "has hand-in version %d; versions start at 1", head.Version)
	}
	h := &HandIn{Path: path}
	if err := json.Unmarshal(data, h); err != nil {
		return nil, jsonError(path, data, err)
	}
	if err := check(h, data); err != nil {
		return nil, err
	}
	clean(h)
	return h, nil
}

// jsonError locates a JSON decoding error at the byte it names.
func jsonError(path string, data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		off := syntax.Offset - 1 // just past the bad byte, or the end of a cut file
		if syntax.Offset >= int64(len(data)) {
			off = int64(len(data))
		}
		line, col := lineCol(data, max(off, 0))
		return diag.Errorf(path, line, col, "is not valid JSON: %s", syntaxWords(data, off))
	case errors.As(err, &typ):
		field := typ.Field[strings.LastIndexByte(typ.Field, '.')+1:]
		line, col := lineCol(data, valueBefore(data, typ.Offset, field))
		return diag.Errorf(path, line, col, "%s should be %s, not a JSON %s", field, kindName(typ.Type.Kind()), typ.Value)
	}
	return diag.Errorf(path, 1, 1, "cannot be read: %v", err)
}

// syntaxWords says in plain words what stops JSON at off: the file
// ends too soon, or a character is not what JSON allows there. Go's own
// words ("invalid character 'o' in literal null (expecting 'u')") speak
// of the decoder, not of the file.
func syntaxWords(data []byte, off int64) string {
	if off >= int64(len(data)) {
		return "the file ends before its last value does (cut short?)"
	}
	r, _ := utf8.DecodeRune(data[off:])
	return fmt.Sprintf("%q is not allowed here", r)
}

// valueBefore finds the start of field's value, read just before off
// (a type error's offset is past the value).
func valueBefore(data []byte, off int64, field string) int64 {
	key := []byte(`"` + field + `"`)
	i := bytes.LastIndex(data[:min(off, int64(len(data)))], key)
	if field == "" || i < 0 {
		return off
	}
	return skipSpace(data, int64(i+len(key)))
}

// kindName says what JSON a Go kind is read from.
func kindName(k reflect.Kind) string {
	names := map[reflect.Kind]string{reflect.String: "a string", reflect.Bool: "true or false",
		reflect.Slice: "a list", reflect.Array: "a list", reflect.Struct: "an object", reflect.Map: "an object", reflect.Pointer: "an object"}
	if n, ok := names[k]; ok {
		return n
	}
	return "a number"
}

// check refuses what brief cannot have written: no student or pack, an
// unknown mode, points outside 0..max, negative times, too many attempts.
func check(h *HandIn, data []byte) error {
	at := func(format string, args []any, where ...any) error {
		line, col := locate(data, where...)
		return diag.Errorf(h.Path, line, col, format, args...)
	}
	switch {
	case h.Student == "":
		return at("names no student (the student sets a name with `brief config name`)", nil, "student")
	case h.Pack.ID == "":
		return at("names no pack", nil, "pack")
	case len(h.Attempts) > MaxAttempts:
		return at("holds %d attempts; a hand-in file holds at most %d", []any{len(h.Attempts), MaxAttempts}, "attempts")
	}
	for _, art := range slices.Sorted(maps.Keys(h.Unfinished)) {
		if n := h.Unfinished[art]; n < 0 || art == "" {
			return at("unfinished attempts %d on %q: want an article and a count from 0", []any{n, sanitize.Line(art)}, "unfinished", art)
		}
	}
	answers := 0
	for i := range h.Attempts {
		a := &h.Attempts[i]
		answers += len(a.Answers)
		if answers > MaxAnswers {
			return at("holds more than %d answers", []any{MaxAnswers}, "attempts", i, "answers")
		}
		if err := checkAttempt(a, func(msg string, args []any, where ...any) error {
			return at(msg, args, append([]any{"attempts", i}, where...)...)
		}); err != nil {
			return err
		}
	}
	return nil
}

// checkAttempt checks one attempt; at locates a problem inside it.
func checkAttempt(a *Attempt, at func(string, []any, ...any) error) error {
	if !slices.Contains([]string{ModePractice, ModeExam, ModeRetry, ModeReview}, a.Mode) {
		return at("mode %q is not practice, exam, retry or review", []any{sanitize.Line(a.Mode)}, "mode")
	}
	if a.Article == "" {
		return at("attempt names no article", nil, "article")
	}
	if a.Started.IsZero() {
		return at("attempt has no start time", nil, "started")
	}
	if a.Finished != nil && a.Finished.Before(a.Started) {
		return at("attempt finished before it started", nil, "finished")
	}
	if _, err := parseDuration(a.Settings.TimeLimit); err != nil {
		return at("time limit %q is not a duration such as 15m", []any{sanitize.Line(a.Settings.TimeLimit)}, "settings", "time_limit")
	}
	for j, ans := range a.Answers {
		switch {
		case ans.Question == "":
			return at("answer names no question", nil, "answers", j)
		case ans.Max < 0 || ans.Points < 0 || ans.Points > ans.Max+1e-9:
			return at("points %g of %g is not between 0 and the maximum", []any{ans.Points, ans.Max}, "answers", j, "points")
		case ans.Seconds < 0:
			return at("time taken is negative", nil, "answers", j, "seconds")
		}
	}
	return nil
}

// parseDuration reads an optional Go duration.
func parseDuration(s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(s)
	if err == nil && d < 0 {
		err = fmt.Errorf("negative")
	}
	return d, err
}

// clean makes every string of h safe to print: one line, no control or
// escape sequences.
func clean(h *HandIn) {
	for _, s := range []*string{&h.Student, &h.Brief, &h.Pack.ID, &h.Pack.Version, &h.Pack.ContentHash, &h.Pack.Title} {
		*s = sanitize.Line(*s)
	}
	if as := h.Pack.Assignment; as != nil {
		as.Mode, as.Due, as.TimeLimit = sanitize.Line(as.Mode), sanitize.Line(as.Due), sanitize.Line(as.TimeLimit)
	}
	if h.Unfinished != nil {
		unfinished := map[string]int{}
		for art, n := range h.Unfinished {
			unfinished[sanitize.Line(art)] += n
		}
		h.Unfinished = unfinished
	}
	for i := range h.Attempts {
		a := &h.Attempts[i]
		a.Article = sanitize.Line(a.Article)
		a.Settings.Section, a.Settings.Level = sanitize.Line(a.Settings.Section), sanitize.Line(a.Settings.Level)
		for j := range a.Answers {
			ans := &a.Answers[j]
			for _, s := range []*string{&ans.Question, &ans.Type, &ans.Level, &ans.Section, &ans.Given} {
				*s = sanitize.Line(*s)
			}
		}
	}
}
