package interchange

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/internal/diag"
	"brief/internal/lazyre"
	"brief/internal/sanitize"
	"brief/quiz"
)

// aikenOption matches an option line: a capital letter, then . or ), then
// an optional space or tab, as current Moodle reads them.
var aikenOption = lazyre.New(`^([A-Z])[.)][ \t]?`)

// ParseAiken reads a Moodle Aiken file: a question line, option lines
// "A." or "A)", and "ANSWER: X". Every question becomes a choice question
// with id q1, q2… in file order. Problems are located as path:line:col; a
// question with an error is left out.
func ParseAiken(path string, data []byte) ([]quiz.Question, []*diag.Diagnostic) {
	p := parseAiken(path, data, false)
	return p.questions, p.diags
}

// importAiken reads an Aiken file for `brief import`: a question that
// cannot be read is skipped with a warning instead of an error, as Moodle
// imports the good questions of a file; found is how many questions the
// file starts, skipped ones included.
func importAiken(path string, data []byte) (qs []quiz.Question, diags []*diag.Diagnostic, found int) {
	p := parseAiken(path, data, true)
	return p.questions, p.diags, p.started
}

// parseAiken reads the file line by line.
func parseAiken(path string, data []byte, lenient bool) *aikenParser {
	p := &aikenParser{path: path, lenient: lenient}
	if d := checkText(path, data, lenient); d != nil {
		p.diags = append(p.diags, d)
		return p
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	for no, more := 1, true; more && !p.stopped; no++ {
		var line string
		line, text, more = strings.Cut(text, "\n")
		p.line(strings.TrimSuffix(line, "\r"), no)
	}
	if p.open != nil && !p.stopped {
		p.errorf(p.open.Line, p.open.Col, "question has no ANSWER: line before the end of the file")
	}
	return p
}

// aikenParser holds the state of one ParseAiken call.
type aikenParser struct {
	path      string
	questions []quiz.Question
	diags     []*diag.Diagnostic
	open      *quiz.Question // the question being read, nil between questions
	letters   map[string]int // option letter → index in open.Options
	broken    bool           // the open question already has an error
	started   int            // question lines read
	stopped   bool           // the file holds too many questions: read no further
	lenient   bool           // a question's error skips it with a warning (import)
}

// errorf reports what leaves a question or line out: an error in a pack, a
// warning when importing, which writes the other questions.
func (p *aikenParser) errorf(line, col int, format string, args ...any) {
	if p.lenient {
		p.diags = append(p.diags, diag.Warnf(p.path, line, col, "skipped: "+format, args...))
		return
	}
	p.diags = append(p.diags, diag.Errorf(p.path, line, col, format, args...))
}

// line reads one line: blank, an option, ANSWER:, or a new question.
func (p *aikenParser) line(raw string, no int) {
	text := strings.TrimSpace(raw)
	if sanitize.Line(text) == "" {
		return // blank, or nothing but invisible characters
	}
	col := strings.IndexFunc(raw, func(r rune) bool { return !unicode.IsSpace(r) })
	col = utf8.RuneCountInString(raw[:col]) + 1
	switch m := aikenOption().FindStringSubmatch(text); {
	case m != nil:
		p.option(m[1], sanitize.Line(text[len(m[0]):]), no, col)
	case strings.HasPrefix(text, "ANSWER:"):
		p.answer(strings.TrimSpace(strings.TrimPrefix(text, "ANSWER:")), no, col)
	default:
		if p.open != nil {
			p.errorf(p.open.Line, p.open.Col, "question abandoned: a new question starts at line %d before its ANSWER: line", no)
		}
		if p.started++; p.started > quiz.MaxQuestionsPerFile {
			p.diags = append(p.diags, quiz.TooManyQuestions(p.path, no, col))
			p.open, p.stopped = nil, true
			return
		}
		p.open = &quiz.Question{Type: quiz.Choice, Level: quiz.Recall, Prompt: sanitize.Line(text), Points: 1, Path: p.path, Line: no, Col: col}
		p.letters = map[string]int{}
		p.broken = false
	}
}

// option adds an option to the open question.
func (p *aikenParser) option(letter, text string, no, col int) {
	switch {
	case p.open == nil:
		p.errorf(no, col, "option %s. with no question line before it", letter)
	case p.broken:
	case text == "":
		p.errorf(no, col, "option %s. is empty", letter)
		p.broken = true
	case containsKey(p.letters, letter):
		p.errorf(no, col, "option %s. appears twice", letter)
		p.broken = true
	default:
		for _, have := range p.open.Options {
			if have == text {
				p.errorf(no, col, "option %s. repeats the text of an earlier option: %q", letter, text)
				p.broken = true
				return
			}
		}
		p.letters[letter] = len(p.open.Options)
		p.open.Options = append(p.open.Options, text)
	}
}

// answer closes the open question with its right option's letter.
func (p *aikenParser) answer(value string, no, col int) {
	q := p.open
	p.open = nil
	if q == nil {
		p.errorf(no, col, "ANSWER: with no question before it")
		return
	}
	if p.broken {
		return
	}
	if len(q.Options) < 2 {
		p.errorf(q.Line, q.Col, "question needs at least two options (A. …, B. …), found %d", len(q.Options))
		return
	}
	if value == "" {
		p.errorf(no, col, "ANSWER: has no letter (options %s)", p.letterList())
		return
	}
	letter := strings.ToUpper(value[:1])
	i, ok := p.letters[letter]
	if !ok {
		p.errorf(no, col, "ANSWER: %s names no option of this question (options %s)", value, p.letterList())
		return
	}
	q.Answers = []string{q.Options[i]}
	q.ID = fmt.Sprintf("q%d", len(p.questions)+1)
	p.questions = append(p.questions, *q)
}

// letterList names the open question's option letters for messages.
func (p *aikenParser) letterList() string {
	letters := make([]string, 0, len(p.letters))
	for l := 'A'; l <= 'Z'; l++ {
		if containsKey(p.letters, string(l)) {
			letters = append(letters, string(l))
		}
	}
	return strings.Join(letters, ", ")
}

// containsKey reports whether m has key k.
func containsKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}
