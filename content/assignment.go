package content

import (
	"brief/internal/diag"
	"brief/internal/sanitize"
	"errors"
	"fmt"
	"strconv"
	"time"

	"go.yaml.in/yaml/v3"
)

// Assignment is what a teacher sets in pack.yaml for a pack whose results
// are collected: how the quiz is run, and how often and by when it may be
// taken. A student's brief runs it as set, and refuses flags that would
// change it.
type Assignment struct {
	Mode      string `yaml:"mode" json:"mode"`                               // exam or practice
	Time      string `yaml:"time,omitempty" json:"time,omitempty"`           // a time limit such as 15m
	Questions int    `yaml:"questions,omitempty" json:"questions,omitempty"` // drawn per student; 0: all
	Attempts  int    `yaml:"attempts,omitempty" json:"attempts,omitempty"`   // 0: no limit
	Due       string `yaml:"due,omitempty" json:"due,omitempty"`             // a date, 2026-12-14
}

// The modes an assignment may set.
const (
	AssignExam     = "exam"
	AssignPractice = "practice"
)

// maxAssignmentTime bounds a time limit: a day is longer than any lesson.
const maxAssignmentTime = 24 * time.Hour

// TimeLimit is the assignment's time limit, 0 for none.
func (a *Assignment) TimeLimit() time.Duration {
	d, _ := time.ParseDuration(a.Time)
	return d
}

// DueDate is the last day the assignment may be handed in, in the local
// time zone, and false when it has none.
func (a *Assignment) DueDate() (time.Time, bool) {
	d, err := time.ParseInLocation(time.DateOnly, a.Due, time.Local)
	return d, err == nil
}

// CheckAssignment refuses an assignment brief could not run, each problem
// located at its field in pack.yaml (whose text is data), and cleans its
// text. A count written as 0 is a problem, not "no limit": leaving the
// field out says that.
func CheckAssignment(data []byte, a *Assignment, display string) error {
	a.Mode, a.Time, a.Due = sanitize.Line(a.Mode), sanitize.Line(a.Time), sanitize.Line(a.Due)
	var errs []error
	at := func(field, format string, args ...any) {
		line, col, _ := assignmentField(data, field)
		errs = append(errs, diag.Errorf(display, line, col, "assignment: "+format, args...))
	}
	written := func(field string) bool { _, _, ok := assignmentField(data, field); return ok }
	if a.Mode != AssignExam && a.Mode != AssignPractice {
		at("mode", "mode %q is not exam or practice", a.Mode)
	}
	if a.Questions < 0 || a.Questions > MaxPackQuestions || a.Questions == 0 && written("questions") {
		at("questions", "questions %d is not between 1 and %d (leave it out for every question)", a.Questions, MaxPackQuestions)
	}
	if a.Attempts < 0 || a.Attempts > 100 || a.Attempts == 0 && written("attempts") {
		at("attempts", "attempts %d is not between 1 and 100 (leave it out for no limit)", a.Attempts)
	}
	if a.Time != "" {
		if d, err := time.ParseDuration(a.Time); err != nil || d <= 0 || d > maxAssignmentTime {
			at("time", "time %q is not a time limit such as 15m or 1h30m (at most 24h)", diag.Clip(a.Time, 40))
		}
	}
	if _, ok := a.DueDate(); a.Due != "" && !ok {
		at("due", "due %q is not a date such as 2026-12-14", diag.Clip(a.Due, 40))
	}
	return errors.Join(errs...)
}

// assignmentField finds where field's value is in pack.yaml's assignment
// block, or the block itself, or the top of the file; ok says the field
// is written there.
func assignmentField(data []byte, field string) (line, col int, ok bool) {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return 1, 1, false
	}
	block := MappingValue(doc.Content[0], "assignment")
	if block == nil {
		return 1, 1, false
	}
	if v := MappingValue(block, field); v != nil {
		return v.Line, v.Column, true
	}
	return block.Line, block.Column, false
}

// MappingValue is the value under key in a YAML mapping, or nil.
func MappingValue(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// assignmentYAML writes the block as pack.yaml holds it, fields in the
// order the docs use.
func assignmentYAML(a *Assignment) *yaml.Node {
	node := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key, value, tag string) {
		node.Content = append(node.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key},
			&yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value})
	}
	add("mode", a.Mode, "!!str")
	if a.Time != "" {
		add("time", a.Time, "!!str")
	}
	if a.Questions > 0 {
		add("questions", strconv.Itoa(a.Questions), "!!int")
	}
	if a.Attempts > 0 {
		add("attempts", strconv.Itoa(a.Attempts), "!!int")
	}
	if a.Due != "" {
		add("due", a.Due, "!!str")
	}
	return node
}

// String describes the assignment in a line, as home and the quiz say it:
// "exam · 12 questions · 15:00 · 2 attempts · due 2026-12-14".
func (a *Assignment) String() string {
	s := a.Mode
	if a.Questions > 0 {
		s += fmt.Sprintf(" · %d questions", a.Questions)
	}
	if a.Time != "" {
		s += " · " + a.TimeLimit().String()
	}
	if a.Attempts > 0 {
		s += fmt.Sprintf(" · %d attempts", a.Attempts)
	}
	if a.Due != "" {
		s += " · due " + a.Due
	}
	return s
}
