package interchange

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"brief/quiz"
)

// numeric reads {#v}, {#v:tolerance}, {#lo..hi}, {#v:t~#feedback} or the
// several-answer form {# =v:t =%50%v2:t2 ~#feedback}. Full-credit values
// with the same tolerance are all kept (answer: [-7, 4]); partial credit,
// and a second right range or tolerance, are dropped with a warning;
// feedback on a wrong value is kept keyed by that value, written in its
// shortest form.
func (p *giftParser) numeric(q *quiz.Question, parts *giftQuestionParts) bool {
	q.Type = quiz.Numeric
	body := parts.block[1:].trim()
	inner := *parts
	inner.block = body
	var answers []giftAnswer
	if body.index("=", 0) >= 0 || body.index("~", 0) >= 0 {
		answers = p.answerPieces(&inner, "=~")
	} else {
		a := p.answerPiece(body, &inner)
		a.weight = 100
		answers = []giftAnswer{a}
	}
	if len(answers) == 0 {
		p.errorf(parts.open.line, parts.open.col, "numeric answer block has no number")
		return false
	}
	loneValue := !slices.ContainsFunc(answers, func(a giftAnswer) bool { return a.marker == '=' })
	found := false
	for _, a := range answers {
		if a.marker == 0 && len(answers) > 1 {
			if !loneValue {
				p.errorf(a.at.line, a.at.col, "text before the first answer: start each numeric answer with = or ~")
				return false
			}
			a.weight = 100 // {#3:2~#wrong}: Moodle reads the value before the first ~ as the answer
		}
		if !p.numericAnswerInto(q, a, &found) {
			return false
		}
	}
	if !found {
		p.errorf(parts.open.line, parts.open.col, "numeric question has no full-credit answer: write it as =value or =value:tolerance")
		return false
	}
	return true
}

// numericAnswerInto takes one answer of a numeric block into q: the first
// full-credit value is the answer, more at the same tolerance are kept,
// the rest are dropped with a warning. found says a right value was
// already taken. It is false after an error.
func (p *giftParser) numericAnswerInto(q *quiz.Question, a giftAnswer, found *bool) bool {
	if len(a.body) == 0 {
		if a.marker == '~' && a.feedback != "" {
			p.warnf(a.at.line, a.at.col, "feedback for any other answer dropped: %q (feedback is kept only for a given value)", a.feedback)
			return true
		}
		p.errorf(a.at.line, a.at.col, "numeric answer has no number")
		return false
	}
	value, ok := p.numericValue(a)
	if !ok {
		return false
	}
	switch {
	case a.weight >= 100 && !*found:
		*found = true
		q.Number, q.Tolerance, q.Range = value.number, value.tolerance, value.bounds
	case a.weight >= 100 && value.bounds == nil && q.Range == nil && value.tolerance == q.Tolerance:
		if value.number != q.Number && !slices.Contains(q.More, value.number) {
			q.More = append(q.More, value.number)
		}
	case a.weight >= 100:
		p.warnf(a.at.line, a.at.col, "second right answer %q dropped: several right numbers must share one tolerance and not be ranges", a.text)
		return true
	case a.weight > 0:
		p.warnf(a.at.line, a.at.col, "numeric answer %q worth %s dropped: a numeric question keeps one right answer", a.text, percent(a.weight))
		if a.feedback != "" {
			p.warnf(a.at.line, a.at.col, "its feedback %q is dropped too", a.feedback)
		}
		return true
	}
	setFeedback(q, value.key(), a.feedback)
	return true
}

// numericAnswer is a value read from a numeric answer.
type numericAnswer struct {
	number, tolerance float64
	bounds            *[2]float64
}

// key is how feedback on this value is keyed: the number in its shortest
// form, or lo..hi for a range, whatever spelling the file used.
func (v numericAnswer) key() string {
	if v.bounds != nil {
		return formatNumber(v.bounds[0]) + ".." + formatNumber(v.bounds[1])
	}
	return formatNumber(v.number)
}

// numericValue reads v, v:tolerance or lo..hi, reporting a bad number at
// its place.
func (p *giftParser) numericValue(a giftAnswer) (numericAnswer, bool) {
	var v numericAnswer
	body := a.body
	if dots := body.index("..", 0); dots >= 0 {
		lo, ok1 := p.number(body[:dots], a.at)
		if !ok1 {
			return v, false
		}
		hi, ok2 := p.number(body[dots+2:], body[dots])
		if !ok2 {
			return v, false
		}
		if lo > hi {
			p.errorf(body[0].line, body[0].col, "range %s..%s runs backwards: write the lower bound first", formatNumber(lo), formatNumber(hi))
			return v, false
		}
		v.bounds = &[2]float64{lo, hi}
		return v, true
	}
	valuePart, tolPart := body, gtext(nil)
	if colon := body.index(":", 0); colon >= 0 {
		valuePart, tolPart = body[:colon], body[colon+1:]
		if len(tolPart.trim()) == 0 {
			p.errorf(body[colon].line, body[colon].col, "no tolerance after ':'")
			return v, false
		}
	}
	n, ok := p.number(valuePart, a.at)
	if !ok {
		return v, false
	}
	v.number = n
	if tolPart != nil {
		t, ok := p.number(tolPart, body[0])
		if !ok {
			return v, false
		}
		if t < 0 {
			p.errorf(tolPart.trim()[0].line, tolPart.trim()[0].col, "tolerance %s is negative", formatNumber(t))
			return v, false
		}
		v.tolerance = t
	}
	return v, true
}

// number reads one finite decimal number.
func (p *giftParser) number(g gtext, fallback gchar) (float64, bool) {
	g = g.trim()
	line, col := g.pos(fallback)
	s := g.String()
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || !validNumber(n) || strings.ContainsAny(s, "_xXpPiInN") {
		p.errorf(line, col, "%q is not a number", s)
		return 0, false
	}
	return n, true
}

// validNumber rejects NaN and infinities, which no answer can match.
func validNumber(n float64) bool { return !math.IsNaN(n) && !math.IsInf(n, 0) }

// formatNumber writes a number in its shortest exact decimal form.
func formatNumber(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }
