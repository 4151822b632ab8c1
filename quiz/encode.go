package quiz

import (
	"brief/internal/diag"
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// EncodeFile writes questions as a question file, in the format ParseFile
// reads, for `brief import` and `brief draft`: fields in the order the docs
// use (id, type, level, section, prompt, options, answer, ...), short lists
// on one line, a blank line between questions. Fields at their default
// (points 1, typos 0, draft false) are left out. Path, Line and Col are not
// written.
//
// The YAML is always returned. The error, if any, lists what would stop
// the file from loading (such as a choice question with one option), so a
// caller can still save the file for a teacher to fix. Each is located at
// the question it is about where that question came from (its Path, Line
// and Col, such as a GIFT file's), else in the written file, as
// questions.quiz.yaml.
func EncodeFile(qs []Question) ([]byte, error) {
	items := &yaml.Node{Kind: yaml.SequenceNode}
	for i := range qs {
		items.Content = append(items.Content, encodeQuestion(&qs[i]))
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{yamlKey("questions"), items}}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("encode questions: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode questions: %w", err)
	}
	out := spaceQuestions(buf.Bytes())
	_, diags := ParseFile("questions.quiz.yaml", out)
	starts := questionStarts(out)
	var errs []error
	for _, d := range diags {
		if d.Severity == diag.Error {
			errs = append(errs, atSource(d, qs, starts))
		}
	}
	return out, errors.Join(errs...)
}

// questionStarts lists the line (from 1) on which each question of an
// encoded file starts, in order.
func questionStarts(data []byte) []int {
	var starts []int
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "  - ") {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// atSource moves a diagnostic about the encoded file to the question it is
// about, where that question was read from; one about the whole file, or
// about a question that was not read from a file, stays where it is.
func atSource(d *diag.Diagnostic, qs []Question, starts []int) *diag.Diagnostic {
	i := sort.SearchInts(starts, d.Line+1) - 1 // the last question starting at or before the line
	if d.Line < 1 || i < 0 || i >= len(qs) || qs[i].Path == "" {
		return d
	}
	q := qs[i]
	return &diag.Diagnostic{Path: q.Path, Line: q.Line, Col: q.Col, Severity: d.Severity, Msg: d.Msg}
}

// encodeQuestion builds one question's mapping in the documented field order.
func encodeQuestion(q *Question) *yaml.Node {
	m := yamlMapping{&yaml.Node{Kind: yaml.MappingNode}}
	m.addText("id", q.ID)
	m.addText("type", string(q.Type))
	m.addText("level", string(q.Level))
	m.addText("section", q.Section)
	m.addText("prompt", q.Prompt)
	if len(q.Options) > 0 {
		m.add("options", yamlList(q.Options, false))
	}
	encodeAnswer(m, q)
	if len(q.Items) > 0 {
		m.add("items", yamlList(q.Items, true))
	}
	if len(q.Pairs) > 0 {
		m.add("pairs", yamlPairs(q.Pairs))
	}
	m.addText("text", q.Text)
	if q.Typos != 0 {
		m.add("typos", yamlNumber(float64(q.Typos)))
	}
	m.addText("explain", q.Explain)
	m.addText("evidence", q.Evidence)
	if q.Points != 1 && q.Points != 0 {
		m.add("points", yamlNumber(q.Points))
	}
	if len(q.Tags) > 0 {
		m.add("tags", yamlList(q.Tags, false))
	}
	if len(q.Feedback) > 0 {
		m.add("feedback", yamlFeedback(q))
	}
	if q.Draft {
		m.add("draft", yamlBool(true))
	}
	m.addText("name", q.Name)
	m.addText("category", q.Category)
	return m.node
}

// yamlMapping is a mapping being built a field at a time, in the order
// the fields are added.
type yamlMapping struct{ node *yaml.Node }

// add appends a field.
func (m yamlMapping) add(key string, v *yaml.Node) {
	m.node.Content = append(m.node.Content, yamlKey(key), v)
}

// addText appends a text field unless it is empty, which is the default
// of every text field.
func (m yamlMapping) addText(key, v string) {
	if v != "" {
		m.add(key, yamlText(v))
	}
}

// encodeAnswer writes the answer: or range: field, whose form depends on
// the question's type.
func encodeAnswer(m yamlMapping, q *Question) {
	switch q.Type {
	case Choice:
		if len(q.Answers) > 0 {
			m.add("answer", yamlText(q.Answers[0]))
		}
	case Multi, Short:
		if len(q.Answers) > 0 {
			m.add("answer", yamlList(q.Answers, false))
		}
	case TrueFalse:
		m.add("answer", yamlBool(q.Truth))
	case Numeric:
		if q.Range != nil {
			m.add("range", &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: []*yaml.Node{yamlNumber(q.Range[0]), yamlNumber(q.Range[1])}})
		} else {
			m.add("answer", yamlNumbers(q.Number, q.More))
			if q.Tolerance != 0 {
				m.add("tolerance", yamlNumber(q.Tolerance))
			}
		}
	case Order, Match, Cloze:
		// Their answers are their items, pairs and blanks, written apart.
	}
}

