package ui

import (
	"reflect"

	"brief/quiz"
)

// takeStanding answers every question whose widget holds an answer that
// was not handed in (typed but not submitted, ticked or paired but not
// answered, or changed since it was), with what the widget holds, and
// returns those questions. It is how a timed exam hands in when time is
// up: the README promises that what the student has put down counts.
func (q *QuizScreen) takeStanding() []int {
	var taken []int
	for i, w := range q.widgets {
		if w == nil {
			continue
		}
		resp, ok := w.standing()
		if !ok || (q.sess.Items[i].Result != nil && reflect.DeepEqual(resp, q.sess.Items[i].Response)) {
			continue
		}
		q.sess.Answer(i, resp)
		taken = append(taken, i)
	}
	return taken
}

// standingResponse is a widget's answer as it stands when its response
// is complete, as for every widget but the match and the typed ones.
func standingResponse(w answerWidget) (quiz.Response, bool) {
	r, why := w.response()
	return r, why == ""
}
