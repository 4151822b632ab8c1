package lint

import (
	"errors"
	"io/fs"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"brief/content"
	"brief/internal/diag"
	"brief/internal/sanitize"
)

// manifestFields are the keys pack.yaml may hold, in the order the docs
// list them.
var manifestFields = []string{"id", "title", "description", "author", "version", "license", "content_hash", "assignment"}

// assignmentFields are the keys an assignment block may hold.
var assignmentFields = []string{"mode", "time", "questions", "attempts", "due"}

// lintManifest checks pack.yaml, if the pack has one, reporting every
// problem rather than the first: syntax, unknown or repeated keys, values
// that are not single values, an id outside a-z, 0-9 and '-', and a
// version brief cannot order.
func (l *linter) lintManifest() {
	display := l.display(content.ManifestName)
	data, err := content.ReadFile(l.fsys, content.ManifestName, display)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		l.addErr(display, err)
		return
	}
	if d := content.CheckText(display, data); d != nil {
		l.add(d)
		return
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, col, msg := content.YAMLSyntaxAt(data, err)
		l.add(diag.Errorf(display, line, col, "YAML syntax: %s", msg))
		return
	}
	if len(doc.Content) == 0 {
		return // an empty manifest says nothing, which is allowed
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		l.add(diag.Errorf(display, m.Line, m.Column, "pack.yaml must be a mapping of keys such as title: and author:"))
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		name := diag.Clip(sanitize.Line(k.Value), 40)
		known := false
		for _, f := range manifestFields {
			known = known || f == k.Value
		}
		switch {
		case k.Kind != yaml.ScalarNode || !known:
			l.add(diag.Errorf(display, k.Line, k.Column, "unknown field %q (known: %s)", name, strings.Join(manifestFields, ", ")))
		case seen[k.Value] > 0:
			l.add(diag.Errorf(display, k.Line, k.Column, "field %q is given twice (first at line %d)", name, seen[k.Value]))
		case k.Value == "assignment":
			l.lintAssignment(display, data, v)
		case v.Kind != yaml.ScalarNode:
			l.add(diag.Errorf(display, v.Line, v.Column, "%s must be a single value", name))
		case k.Value == "id" && !content.IDPattern().MatchString(sanitize.Line(v.Value)):
			l.add(diag.Errorf(display, v.Line, v.Column, "id %q may hold only a-z, 0-9 and '-'", diag.Clip(sanitize.Line(v.Value), 40)))
		case k.Value == "version" && content.VersionProblem(sanitize.Line(v.Value)) != "":
			l.add(diag.Errorf(display, v.Line, v.Column, "%s", content.VersionProblem(sanitize.Line(v.Value))))
		}
		if _, dup := seen[k.Value]; !dup {
			seen[k.Value] = k.Line
		}
	}
}

// lintAssignment checks pack.yaml's assignment block: a mapping of known
// keys, each a single value brief can run.
func (l *linter) lintAssignment(display string, data []byte, v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		l.add(diag.Errorf(display, v.Line, v.Column, "assignment must be a block of %s", strings.Join(assignmentFields, ", ")))
		return
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		switch {
		case !slices.Contains(assignmentFields, k.Value):
			l.add(diag.Errorf(display, k.Line, k.Column, "assignment: unknown field %q (known: %s)", diag.Clip(sanitize.Line(k.Value), 40), strings.Join(assignmentFields, ", ")))
			return
		case val.Kind != yaml.ScalarNode:
			l.add(diag.Errorf(display, val.Line, val.Column, "assignment: %s must be a single value", k.Value))
			return
		}
	}
	var a content.Assignment
	if err := v.Decode(&a); err != nil {
		line, msg := content.YAMLErrorLine(err)
		l.add(diag.Errorf(display, line, 1, "assignment: %s", msg))
		return
	}
	if err := content.CheckAssignment(data, &a, display); err != nil {
		l.addErr(display, err)
	}
	if q := content.MappingValue(v, "questions"); q != nil && a.Questions > 0 {
		l.drawn, l.drawnAt = a.Questions, diag.Warnf(display, q.Line, q.Column, "")
	}
}
