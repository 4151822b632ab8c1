package quiz

import "strings"

// Summary is how a list names the question in one line (the results, an
// exam's list, the history): its prompt, or for a fill-in-the-blanks
// question its passage with each blank as ___, since such prompts are
// often the same for every one of them ("Fill in the blanks."), and are
// optional.
func (q *Question) Summary() string {
	if p := q.Passage(); p != "" {
		return p
	}
	return q.Prompt
}

// Passage is a fill-in-the-blanks question's text with each blank
// written ___ (its answers hidden); "" for other questions.
func (q *Question) Passage() string {
	if q.Type != Cloze {
		return ""
	}
	segs, err := ParseCloze(q.Text)
	if err != nil {
		return ""
	}
	var b strings.Builder
	for _, s := range segs {
		if s.IsBlank() {
			b.WriteString("___")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}
