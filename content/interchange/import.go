package interchange

import (
	"errors"
	"slices"

	"brief/internal/diag"
	"brief/quiz"
)

// Imported is what `brief import` makes of a GIFT or Aiken file.
type Imported struct {
	Questions []quiz.Question    // every question brief can hold, ready to write
	Diags     []*diag.Diagnostic // warnings, and errors that stop the whole file
	Found     int                // questions in the file, those skipped included
}

// Import reads a GIFT ("gift") or Aiken ("aiken") file for `brief import`.
// Unlike a question file in a pack, where a broken question is an error to
// fix, a bank is converted as Moodle imports it: each question brief
// cannot hold (one that cannot be read, an essay, one that would not load
// once converted) is skipped with a warning at its own line in the file,
// and the rest are kept. Only a problem with the whole file (not UTF-8,
// too many questions) is an error.
func Import(format, path string, data []byte) Imported {
	var r Imported
	if format == "aiken" {
		r.Questions, r.Diags, r.Found = importAiken(path, data)
	} else {
		r.Questions, r.Diags, r.Found = importGIFT(path, data)
	}
	r.Questions, r.Diags = dropUnloadable(path, r.Questions, r.Diags)
	slices.SortStableFunc(r.Diags, func(a, b *diag.Diagnostic) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	return r
}

// dropUnloadable leaves out each question that its question file would
// refuse (such as a choice question whose options are all "."), with a
// warning at the question's own line. What is wrong with no one question
// in particular (the file's size) is left for the writer to refuse.
func dropUnloadable(path string, qs []quiz.Question, diags []*diag.Diagnostic) ([]quiz.Question, []*diag.Diagnostic) {
	_, err := quiz.EncodeFile(qs)
	if err == nil {
		return qs, diags
	}
	bad := map[[2]int]bool{}
	for _, e := range unjoin(err) {
		var d *diag.Diagnostic
		if !errors.As(e, &d) || d.Path != path {
			continue
		}
		at := [2]int{d.Line, d.Col}
		if !bad[at] {
			diags = append(diags, diag.Warnf(path, d.Line, d.Col, "skipped: %s", d.Msg))
		}
		bad[at] = true
	}
	qs = slices.DeleteFunc(qs, func(q quiz.Question) bool { return bad[[2]int{q.Line, q.Col}] })
	return qs, diags
}

// unjoin lists the errors errors.Join joined, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
