package study

import "brief/quiz"

// A practice question given up on shows its answer and scores 0, and
// students read "skip" as "come back to it later", which only an exam
// does: practice calls it what it is.
const (
	ShowAnswerWord  = "show answer"  // what giving up does in practice, for a key's help
	AnswerShownWord = "Answer shown" // the mark of a practice question whose answer was asked for
)

// MarkWord is VerdictWord as an attempt shows a mark: in practice (exam
// false) a question skipped is one whose answer was shown.
func MarkWord(v quiz.Verdict, exam bool) string {
	if v == quiz.Skipped && !exam {
		return AnswerShownWord
	}
	return VerdictWord(v)
}
