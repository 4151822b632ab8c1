package quiz

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// require returns the value of a field the type needs, reporting its absence.
func (r *qreader) require(name string, q *Question, hint string) (*yaml.Node, bool) {
	v, ok := r.values[name]
	if !ok {
		r.errorf(r.node, "missing %s: a %s question needs %s", name, q.Type, hint)
	}
	return v, ok
}

func (r *qreader) options(q *Question) {
	v, ok := r.require("options", q, fmt.Sprintf("%d to %d options, like [Moscow, Pyongyang, Sochi]", MinOptions, MaxOptions))
	if ok {
		if v.Kind != yaml.SequenceNode {
			r.errorf(v, "options must be a list, like [Moscow, Pyongyang, Sochi]")
		} else if opts, ok := r.lines(v, "option", false); ok {
			switch {
			case len(opts) < MinOptions || len(opts) > MaxOptions:
				r.errorf(v, "a %s question needs %d to %d options, this one has %d", q.Type, MinOptions, MaxOptions, len(opts))
			case r.noDuplicates(v.Content, opts, "option"):
				q.Options = opts
			}
		}
	}
	a, ok := r.require("answer", q, "an answer taken from its options")
	if !ok {
		return
	}
	var answers []string
	var nodes []*yaml.Node
	switch {
	case q.Type == Choice && a.Kind == yaml.SequenceNode:
		r.errorf(a, "a choice question has one answer; for several right answers use type: multi")
		return
	case a.Kind == yaml.SequenceNode:
		var ok bool
		if answers, ok = r.lines(a, "answer", false); !ok {
			return
		}
		nodes = a.Content
	default:
		s, ok := r.line(a, "answer")
		if !ok {
			return
		}
		answers, nodes = []string{s}, []*yaml.Node{a}
	}
	if len(answers) == 0 {
		r.errorf(a, "answer is empty: list the right options")
		return
	}
	if !r.noDuplicates(nodes, answers, "answer") || q.Options == nil {
		return
	}
	for i, ans := range answers {
		if !slices.Contains(q.Options, ans) {
			r.errorf(nodes[i], "answer %q is not among the options (%s)", ans, quoteList(q.Options))
		}
	}
	q.Answers = answers
}

func (r *qreader) truefalse(q *Question) {
	a, ok := r.require("answer", q, "answer: true or answer: false")
	if !ok {
		return
	}
	if a.Kind == yaml.ScalarNode && a.ShortTag() == "!!str" && a.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		if v := strings.ToLower(a.Value); v == "true" || v == "false" {
			r.errorf(a, "the answer of a truefalse question is written without quotes (answer: %s): in quotes it is text", v)
			return
		}
	}
	if a.Kind != yaml.ScalarNode || a.ShortTag() != "!!bool" {
		r.errorf(a, "the answer of a truefalse question must be true or false, not %s", describe(a))
		return
	}
	_ = a.Decode(&q.Truth)
}

func (r *qreader) short(q *Question) {
	a, ok := r.require("answer", q, "a list of accepted answers, like [Vostochny, Vostochny Cosmodrome]")
	if !ok {
		return
	}
	answers, ok := r.lines(a, "answer", true)
	if !ok {
		return
	}
	if len(answers) == 0 {
		r.errorf(a, "answer is empty: list the accepted answers")
		return
	}
	nodes := a.Content
	if a.Kind != yaml.SequenceNode {
		nodes = []*yaml.Node{a}
	}
	for i, s := range answers {
		if Normalize(s) == "" {
			r.errorf(nodes[i], "accepted answer %q is empty once case, spaces and punctuation are ignored", s)
		}
	}
	q.Answers = answers
}

func (r *qreader) numeric(q *Question) {
	a, hasAnswer := r.values["answer"]
	rg, hasRange := r.values["range"]
	tol, hasTol := r.values["tolerance"]
	switch {
	case hasAnswer && hasRange:
		r.errorf(rg, "give either answer (with an optional tolerance) or range, not both")
		return
	case !hasAnswer && !hasRange:
		r.errorf(r.node, "missing answer: a numeric question needs answer: NUMBER (with an optional tolerance:) or range: [LOW, HIGH]")
		return
	case hasRange && hasTol:
		r.errorf(tol, "tolerance goes with answer, not with range: widen the range instead")
		return
	}
	if hasRange {
		if rg.Kind != yaml.SequenceNode || len(rg.Content) != 2 {
			r.errorf(rg, "range must be a list of two numbers, like [60, 63]")
			return
		}
		lo, ok1 := r.number(rg.Content[0], "the range's low end")
		hi, ok2 := r.number(rg.Content[1], "the range's high end")
		if !ok1 || !ok2 {
			return
		}
		if lo > hi {
			r.errorf(rg, "range [%v, %v] is backwards: write the lower number first", lo, hi)
			return
		}
		q.Range = &[2]float64{lo, hi}
		return
	}
	r.numbers(q, a)
	if hasTol {
		if f, ok := r.number(tol, "tolerance"); ok {
			if f < 0 {
				r.errorf(tol, "tolerance must be 0 or more, got %v", f)
			} else {
				q.Tolerance = f
			}
		}
	}
}

