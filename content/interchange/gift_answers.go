package interchange

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"brief/quiz"
)

// giftAnswer is one answer of a block: =text, ~text or ~%50%text, with
// optional #feedback.
type giftAnswer struct {
	marker   rune    // '=' or '~', or 0 for text before the first marker
	weight   float64 // percent of full credit
	weighted bool    // the weight was written as %n%
	text     string
	feedback string
	at       gchar // where the answer starts, for messages
	body     gtext // the answer text as written, for numbers
}

// answerPieces cuts a block before each unescaped marker and reads each
// piece; an empty piece before the first marker is left out.
func (p *giftParser) answerPieces(parts *giftQuestionParts, markers string) []giftAnswer {
	var out []giftAnswer
	for i, piece := range parts.block.split(markers) {
		if i == 0 && len(piece.trim()) == 0 {
			continue
		}
		out = append(out, p.answerPiece(piece, parts))
	}
	return out
}

// answerPiece reads one answer: its marker, %weight%, text and #feedback.
func (p *giftParser) answerPiece(piece gtext, parts *giftQuestionParts) giftAnswer {
	a := giftAnswer{at: parts.open}
	if len(piece) > 0 {
		a.at = piece[0]
	}
	body := piece
	if len(body) > 0 && !body[0].esc && (body[0].r == '=' || body[0].r == '~') {
		a.marker = body[0].r
		body = body[1:]
		if a.marker == '=' {
			a.weight = 100
		}
	}
	body = body.trim()
	if body.hasPrefix("%") {
		if end := body.index("%", 1); end > 0 {
			if w, err := strconv.ParseFloat(strings.TrimSpace(body[1:end].String()), 64); err == nil && validNumber(w) {
				a.weight, a.weighted = w, true
				body = body[end+1:].trim()
			}
		}
	}
	if fb := body.index("#", 0); fb >= 0 {
		a.feedback = p.part(body[fb+1:], parts.format, parts.html)
		body = body[:fb].trim()
	}
	a.body = body
	a.text = p.part(body, parts.format, parts.html)
	return a
}

// droppedFeedback is ", and its feedback …" for a warning about an answer
// dropped with its feedback, or "" when it had none.
func droppedFeedback(feedback string) string {
	if feedback == "" {
		return ""
	}
	return fmt.Sprintf(", and so is its feedback %q", feedback)
}

// percent formats a weight for messages.
func percent(w float64) string { return strconv.FormatFloat(w, 'f', -1, 64) + "%" }

// setFeedback records feedback for an answer, if there is any.
func setFeedback(q *quiz.Question, answer, feedback string) {
	if feedback == "" {
		return
	}
	if q.Feedback == nil {
		q.Feedback = map[string]string{}
	}
	q.Feedback[answer] = feedback
}

// choice reads a multiple-choice block. With an = answer it is a choice
// question with one right option; with no = it is a multi question whose
// right options are those with a positive ~%n% weight.
func (p *giftParser) choice(q *quiz.Question, parts *giftQuestionParts) bool {
	answers := p.answerPieces(parts, "=~")
	single, ok := p.checkOptions(answers, parts)
	if !ok || !p.addOptions(q, answers) {
		return false
	}
	if single {
		return p.rightOption(q, answers, parts)
	}
	return p.rightOptions(q, answers, parts)
}

// checkOptions makes sure every answer of a multiple-choice block is a
// marked, non-empty option and that there are at least two; single is
// whether any is marked = (right), which makes it a choice question.
func (p *giftParser) checkOptions(answers []giftAnswer, parts *giftQuestionParts) (single, ok bool) {
	for _, a := range answers {
		if a.marker == 0 {
			p.errorf(a.at.line, a.at.col, "text before the first option: start every option with = (right) or ~ (wrong)")
			return false, false
		}
		if a.text == "" {
			p.errorf(a.at.line, a.at.col, "empty option")
			return false, false
		}
		if a.marker == '=' {
			single = true
		}
	}
	if len(answers) < 2 {
		p.errorf(parts.open.line, parts.open.col, "multiple choice needs at least two options, found %d", len(answers))
		return false, false
	}
	return single, true
}

// addOptions sets the question's options and their feedback, refusing an
// option given twice, which a student could not tell apart.
func (p *giftParser) addOptions(q *quiz.Question, answers []giftAnswer) bool {
	seen := map[string]bool{}
	for _, a := range answers {
		if seen[a.text] {
			p.errorf(a.at.line, a.at.col, "option %q appears twice", a.text)
			return false
		}
		seen[a.text] = true
		q.Options = append(q.Options, a.text)
		setFeedback(q, a.text, a.feedback)
	}
	return true
}

