package interchange

import (
	"strings"

	"brief/internal/diag"
	"brief/quiz"
)

// aikenMaxOptions is how many options Aiken's letters A to Z can name.
const aikenMaxOptions = 26

// EncodeAiken writes the choice questions as a Moodle Aiken file: the
// question on one line, "A) …" option lines and "ANSWER: X". Aiken holds
// only single-answer multiple choice with no feedback, so other questions
// are skipped with a warning located at the question, and a choice
// question's explanation, feedback, level, section, evidence and tags
// are dropped with one.
func EncodeAiken(qs []quiz.Question) ([]byte, []*diag.Diagnostic) {
	var out strings.Builder
	var diags []*diag.Diagnostic
	warn := func(q *quiz.Question, format string, args ...any) {
		diags = append(diags, diag.Warnf(q.Path, q.Line, q.Col, format, args...))
	}
	for i := range qs {
		q := &qs[i]
		if q.Type != quiz.Choice {
			warn(q, "%s question %q has no Aiken form (Aiken holds only single-answer multiple choice); skipped", q.Type, q.ID)
			continue
		}
		text, ok := aikenQuestion(q)
		if !ok {
			warn(q, "choice question %q cannot be written in Aiken (it needs a question line that does not look like an option or ANSWER:, 2 to 26 options, and its answer among them); skipped", q.ID)
			continue
		}
		if lost := aikenDrops(q); len(lost) > 0 {
			warn(q, "%s of question %q dropped: Aiken holds only the question, its options and the answer", strings.Join(lost, ", "), q.ID)
		}
		out.WriteString(text)
	}
	return []byte(out.String()), diags
}

// aikenDrops names what a choice question holds that Aiken cannot.
func aikenDrops(q *quiz.Question) []string {
	var lost []string
	for _, f := range []struct {
		name string
		has  bool
	}{
		{"explanation", q.Explain != ""},
		{"feedback", len(q.Feedback) > 0},
		{"level", q.Level != "" && q.Level != quiz.Recall},
		{"section", q.Section != ""},
		{"evidence", q.Evidence != ""},
		{"tags", len(q.Tags) > 0},
	} {
		if f.has {
			lost = append(lost, f.name)
		}
	}
	return lost
}

// aikenQuestion writes one choice question, or reports that Aiken would
// read it back differently.
func aikenQuestion(q *quiz.Question) (string, bool) {
	prompt := oneLine(q.Prompt)
	if prompt == "" || aikenOption().MatchString(prompt) || strings.HasPrefix(prompt, "ANSWER:") {
		return "", false
	}
	if len(q.Options) < 2 || len(q.Options) > aikenMaxOptions || len(q.Answers) != 1 {
		return "", false
	}
	var b strings.Builder
	b.WriteString(prompt + "\n")
	answer := ""
	for i, o := range q.Options {
		letter := string(rune('A' + i))
		o = oneLine(o)
		if o == "" {
			return "", false
		}
		b.WriteString(letter + ") " + o + "\n")
		if q.Options[i] == q.Answers[0] && answer == "" {
			answer = letter
		}
	}
	if answer == "" {
		return "", false
	}
	b.WriteString("ANSWER: " + answer + "\n\n")
	return b.String(), true
}