// yamlNumbers writes one number, or a list when there are several.
func yamlNumbers(first float64, more []float64) *yaml.Node {
	if len(more) == 0 {
		return yamlNumber(first)
	}
	list := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: []*yaml.Node{yamlNumber(first)}}
	for _, n := range more {
		list.Content = append(list.Content, yamlNumber(n))
	}
	return list
}

// yamlPairs writes match pairs as a mapping of left side to right side.
func yamlPairs(pairs []Pair) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, p := range pairs {
		n.Content = append(n.Content, yamlText(p.Left), yamlText(p.Right))
	}
	return n
}

// yamlFeedback writes the feedback mapping in feedbackOrder; a true/false
// question's keys are written as bare true and false, as its answer: is.
func yamlFeedback(q *Question) *yaml.Node {
	fb := &yaml.Node{Kind: yaml.MappingNode}
	for _, k := range feedbackOrder(q) {
		key := yamlText(k)
		if q.Type == TrueFalse && (k == "true" || k == "false") {
			key = yamlBool(k == "true")
		}
		fb.Content = append(fb.Content, key, yamlText(q.Feedback[k]))
	}
	return fb
}

// feedbackOrder lists the feedback keys in the order of the options they
// belong to, then the others alphabetically.
func feedbackOrder(q *Question) []string {
	var keys []string
	for _, o := range q.Options {
		if _, ok := q.Feedback[o]; ok {
			keys = append(keys, o)
		}
	}
	for _, k := range sortedKeys(q.Feedback) {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// yamlKey is a plain key.
func yamlKey(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// yamlText is a string value; one spanning lines is written as a literal block.
func yamlText(s string) *yaml.Node {
	n := yamlKey(s)
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

func yamlBool(v bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v)}
}

func yamlNumber(v float64) *yaml.Node {
	tag := "!!float"
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		tag = "!!int"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: formatExact(v)}
}

// yamlList writes a list on one line when it is short, one item per line
// otherwise (always, with block, for lists whose order matters to read).
func yamlList(vals []string, block bool) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode}
	total := 0
	for _, v := range vals {
		n.Content = append(n.Content, yamlText(v))
		total += len(v) + 2
		if strings.Contains(v, "\n") {
			block = true
		}
	}
	if !block && total <= 60 {
		n.Style = yaml.FlowStyle
	}
	return n
}

// spaceQuestions puts a blank line between questions, which the YAML
// encoder cannot do. Only the questions list's items start with "  - ":
// deeper lists and block text are indented further.
func spaceQuestions(data []byte) []byte {
	lines := strings.SplitAfter(string(data), "\n")
	var b strings.Builder
	seen := false
	for _, l := range lines {
		if strings.HasPrefix(l, "  - ") {
			if seen {
				b.WriteString("\n")
			}
			seen = true
		}
		b.WriteString(l)
	}
	return []byte(b.String())
}
