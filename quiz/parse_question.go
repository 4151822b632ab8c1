package quiz

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// questionFields lists every key a question may have, in the order the docs
// and the encoder present them.
var questionFields = []string{
	"id", "type", "level", "section", "prompt",
	"options", "answer", "tolerance", "range", "items", "pairs", "text", "typos",
	"explain", "evidence", "points", "tags", "feedback", "draft", "name", "category",
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
// a quiz screen and can be answered with letters in plain mode. Options go
// up to 26, as in Moodle and Aiken: one letter each, a to z.
const (
	MinOptions = 2
	MaxOptions = 26
	MaxItems   = 10 // order items, and match pairs
	MaxTypos   = 3
	MaxIDLen   = 64
)

// questionIDPattern is what a question id may be; compiled on first use.
var questionIDPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9-]+$`) })

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

// common reads the fields every question type shares. The order of the
// steps is the order the errors are reported in, so it stays as it was.
func (r *qreader) common(q *Question) {
	r.id(q)
	r.questionType(q)
	r.level(q)
	r.wording(q)
	r.points(q)
	r.typos(q)
	r.tags(q)
	r.draft(q)
	if q.Type != "" {
		r.warnUnusedFields(q.Type)
	}
}

// id reads the required id:, which the score database keys answers by.
func (r *qreader) id(q *Question) {
	if _, given := r.values["id"]; !given {
		r.errorf(r.node, "missing id: give the question an id such as \"summit-venue\" (a-z, 0-9 and -)")
		return
	}
	v, s, ok := r.fieldLine("id")
	if !ok {
		return
	}
	switch {
	case len(s) > MaxIDLen:
		r.errorf(v, "id %q is longer than %d characters", clip(s), MaxIDLen)
	case !questionIDPattern().MatchString(s):
		r.errorf(v, "id %q may hold only lower-case a-z, 0-9 and '-'", s)
	default:
		q.ID = s
	}
}

// questionType reads the required type:, leaving q.Type empty when it is
// missing or unknown so that the type-specific checks are skipped.
func (r *qreader) questionType(q *Question) {
	if _, given := r.values["type"]; !given {
		r.errorf(r.node, "missing type: one of %s", joinTypes())
		return
	}
	v, s, ok := r.fieldLine("type")
	if !ok {
		return
	}
	if slices.Contains(Types, Type(s)) {
		q.Type = Type(s)
	} else {
		r.errorf(v, "unknown type %q%s (valid types: %s)", clip(s), suggest(s, typeStrings()), joinTypes())
	}
}

// level reads the optional level:, which keeps its default, recall, when
// it is absent or wrong.
func (r *qreader) level(q *Question) {
	v, s, ok := r.fieldLine("level")
	if !ok {
		return
	}
	if slices.Contains(Levels, Level(s)) {
		q.Level = Level(s)
	} else {
		r.errorf(v, "unknown level %q (valid levels: recall, inference, critical)", clip(s))
	}
}

// wording reads the text fields the student sees: section, prompt,
// explain and evidence. Only the prompt is required, and not for a cloze,
// whose text: is the question.
func (r *qreader) wording(q *Question) {
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
	if v, ok := r.values["name"]; ok {
		q.Name, _ = r.line(v, "name")
	}
	if v, ok := r.values["category"]; ok {
		q.Category, _ = r.line(v, "category")
	}
}

// points reads the optional points:, which keeps its default, 1, when it
// is absent or out of range.
func (r *qreader) points(q *Question) {
	// A cap keeps sums of points, in the quiz and the score database,
	// finite.
	const maxPoints = 1000
	v, f, ok := r.fieldNumber("points")
	if !ok {
		return
	}
	switch {
	case f <= 0:
		r.errorf(v, "points must be more than 0, got %v", f)
	case f > maxPoints:
		r.errorf(v, "points must be at most %d, got %v", maxPoints, f)
	default:
		q.Points = f
	}
}

// typos reads the optional typos:, how many slips a typed answer may have.
func (r *qreader) typos(q *Question) {
	v, f, ok := r.fieldNumber("typos")
	if !ok {
		return
	}
	if f != math.Trunc(f) || f < 0 || f > MaxTypos {
		r.errorf(v, "typos must be a whole number from 0 to %d, got %v", MaxTypos, f)
	} else {
		q.Typos = int(f)
	}
}

// tags reads the optional tags:, dropping empty ones, which would match
// no filter.
func (r *qreader) tags(q *Question) {
	v, ok := r.values["tags"]
	if !ok {
		return
	}
	tags, _ := r.lines(v, "tags", true)
	for _, t := range tags {
		if t != "" {
			q.Tags = append(q.Tags, t)
		}
	}
}

// draft reads the optional draft:, the mark `brief draft` leaves on a
// question a teacher has not checked yet; it must be a bare true or false.
func (r *qreader) draft(q *Question) {
	v, ok := r.values["draft"]
	if !ok {
		return
	}
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
		r.errorf(v, "draft must be true or false")
	} else {
		_ = v.Decode(&q.Draft)
	}
}

// fieldLine is a field's value as one line of text, with its node for
// messages; ok is false when the field is absent or is not one line, which
// has been reported.
func (r *qreader) fieldLine(name string) (v *yaml.Node, s string, ok bool) {
	if v, ok = r.values[name]; !ok {
		return nil, "", false
	}
	s, ok = r.line(v, name)
	return v, s, ok
}

// fieldNumber is a field's value as a number, with its node for
// messages; ok is false when the field is absent or is not a number,
// which has been reported.
func (r *qreader) fieldNumber(name string) (v *yaml.Node, f float64, ok bool) {
	if v, ok = r.values[name]; !ok {
		return nil, 0, false
	}
	f, ok = r.number(v, name)
	return v, f, ok
}

// warnUnusedFields warns of answer fields another type uses, in the
// documented field order: they are ignored, which a writer would not
// expect, but they do not make the question unusable.
func (r *qreader) warnUnusedFields(t Type) {
	for _, name := range questionFields {
		if k, ok := r.keys[name]; ok && fieldTypes[name] != nil && !slices.Contains(fieldTypes[name], t) {
			r.p.warnf(k, "%s is not used by a %s question: remove it", name, t)
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
