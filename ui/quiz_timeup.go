package ui

import (
	"reflect"

	"brief/quiz"
)

// takeStanding answers every question whose widget holds an answer that
// was not handed in (typed but not submitted, ticked or paired but not
// answered, or changed since it was), with what the widget holds, and
// returns those questions. It is how an exam is handed in, when time is
// up or when the student says so: the README promises that what the
// student has put down counts.
func (q *QuizScreen) takeStanding() []int {
	taken := q.unsent()
	for _, i := range taken {
		resp, _ := q.widgets[i].standing()
		q.sess.Answer(i, resp)
	}
	return taken
}

// unsent lists the questions whose widget holds an answer that differs
// from the one handed in, or that has none handed in: what takeStanding
// would take.
func (q *QuizScreen) unsent() []int {
	var out []int
	for i, w := range q.widgets {
		if w == nil {
			continue
		}
		resp, ok := w.standing()
		if !ok || (q.sess.Items[i].Result != nil && reflect.DeepEqual(resp, q.sess.Items[i].Response)) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// standingResponse is a widget's answer as it stands when its response
// is complete, as for every widget but the match and the typed ones.
func standingResponse(w answerWidget) (quiz.Response, bool) {
	r, why := w.response()
	return r, why == ""
}