// rightOption makes a choice question of the block: its first full-credit
// option is the answer, and any other weight is dropped with a warning, as
// a choice question has one right option.
func (p *giftParser) rightOption(q *quiz.Question, answers []giftAnswer, parts *giftQuestionParts) bool {
	q.Type = quiz.Choice
	for _, a := range answers {
		switch {
		case a.weight >= 100 && len(q.Answers) == 0:
			q.Answers = []string{a.text}
		case a.weight >= 100:
			p.warnf(a.at.line, a.at.col, "option %q is also marked right, but a choice question has one right answer (%q): it now counts as wrong", a.text, q.Answers[0])
		case a.weight != 0:
			p.warnf(a.at.line, a.at.col, "weight %s on option %q dropped: a choice option is right or wrong, so it now counts as wrong", percent(a.weight), a.text)
		}
	}
	if len(q.Answers) == 0 { // {=%0%a ~b}: marked with =, but worth nothing
		p.errorf(parts.open.line, parts.open.col, "multiple choice has no full-credit answer: mark the right one with = and no weight below 100%%")
		return false
	}
	return true
}

// rightOptions makes a multi question of the block: every option with a
// positive weight is right, and unequal weights are dropped with a
// warning, as every right option of a multi question counts the same.
func (p *giftParser) rightOptions(q *quiz.Question, answers []giftAnswer, parts *giftQuestionParts) bool {
	q.Type = quiz.Multi
	var weights []string
	equal := true
	for _, a := range answers {
		if a.weight > 0 {
			if len(q.Answers) > 0 && a.weight != answers[firstPositive(answers)].weight {
				equal = false
			}
			q.Answers = append(q.Answers, a.text)
			weights = append(weights, percent(a.weight))
		}
	}
	if len(q.Answers) == 0 {
		p.errorf(parts.open.line, parts.open.col, "multiple choice has no right answer: mark it with = (one answer) or ~%%n%% weights (several)")
		return false
	}
	if !equal {
		p.warnf(parts.open.line, parts.open.col, "unequal weights (%s) dropped: in a multi question every right option counts the same", strings.Join(weights, ", "))
	}
	p.wrongWeights(answers, len(q.Answers), parts)
	return true
}

// wrongWeights warns, once per question, when the weights on wrong
// options differ from brief's rule for multi questions, under which each
// wrong pick takes back one right pick: Moodle's 0% lets a student tick
// everything for full marks, its -100% costs more than brief's rule does.
func (p *giftParser) wrongWeights(answers []giftAnswer, right int, parts *giftQuestionParts) {
	rule := -100 / float64(right)
	var moodle []string
	differs := false
	for _, a := range answers {
		if a.weight > 0 {
			continue
		}
		if math.Abs(a.weight-rule) > 0.01 {
			differs = true
		}
		if w := percent(a.weight); !slices.Contains(moodle, w) {
			moodle = append(moodle, w)
		}
	}
	if differs {
		p.warnf(parts.open.line, parts.open.col, "weights on wrong options (%s) replaced by brief's rule: each wrong pick cancels one right pick (%s each here)",
			strings.Join(moodle, ", "), percent(math.Round(rule*1000)/1000))
	}
}

// firstPositive returns the index of the first answer with a positive weight.
func firstPositive(answers []giftAnswer) int {
	for i, a := range answers {
		if a.weight > 0 {
			return i
		}
	}
	return -1
}

// trueFalse reads {T}, {FALSE#feedback if wrong#feedback if right}. The
// feedback is kept keyed by the answer it is for: "true" or "false".
func (p *giftParser) trueFalse(q *quiz.Question, parts *giftQuestionParts) {
	pieces := parts.block.split("#")
	q.Type = quiz.TrueFalse
	head := pieces[0].trim().String()
	q.Truth = head == "T" || head == "TRUE"
	right, wrong := strconv.FormatBool(q.Truth), strconv.FormatBool(!q.Truth)
	if len(pieces) > 1 {
		setFeedback(q, wrong, p.part(pieces[1][1:], parts.format, parts.html))
	}
	if len(pieces) > 2 {
		setFeedback(q, right, p.part(pieces[2][1:], parts.format, parts.html))
	}
	if len(pieces) > 3 {
		extra := pieces[3]
		p.warnf(extra[0].line, extra[0].col, "text after the second # dropped: true/false takes feedback for a wrong answer, then for a right one")
	}
}

