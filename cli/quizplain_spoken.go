package cli

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"brief/quiz"
	"brief/quiz/study"
)

// The plain quiz's own words where --accessible says them otherwise: a
// screen reader reads "e.g." as letters, "|" as "vertical bar", "A–D"
// as "A dash D", and brackets and columns of padding as nothing a
// listener can follow. The glyphs in pack text are spoken by
// spokenGlyphs as the output is written; these are the quiz's phrasings.

// forExample introduces an example answer: "e.g." on the page, "for
// example" spoken.
func (p *plainQuiz) forExample() string {
	if p.spoken {
		return "for example"
	}
	return "e.g."
}

// blanksHint says how to fill n blanks (n > 1) on one line. A cloze
// answer's blanks may be separated by "|" or by ";" (quiz.ParseResponse);
// spoken, the semicolon, which a listener can hear and type, is the one
// asked for.
func (p *plainQuiz) blanksHint(n int) string {
	if p.spoken {
		return fmt.Sprintf("(fill the %d blanks in order, separated by semicolons)", n)
	}
	return fmt.Sprintf("(fill the %d blanks in order, separated by |)", n)
}

// spokenRange is a range of letters or numbers in an answer's hint,
// "A–D" or "1–4".
var spokenRange = regexp.MustCompile(`\b([A-Z]|[0-9]+)–([A-Z]|[0-9]+)\b`)

// notUnderstood is why an answer was not understood (quiz.ParseResponse's
// error), spoken under --accessible: "A to D", "1 to 4", and blanks
// separated by semicolons.
func (p *plainQuiz) notUnderstood(why string) string {
	if !p.spoken {
		return why
	}
	why = strings.ReplaceAll(why, `separated by " | " or ";"`, "separated by semicolons")
	return spokenRange.ReplaceAllString(why, "$1 to $2")
}

// answerLine is the right answer after a miss (study.AnswerLine). Spoken,
// a cloze's blanks are named as the question named them, "(blank 1:
// four)", not put in brackets, and an order is a numbered sequence, "1,
// first; 2, second", where the arrows would be read as pairs.
func (p *plainQuiz) answerLine(q *quiz.Question) string {
	if !p.spoken {
		return study.AnswerLine(q, p.clean)
	}
	switch q.Type {
	case quiz.Cloze:
		return study.LabelAnswer + p.clean(clozeSpokenAnswer(q.Text))
	case quiz.Order:
		steps := make([]string, len(q.Items))
		for i, item := range q.Items {
			steps[i] = strconv.Itoa(i+1) + ", " + p.clean(item)
		}
		return study.LabelAnswer + strings.Join(steps, "; ")
	case quiz.Choice, quiz.Multi, quiz.TrueFalse, quiz.Short, quiz.Numeric, quiz.Match:
	}
	return study.AnswerLine(q, p.clean)
}

// clozeSpokenAnswer is a cloze text with each blank as "(blank 1: four)",
// its first accepted answer.
func clozeSpokenAnswer(text string) string {
	return clozeWithBlanks(text, func(n int, answers []string) string {
		return fmt.Sprintf("(blank %d: %s)", n, answers[0])
	})
}

// tallyLine is one line of a breakdown in the results: a padded column
// on the page, "Introduction             0/2", a sentence spoken,
// "Introduction: 0 of 2.".
func (p *plainQuiz) tallyLine(t quiz.Tally) string {
	points, max := quiz.FormatNumber(t.Points), quiz.FormatNumber(t.Max)
	if p.spoken {
		return fmt.Sprintf("  %s: %s of %s.", p.clean(t.Key), points, max)
	}
	return fmt.Sprintf("  %-24s %s/%s", p.clean(t.Key), points, max)
}

// resumePrompt asks whether to carry on an unfinished quiz; spoken, in
// words rather than "[Y/n]". Whether it is spoken is out's to say, as
// out is the one that speaks.
func resumePrompt(out io.Writer) string {
	if speaksWords(out) {
		return "Resume it? Enter or y for yes, n for no. "
	}
	return "Resume it? [Y/n] "
}
