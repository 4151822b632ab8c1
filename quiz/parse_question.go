package quiz

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// questionFields lists every key a question may have, in the order the docs
// and the encoder present them.
var questionFields = []string{
	"id", "type", "level", "section", "prompt",
	"options", "answer", "tolerance", "range", "items", "pairs", "text", "typos",
	"explain", "evidence", "points", "tags", "feedback", "draft",
}

// fieldTypes lists, for the keys that only some types use, those types.
var fieldTypes = map[string][]Type{
	"options":   {Choice, Multi},
	"answer":    {Choice, Multi, TrueFalse, Short, Numeric},
	"tolerance": {Numeric},
	"range":     {Numeric},
	"items":     {Order},
	"pairs":     {Match},
	"text":      {Cloze},
	"typos":     {Short, Cloze},
	"feedback":  {Choice, Multi, TrueFalse, Short, Numeric},
}

// Limits on the size of one question, so that any valid question fits on
// a quiz screen and can be answered with letters in plain mode.
const (
	MinOptions = 2
	MaxOptions = 8
	MaxItems   = 10 // order items, and match pairs
	MaxTypos   = 3
	MaxIDLen   = 64
)

var questionIDPattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// qreader reads one question's mapping, remembering whether any error was
// found so that the question can be left out.
type qreader struct {
	p      *parser
	node   *yaml.Node
	values map[string]*yaml.Node
	keys   map[string]*yaml.Node
	ok     bool
}

func (r *qreader) errorf(n *yaml.Node, format string, args ...any) {
	r.ok = false
	r.p.errorf(n, format, args...)
}

// question reads one item of the questions list.
func (p *parser) question(item *yaml.Node) (Question, bool) {
	q := Question{Path: p.path, Line: item.Line, Col: item.Column, Points: 1, Level: Recall}
	if item.Kind != yaml.MappingNode {
		p.errorf(item, "each question is a mapping of fields (id:, type:, prompt: ...), not %s", describe(item))
		return q, false
	}
	r := &qreader{p: p, node: item, values: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}, ok: true}
	r.collect()
	r.common(&q)
	if q.Type != "" {
		r.byType(&q)
	}
	return q, r.ok
}

// collect indexes the question's fields, reporting unknown and repeated ones.
func (r *qreader) collect() {
	c := r.node.Content
	for i := 0; i+1 < len(c); i += 2 {
		k, v := c[i], c[i+1]
		if k.Kind != yaml.ScalarNode {
			r.errorf(k, "a field name must be a plain word such as prompt:")
			continue
		}
		if !slices.Contains(questionFields, k.Value) {
			r.errorf(k, "unknown field %q%s (known fields: %s)", clip(k.Value), suggest(k.Value, questionFields), strings.Join(questionFields, ", "))
			continue
		}
		if first, dup := r.keys[k.Value]; dup {
			r.errorf(k, "field %q is given twice (first at line %d)", k.Value, first.Line)
			continue
		}
		r.keys[k.Value], r.values[k.Value] = k, v
	}
}

// common reads the fields every question type shares.
func (r *qreader) common(q *Question) {
	if v, ok := r.values["id"]; !ok {
		r.errorf(r.node, "missing id: give the question an id such as \"summit-venue\" (a-z, 0-9 and -)")
	} else if s, ok := r.line(v, "id"); ok {
		switch {
		case len(s) > MaxIDLen:
			r.errorf(v, "id %q is longer than %d characters", clip(s), MaxIDLen)
		case !questionIDPattern.MatchString(s):
			r.errorf(v, "id %q may hold only lower-case a-z, 0-9 and '-'", s)
		default:
			q.ID = s
		}
	}
	typeNames := joinTypes()
	if v, ok := r.values["type"]; !ok {
		r.errorf(r.node, "missing type: one of %s", typeNames)
	} else if s, ok := r.line(v, "type"); ok {
		if slices.Contains(Types, Type(s)) {
			q.Type = Type(s)
		} else {
			r.errorf(v, "unknown type %q%s (valid types: %s)", clip(s), suggest(s, typeStrings()), typeNames)
		}
	}
	if v, ok := r.values["level"]; ok {
		if s, ok := r.line(v, "level"); ok {
			if slices.Contains(Levels, Level(s)) {
				q.Level = Level(s)
			} else {
				r.errorf(v, "unknown level %q (valid levels: recall, inference, critical)", clip(s))
			}
		}
	}
	if v, ok := r.values["section"]; ok {
		q.Section, _ = r.line(v, "section")
	}
	if v, ok := r.values["prompt"]; ok {
		q.Prompt, _ = r.text(v, "prompt")
	} else if q.Type != Cloze {
		r.errorf(r.node, "missing prompt: the question the student reads")
	}
	if v, ok := r.values["explain"]; ok {
		q.Explain, _ = r.text(v, "explain")
	}
	if v, ok := r.values["evidence"]; ok {
		q.Evidence, _ = r.line(v, "evidence")
	}
	if v, ok := r.values["points"]; ok {
		if f, ok := r.number(v, "points"); ok {
			if f <= 0 {
				r.errorf(v, "points must be more than 0, got %v", f)
			} else {
				q.Points = f
			}
		}
	}
	if v, ok := r.values["typos"]; ok {
		if f, ok := r.number(v, "typos"); ok {
			if f != math.Trunc(f) || f < 0 || f > MaxTypos {
				r.errorf(v, "typos must be a whole number from 0 to %d, got %v", MaxTypos, f)
			} else {
				q.Typos = int(f)
			}
		}
	}
	if v, ok := r.values["tags"]; ok {
		tags, _ := r.lines(v, "tags", true)
		for _, t := range tags {
			if t != "" {
				q.Tags = append(q.Tags, t)
			}
		}
	}
	if v, ok := r.values["draft"]; ok {
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
			r.errorf(v, "draft must be true or false")
		} else {
			_ = v.Decode(&q.Draft)
		}
	}
	if q.Type != "" {
		for _, name := range questionFields {
			if k, ok := r.keys[name]; ok && fieldTypes[name] != nil && !slices.Contains(fieldTypes[name], q.Type) {
				r.p.warnf(k, "%s is not used by a %s question: remove it", name, q.Type)
			}
		}
	}
}