// short reads a short-answer block: each =answer is accepted. In a
// missing-word question it becomes a cloze blank.
func (p *giftParser) short(q *quiz.Question, parts *giftQuestionParts) bool {
	q.Type = quiz.Short
	for _, a := range p.answerPieces(parts, "=") {
		if a.marker == 0 {
			a.weight = 100 // Moodle accepts text before the first = as an answer
			switch a.text {
			case "true", "false", "True", "False", "t", "f":
				p.warnf(a.at.line, a.at.col, "%q read as a short answer: true/false is written T, TRUE, F or FALSE", a.text)
			}
		}
		if a.text == "" {
			p.errorf(a.at.line, a.at.col, "empty answer")
			return false
		}
		if a.text == "*" { // Moodle's "any other answer"
			p.warnf(a.at.line, a.at.col, "answer * (any other answer, worth %s) dropped: brief has no catch-all answer%s", percent(a.weight), droppedFeedback(a.feedback))
			continue
		}
		switch {
		case a.weight >= 100:
			q.Answers = appendUnique(q.Answers, a.text)
		case a.weight > 0:
			p.warnf(a.at.line, a.at.col, "answer %q worth %s dropped: a short answer is right or wrong, so it is no longer accepted", a.text, percent(a.weight))
		}
		setFeedback(q, a.text, a.feedback)
	}
	if len(q.Answers) == 0 {
		p.errorf(parts.open.line, parts.open.col, "short answer has no accepted answer: write each as =answer")
		return false
	}
	if len(parts.after.trim()) == 0 || !p.toCloze(q, parts) {
		return p.prompt(q, parts)
	}
	return true
}

// toCloze turns a missing-word short answer into a cloze question with one
// blank where the answer block stood. It returns false, leaving q alone,
// when the text or answers hold cloze syntax that would be misread.
func (p *giftParser) toCloze(q *quiz.Question, parts *giftQuestionParts) bool {
	// Cleaned first: removing an escape sequence could join "[" and "[".
	before := p.render(strings.TrimLeft(parts.before.String(), " \t"), parts.format, parts.html)
	after := p.render(strings.TrimRight(parts.after.String(), " \t"), parts.format, parts.html)
	for _, s := range append([]string{before, after}, q.Answers...) {
		if strings.Contains(s, "[[") || strings.Contains(s, "]]") {
			return false
		}
	}
	for _, a := range q.Answers {
		if strings.Contains(a, "|") {
			return false
		}
	}
	if parts.html.stripped {
		// Stripping trims each piece; keep a word break around the blank.
		before = strings.TrimRight(before, " ") + " "
		after = " " + strings.TrimLeft(after, " ")
	}
	q.Type = quiz.Cloze
	q.Text = strings.TrimSpace(before + "[[" + strings.Join(q.Answers, "|") + "]]" + after)
	q.Answers = nil
	return true
}

// match reads =left -> right pairs; = -> right alone is a Moodle distractor,
// which our match questions cannot show, so it is dropped with a warning.
func (p *giftParser) match(q *quiz.Question, parts *giftQuestionParts) bool {
	q.Type = quiz.Match
	for _, piece := range parts.block.split("=") {
		body := piece
		if len(body) > 0 && !body[0].esc && body[0].r == '=' {
			body = body[1:]
		} else if len(body.trim()) == 0 {
			continue
		} else {
			p.errorf(body[0].line, body[0].col, "text before the first pair: write each pair as =item -> match")
			return false
		}
		arrow := body.index("->", 0)
		if arrow < 0 {
			p.errorf(piece[0].line, piece[0].col, "pair has no ->: write it as =item -> match")
			return false
		}
		left := p.part(body[:arrow], parts.format, parts.html)
		right := p.part(body[arrow+2:], parts.format, parts.html)
		switch {
		case right == "":
			p.errorf(piece[0].line, piece[0].col, "pair has nothing after ->")
			return false
		case left == "":
			p.warnf(piece[0].line, piece[0].col, "extra answer %q dropped: match questions have no answers without an item", right)
		default:
			q.Pairs = append(q.Pairs, quiz.Pair{Left: left, Right: right})
		}
	}
	if len(q.Pairs) < 2 {
		p.errorf(parts.open.line, parts.open.col, "matching needs at least two pairs, found %d", len(q.Pairs))
		return false
	}
	return true
}
