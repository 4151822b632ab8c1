package quiz

import (
	"strings"

	"brief/quiz"
	"brief/ui/common"
)

// The quiz package writes answers for display with Unicode arrows and
// dashes (an order's items "a → b", a match's pairs "x → y", "—" for a
// part left empty). answerText and correctText write them as it does,
// but in the interface's glyphs, so that an ASCII terminal shows "->"
// and "-"; the question's own text is left as it is.

// answerText is what the student answered, as quiz.FormatAnswer writes
// it, in the glyphs g.
func answerText(g common.Glyphs, q *quiz.Question, r quiz.Response) string {
	text := quiz.FormatAnswer(q, r)
	if r.Skipped || text == quiz.FormatAnswer(q, quiz.Response{Skipped: true}) {
		return text
	}
	switch q.Type {
	case quiz.Order:
		var items []string
		for _, i := range r.Order {
			if i >= 0 && i < len(q.Items) {
				items = append(items, q.Items[i])
			}
		}
		return strings.Join(items, " "+g.Arrow+" ")
	case quiz.Match:
		rights := make([]string, len(q.Pairs))
		for i := range q.Pairs {
			rights[i] = g.Blank
			if i < len(r.Matches) && r.Matches[i] >= 0 && r.Matches[i] < len(q.Pairs) {
				rights[i] = q.Pairs[r.Matches[i]].Right
			}
		}
		return pairsText(g, q, rights)
	case quiz.Cloze:
		// Blanks left empty are filled with the glyph, so the quiz
		// package writes it in their place.
		filled := quiz.Response{Text: make([]string, len(quiz.Blanks(q.Text)))}
		for i := range filled.Text {
			filled.Text[i] = g.Blank
			if i < len(r.Text) && strings.TrimSpace(r.Text[i]) != "" {
				filled.Text[i] = r.Text[i]
			}
		}
		return quiz.FormatAnswer(q, filled)
	case quiz.Choice, quiz.Multi, quiz.TrueFalse, quiz.Short, quiz.Numeric:
		// The quiz package's wording is already what is shown.
	}
	return text
}

// correctText is a question's right answer, correct as the grader wrote
// it, in the glyphs g.
func correctText(g common.Glyphs, q *quiz.Question, correct string) string {
	switch q.Type {
	case quiz.Order:
		return strings.Join(q.Items, " "+g.Arrow+" ")
	case quiz.Match:
		rights := make([]string, len(q.Pairs))
		for i, p := range q.Pairs {
			rights[i] = p.Right
		}
		return pairsText(g, q, rights)
	case quiz.Choice, quiz.Multi, quiz.TrueFalse, quiz.Short, quiz.Numeric, quiz.Cloze:
		// The grader's wording is already what is shown.
	}
	return correct
}

// pairsText writes each left item of a match with its right item:
// "x → y; z → w".
func pairsText(g common.Glyphs, q *quiz.Question, rights []string) string {
	parts := make([]string, len(q.Pairs))
	for i, p := range q.Pairs {
		parts[i] = p.Left + " " + g.Arrow + " " + rights[i]
	}
	return strings.Join(parts, "; ")
}
