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

// common reads the fields every question type shares.
func (r *qreader) common(q *Question) {
	if v, ok := r.values["id"]; !ok {
		r.errorf(r.node, "missing id: give the question an id such as \"summit-venue\" (a-z, 0-9 and -)")
	} else if s, ok := r.line(v, "id"); ok {
		switch {
		case len(s) > MaxIDLen:
			r.errorf(v, "id %q is longer than %d characters", clip(s), MaxIDLen)
		case !questionIDPattern().MatchString(s):
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
		// A cap keeps sums of points, in the quiz and the score
		// database, finite.
		const maxPoints = 1000
		if f, ok := r.number(v, "points"); ok {
			if f <= 0 {
				r.errorf(v, "points must be more than 0, got %v", f)
			} else if f > maxPoints {
				r.errorf(v, "points must be at most %d, got %v", maxPoints, f)
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
