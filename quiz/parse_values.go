package quiz

import (
	"fmt"
	"math"
	"strings"

	"go.yaml.in/yaml/v3"
)

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
