package study

import (
	"fmt"
	"strings"

	"brief/quiz"
)

// PartLine says how one part of a several-part answer did, in the words
// both quiz front ends show under the mark, one part a line:
//
//	Kozarev → former minister: right
//	Peskov → minister: wrong; the answer is spokesman
//	2. leave: wrong; the answer is talk
//	blank 2: (nothing): wrong; the answer is 13
//	Biden: ticked, but it is not one of the answers
//
// clean makes the pack's text safe to print. The arrow is the one the rest
// of the feedback uses; --accessible speaks it as "to".
func PartLine(t quiz.Type, p quiz.PartMark, clean func(string) string) string {
	given := clean(p.Given)
	if given == "" {
		given = "(nothing)"
	}
	var what string
	switch t {
	case quiz.Multi:
		return clean(p.Label) + ": " + multiWords(p)
	case quiz.Match:
		what = clean(p.Label) + " → " + given
	case quiz.Order:
		what = p.Label + ". " + given
	case quiz.Cloze:
		what = p.Label + ": " + given
	case quiz.Choice, quiz.TrueFalse, quiz.Short, quiz.Numeric:
		what = given
	}
	if p.OK {
		return what + ": right"
	}
	return what + ": wrong; the answer is " + clean(p.Want)
}

// multiWords says what was done with one option of a multi question.
func multiWords(p quiz.PartMark) string {
	switch {
	case p.OK && p.Given == quiz.Ticked:
		return "ticked, right"
	case p.OK:
		return "left, right"
	case p.Given == quiz.Ticked:
		return "ticked, but it is not one of the answers"
	}
	return "not ticked, but it is one of the answers"
}

// SpelledLine is what a short answer accepted despite a typo says after
// its mark: "accepted; spelled sanctions".
func SpelledLine(spelled string) string { return "accepted; spelled " + spelled }

// AnswerLine is the right answer after a miss: one model answer, and the
// others also accepted after it, never a list of variants in slashes.
func AnswerLine(q *quiz.Question, clean func(string) string) string {
	answer, also := quiz.ModelAnswer(q)
	line := LabelAnswer + clean(answer)
	if len(also) > 0 {
		for i := range also {
			also[i] = clean(also[i])
		}
		line += " (also accepted: " + strings.Join(also, ", ") + ")"
	}
	return line
}

// OrderNote explains an order answer's partial points, which the part
// lines (every place wrong, often) cannot: "2 of 4 are in the right order
// among themselves: the points go by that, not by places". It is "" for
// any other question or mark.
func OrderNote(q *quiz.Question, r quiz.Response, res quiz.Result) string {
	if q.Type != quiz.Order || res.Verdict != quiz.Partial {
		return ""
	}
	return fmt.Sprintf("%d of %d are in the right order among themselves: the points go by that, not by places.",
		quiz.OrderKept(len(q.Items), r.Order), len(q.Items))
}
