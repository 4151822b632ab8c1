package quiz

import (
	"fmt"
	"strings"
)

// CorrectAnswer formats a question's right answer for display: the option
// or options, True or False, the accepted answers separated by " / ", the
// number with its tolerance or range, the items in order, the pairs, or
// the cloze text with each blank filled in [brackets].
func CorrectAnswer(q *Question) string {
	switch q.Type {
	case Choice, Short:
		return strings.Join(q.Answers, " / ")
	case Multi:
		return strings.Join(q.Answers, "; ")
	case TrueFalse:
		return truthWord(q.Truth)
	case Numeric:
		switch {
		case q.Range != nil && q.Range[0] == q.Range[1]:
			return formatExact(q.Range[0])
		case q.Range != nil:
			return fmt.Sprintf("from %s to %s", formatExact(q.Range[0]), formatExact(q.Range[1]))
		}
		values := []string{formatExact(q.Number)}
		for _, n := range q.More {
			values = append(values, formatExact(n))
		}
		if q.Tolerance > 0 {
			return fmt.Sprintf("%s (± %s)", strings.Join(values, " or "), formatExact(q.Tolerance))
		}
		return strings.Join(values, " or ")
	case Order:
		return strings.Join(q.Items, " → ")
	case Match:
		parts := make([]string, len(q.Pairs))
		for i, p := range q.Pairs {
			parts[i] = p.Left + " → " + p.Right
		}
		return strings.Join(parts, "; ")
	case Cloze:
		blanks := Blanks(q.Text)
		answers := make([]string, len(blanks))
		for i, b := range blanks {
			answers[i] = b[0]
		}
		return fillCloze(q.Text, answers)
	}
	return ""
}

// FormatAnswer formats what the student answered, in the same style as
// CorrectAnswer, for the feedback and review screens. A skipped response
// reads "(skipped)"; a part left unanswered reads "—".
func FormatAnswer(q *Question, r Response) string {
	if r.Skipped || isEmpty(q, r) {
		return "(skipped)"
	}
	switch q.Type {
	case Choice, Multi:
		var picks []string
		for _, i := range r.Choices {
			if inRange(i, len(q.Options)) {
				picks = append(picks, q.Options[i])
			}
		}
		return strings.Join(picks, "; ")
	case TrueFalse:
		return truthWord(*r.Truth)
	case Short, Numeric:
		return cleanLine(first(r.Text))
	case Order:
		var items []string
		for _, i := range r.Order {
			if inRange(i, len(q.Items)) {
				items = append(items, q.Items[i])
			}
		}
		return strings.Join(items, " → ")
	case Match:
		parts := make([]string, len(q.Pairs))
		for i, p := range q.Pairs {
			right := "—"
			if i < len(r.Matches) && inRange(r.Matches[i], len(q.Pairs)) {
				right = q.Pairs[r.Matches[i]].Right
			}
			parts[i] = p.Left + " → " + right
		}
		return strings.Join(parts, "; ")
	case Cloze:
		answers := make([]string, len(Blanks(q.Text)))
		for i := range answers {
			answers[i] = "—"
			if i < len(r.Text) && strings.TrimSpace(r.Text[i]) != "" {
				answers[i] = cleanLine(r.Text[i])
			}
		}
		return fillCloze(q.Text, answers)
	}
	return ""
}

// fillCloze writes a cloze text with its blanks replaced by the given
// answers, each in [brackets]; the text's line breaks become spaces.
func fillCloze(text string, answers []string) string {
	segs, err := ParseCloze(text)
	if err != nil {
		return cleanLine(text)
	}
	var b strings.Builder
	n := 0
	for _, s := range segs {
		if !s.IsBlank() {
			b.WriteString(s.Text)
			continue
		}
		a := "—"
		if n < len(answers) {
			a = answers[n]
		}
		n++
		b.WriteString("[" + a + "]")
	}
	return cleanLine(b.String())
}

func truthWord(v bool) string {
	if v {
		return "True"
	}
	return "False"
}