// byType reads and checks the fields that carry the answer.
func (r *qreader) byType(q *Question) {
	switch q.Type {
	case Choice, Multi:
		r.options(q)
	case TrueFalse:
		r.truefalse(q)
	case Short:
		r.short(q)
	case Numeric:
		r.numeric(q)
	case Order:
		r.order(q)
	case Match:
		r.match(q)
	case Cloze:
		r.cloze(q)
	}
	if v, ok := r.values["feedback"]; ok && slices.Contains(fieldTypes["feedback"], q.Type) {
		r.feedback(q, v)
	}
}

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
	if f, ok := r.number(a, "answer"); ok {
		q.Number = f
	}
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
	pairs, lefts, rights, ok := r.pairs(v)
	if !ok {
		return
	}
	if len(pairs) < 2 || len(pairs) > MaxItems {
		r.errorf(v, "a match question needs 2 to %d pairs, this one has %d", MaxItems, len(pairs))
		return
	}
	l := make([]string, len(pairs))
	rt := make([]string, len(pairs))
	for i, p := range pairs {
		l[i], rt[i] = p.Left, p.Right
	}
	okL := r.noDuplicates(lefts, l, "left side")
	okR := r.noDuplicates(rights, rt, "right side")
	if okL && okR {
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

// scalar returns the text of a scalar node, reporting lists, mappings and
// empty values.
func (r *qreader) scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		r.errorf(n, "%s must be text, not %s", what, describe(n))
		return "", false
	}
	if n.ShortTag() == "!!null" {
		r.errorf(n, "%s is empty", what)
		return "", false
	}
	return n.Value, true
}

// line reads a one-line text value.
func (r *qreader) line(n *yaml.Node, what string) (string, bool) {
	s, ok := r.scalar(n, what)
	if !ok {
		return "", false
	}
	s = cleanLine(s)
	if s == "" {
		r.errorf(n, "%s is empty", what)
		return "", false
	}
	return s, true
}

// text reads a value that may span several lines.
func (r *qreader) text(n *yaml.Node, what string) (string, bool) {
	s, ok := r.scalar(n, what)
	if !ok {
		return "", false
	}
	s = cleanText(s)
	if s == "" {
		r.errorf(n, "%s is empty", what)
		return "", false
	}
	return s, true
}

// lines reads a list of one-line values; with scalarOK a single value
// stands for a list of one.
func (r *qreader) lines(n *yaml.Node, what string, scalarOK bool) ([]string, bool) {
	if n.Kind != yaml.SequenceNode {
		if scalarOK && n.Kind == yaml.ScalarNode {
			s, ok := r.line(n, what)
			return []string{s}, ok
		}
		r.errorf(n, "%s must be a list, like [a, b]", what)
		return nil, false
	}
	out := make([]string, 0, len(n.Content))
	ok := true
	for _, c := range n.Content {
		s, good := r.line(c, what)
		ok = ok && good
		out = append(out, s)
	}
	return out, ok
}

// number reads a finite number.
func (r *qreader) number(n *yaml.Node, what string) (float64, bool) {
	var f float64
	if n.Kind != yaml.ScalarNode || (n.ShortTag() != "!!int" && n.ShortTag() != "!!float") || n.Decode(&f) != nil {
		r.errorf(n, "%s must be a number, like 42 or 61.5, not %s", what, describe(n))
		return 0, false
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		r.errorf(n, "%s must be a finite number", what)
		return 0, false
	}
	return f, true
}

// noDuplicates reports values given twice in a list.
func (r *qreader) noDuplicates(nodes []*yaml.Node, values []string, what string) bool {
	seen := map[string]int{}
	ok := true
	for i, s := range values {
		if first, dup := seen[s]; dup {
			r.errorf(nodes[i], "duplicate %s %q (also at line %d)", what, s, nodes[first].Line)
			ok = false
			continue
		}
		seen[s] = i
	}
	return ok
}

// describe names what a node is, for messages about the wrong kind of value.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	}
	if n.ShortTag() == "!!null" {
		return "empty"
	}
	return fmt.Sprintf("%q", clip(n.Value))
}

// clip shortens a value quoted in a message, so that a hostile file cannot
// make one message megabytes long.
func clip(s string) string {
	v := []rune(cleanLine(s))
	if len(v) > 40 {
		v = append(v[:40], '…')
	}
	return string(v)
}

// suggest proposes the closest known name for a misspelt one.
func suggest(got string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := EditDistance(strings.ToLower(got), k); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

func typeStrings() []string {
	out := make([]string, len(Types))
	for i, t := range Types {
		out[i] = string(t)
	}
	return out
}

func joinTypes() string { return strings.Join(typeStrings(), ", ") }

// quoteList formats values for a message: "a", "b", "c".
func quoteList(vals []string) string {
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}