// numbers reads a numeric answer: one number, or a list of right values
// ("enter either root"), each accepted within the tolerance.
func (r *qreader) numbers(q *Question, a *yaml.Node) {
	if a.Kind != yaml.SequenceNode {
		if f, ok := r.number(a, "answer"); ok {
			q.Number = f
		}
		return
	}
	if len(a.Content) == 0 {
		r.errorf(a, "answer is an empty list: give a number, or a list of right numbers like [-7, 4]")
		return
	}
	for i, n := range a.Content {
		f, ok := r.number(n, "each answer")
		switch {
		case !ok:
		case i == 0:
			q.Number = f
		default:
			q.More = append(q.More, f)
		}
	}
}

func (r *qreader) order(q *Question) {
	v, ok := r.require("items", q, "its items listed in the right order")
	if !ok {
		return
	}
	if v.Kind != yaml.SequenceNode {
		r.errorf(v, "items must be a list, in the right order")
		return
	}
	items, ok := r.lines(v, "item", false)
	if !ok {
		return
	}
	if len(items) < 2 || len(items) > MaxItems {
		r.errorf(v, "an order question needs 2 to %d items, this one has %d", MaxItems, len(items))
		return
	}
	if r.noDuplicates(v.Content, items, "item") {
		q.Items = items
	}
}

func (r *qreader) match(q *Question) {
	v, ok := r.require("pairs", q, "pairs of left: right, like \"Kim Jong Un: North Korea\"")
	if !ok {
		return
	}
	pairs, lefts, _, ok := r.pairs(v)
	if !ok {
		return
	}
	if len(pairs) < 2 || len(pairs) > MaxItems {
		r.errorf(v, "a match question needs 2 to %d pairs, this one has %d", MaxItems, len(pairs))
		return
	}
	l := make([]string, len(pairs))
	for i, p := range pairs {
		l[i] = p.Left
	}
	// Right sides may repeat (several items share one answer, as Moodle
	// allows); left sides may not, or a student could not tell them apart.
	if r.noDuplicates(lefts, l, "left side") {
		q.Pairs = pairs
	}
}

// pairs reads the pairs of a match question, written either as a mapping
// (left: right, one per line) or as a list of one-key mappings or of
// two-item lists.
func (r *qreader) pairs(v *yaml.Node) (pairs []Pair, lefts, rights []*yaml.Node, ok bool) {
	const form = "pairs must be written one per line as \"left: right\""
	add := func(l, rt *yaml.Node) bool {
		ls, ok1 := r.line(l, "a pair's left side")
		rs, ok2 := r.line(rt, "a pair's right side")
		pairs = append(pairs, Pair{Left: ls, Right: rs})
		lefts, rights = append(lefts, l), append(rights, rt)
		return ok1 && ok2
	}
	ok = true
	switch v.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(v.Content); i += 2 {
			ok = add(v.Content[i], v.Content[i+1]) && ok
		}
	case yaml.SequenceNode:
		for _, it := range v.Content {
			switch {
			case it.Kind == yaml.MappingNode && len(it.Content) == 2:
				ok = add(it.Content[0], it.Content[1]) && ok
			case it.Kind == yaml.SequenceNode && len(it.Content) == 2:
				ok = add(it.Content[0], it.Content[1]) && ok
			default:
				r.errorf(it, "%s", form)
				ok = false
			}
		}
	default:
		r.errorf(v, "%s", form)
		ok = false
	}
	return pairs, lefts, rights, ok
}

func (r *qreader) cloze(q *Question) {
	v, ok := r.require("text", q, "a text with blanks written [[answer]] or [[answer|alternative]]")
	if !ok {
		return
	}
	text, ok := r.text(v, "text")
	if !ok {
		return
	}
	segs, err := ParseCloze(text)
	if err != nil {
		r.errorf(v, "cloze text: %v", err)
		return
	}
	if !slices.ContainsFunc(segs, ClozeSegment.IsBlank) {
		r.errorf(v, "cloze text has no blank: write each blank as [[answer]] or [[answer|alternative]]")
		return
	}
	q.Text = text
}

// feedback reads the per-answer feedback and warns about keys no student
// can ever pick.
func (r *qreader) feedback(q *Question, v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		r.errorf(v, "feedback must be a mapping of an answer to the text shown when it is picked, like \"Moscow: Putin travelled from Moscow.\"")
		return
	}
	fb := map[string]string{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		key, ok1 := r.line(k, "a feedback key")
		text, ok2 := r.text(val, "feedback")
		if !ok1 || !ok2 {
			continue
		}
		if q.Type == TrueFalse && k.ShortTag() == "!!bool" {
			key = strings.ToLower(key)
		}
		if _, dup := fb[key]; dup {
			r.errorf(k, "feedback for %q is given twice", key)
			continue
		}
		switch {
		case (q.Type == Choice || q.Type == Multi) && q.Options != nil && !slices.Contains(q.Options, key):
			r.p.warnf(k, "feedback for %q will never be shown: it is not one of the options (%s)", key, quoteList(q.Options))
		case q.Type == TrueFalse && key != "true" && key != "false":
			r.p.warnf(k, "feedback for %q will never be shown: a truefalse question's feedback keys are true and false", key)
		}
		fb[key] = text
	}
	if len(fb) > 0 {
		q.Feedback = fb
	}
}
