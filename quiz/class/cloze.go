package class

import (
	"cmp"
	"regexp"
	"strings"

	"brief/internal/sanitize"
	"brief/quiz"
)

// A cloze answer is handed in as the whole passage with each blank filled
// in [brackets]: "The embankments were built in [1958] and the river in
// Tamil is [x].". The report shows the blanks alone, "1958 | x", which fit
// a table cell and tell two wrong answers apart.

// BlankSeparator goes between the blanks of a cloze answer as shown.
const BlankSeparator = " | "

// bracketed finds a blank in a filled passage when the passage's own
// text is not known.
var bracketed = regexp.MustCompile(`\[([^\[\]]*)\]`)

// clozeReader reads the blanks out of one cloze question's answers.
type clozeReader struct {
	byText *regexp.Regexp // from the question's text; nil when not known
}

// newClozeReader reads answers to a question whose text is text ("" when
// the pack was not named): the text around the blanks is matched as it
// stands, so a passage's own brackets are not taken for blanks.
func newClozeReader(text string) clozeReader {
	segs, err := quiz.ParseCloze(text)
	if text == "" || err != nil {
		return clozeReader{}
	}
	var b strings.Builder
	b.WriteString(`^\s*`)
	for _, s := range segs {
		if s.IsBlank() {
			b.WriteString(`\s*\[(.*?)\]\s*`)
			continue
		}
		for i, word := range strings.Fields(sanitize.Line(s.Text)) {
			if i > 0 {
				b.WriteString(`\s+`)
			}
			b.WriteString(regexp.QuoteMeta(word))
		}
	}
	b.WriteString(`\s*$`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return clozeReader{}
	}
	return clozeReader{byText: re}
}

// blanks is what the student put in the blanks of given, or given as it
// stands when it holds none (a skipped question).
func (c clozeReader) blanks(given string) string {
	var parts []string
	var m []string
	if c.byText != nil {
		m = c.byText.FindStringSubmatch(given)
	}
	if m != nil {
		parts = m[1:]
	} else {
		for _, m := range bracketed.FindAllStringSubmatch(given, -1) {
			parts = append(parts, m[1])
		}
	}
	if len(parts) == 0 {
		return given
	}
	for i, p := range parts {
		if p = strings.TrimSpace(p); p == "" {
			p = "—"
		}
		parts[i] = p
	}
	return strings.Join(parts, BlankSeparator)
}

// ShownGiven is an answer as the report shows it: a cloze answer's blanks
// alone, anything else as given.
func (p *PackReport) ShownGiven(article string, ans Answer) string {
	if ans.Type != string(quiz.Cloze) {
		return ans.Given
	}
	return p.cloze[[2]string{article, ans.Question}].blanks(ans.Given)
}

// clozeReaders makes, once per report, the reader of each cloze question
// whose text is known (its pattern is compiled then, not at each answer
// the screen draws).
func clozeReaders(texts map[[2]string]string) map[[2]string]clozeReader {
	out := make(map[[2]string]clozeReader, len(texts))
	for key, text := range texts {
		out[key] = newClozeReader(text)
	}
	return out
}

// QuestionText is what a question asks, for the teacher to read beside
// its answers: its prompt, and for a cloze question the passage with
// each blank written ___ (its only text when it has no prompt).
func QuestionText(q *quiz.Question) string {
	if q.Type != quiz.Cloze {
		return q.Prompt
	}
	passage := sanitize.Line(q.Passage())
	if passage == "" || q.Prompt == "" {
		return cmp.Or(passage, q.Prompt)
	}
	return q.Prompt + "\n" + passage
}
