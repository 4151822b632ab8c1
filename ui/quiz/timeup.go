package quiz

import (
	"brief/quiz"
	"brief/quiz/study"
)

// standing is what each question's widget holds as its answer, whether
// sent or not (typed but not submitted, ticked or paired but not
// answered, changed since it was): what a hand-in takes as it stands in
// an exam (study.Attempt.HandIn).
func (q *Screen) standing() study.Standing {
	out := study.Standing{}
	for i, w := range q.widgets {
		if w == nil {
			continue
		}
		if resp, ok := w.standing(); ok {
			out[i] = resp
		}
	}
	return out
}

// standingResponse is a widget's answer as it stands when its response
// is complete, as for every widget but the match and the typed ones.
func standingResponse(w answerWidget) (quiz.Response, bool) {
	r, why := w.response()
	return r, why == ""
}
