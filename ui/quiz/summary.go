package quiz

import (
	"strings"

	"brief/quiz"
	"brief/ui/common"
)

// questionSummary is how a list names a question: its prompt, or for a
// cloze question the text with its blanks as ___, since cloze prompts are
// often the same for every question ("Fill in the blanks.").
func questionSummary(q *quiz.Question) string {
	if q.Type != quiz.Cloze {
		return common.OneLine(q.Prompt)
	}
	segs, err := quiz.ParseCloze(q.Text)
	if err != nil {
		return common.OneLine(q.Prompt)
	}
	var b strings.Builder
	for _, seg := range segs {
		if seg.IsBlank() {
			b.WriteString("___")
			continue
		}
		b.WriteString(seg.Text)
	}
	return common.OneLine(b.String())
}
