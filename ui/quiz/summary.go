package quiz

import (
	"brief/quiz"
	"brief/ui/common"
)

// questionSummary is how a list names a question, on one line (see
// quiz.Question.Summary).
func questionSummary(q *quiz.Question) string {
	return common.OneLine(q.Summary())
}
