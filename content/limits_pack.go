package content

import (
	"brief/internal/diag"
	"brief/quiz"
)

// MaxPackQuestions bounds the questions of a pack, all its question files
// together. A class pack has tens of them, a term's worth a few hundred;
// a pack of hundreds of thousands would make every start of brief parse
// them all (the home screen counts them) and is refused instead.
const MaxPackQuestions = 5000

// withinLimits returns p, or, when its articles hold more than
// MaxPackQuestions questions in all, an error located at the first
// question over the limit. Load calls it last.
func withinLimits(p *Pack) (*Pack, error) {
	var t QuestionTally
	for _, a := range p.Articles {
		if ds := t.Add(a.Questions); len(ds) > 0 {
			return nil, ds[0]
		}
	}
	return p, nil
}

// QuestionTally counts a pack's questions file by file, in the order Load
// and Lint read them, against MaxPackQuestions.
type QuestionTally struct{ n int }

// add counts qs and returns an error at the question that takes the pack
// past MaxPackQuestions; once over, it returns nothing more.
func (t *QuestionTally) Add(qs []quiz.Question) []*diag.Diagnostic {
	before := t.n
	t.n += len(qs)
	if before >= MaxPackQuestions || t.n <= MaxPackQuestions {
		return nil
	}
	q := qs[MaxPackQuestions-before]
	return []*diag.Diagnostic{diag.Errorf(q.Path, q.Line, q.Col,
		"question %d of the pack is over the limit of %d questions in a pack: split the pack in two, or remove questions", MaxPackQuestions+1, MaxPackQuestions)}
}
