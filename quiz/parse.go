package quiz

import (
	"brief/internal/diag"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// MaxQuestionFileSize is the largest question file ParseFile reads. Real
// files are a few kilobytes; the cap refuses a hostile file before the YAML
// parser spends time or memory on it.
const MaxQuestionFileSize = 1 << 20

// MaxQuestionsPerFile is the most questions one question file may hold, in
// any format brief reads (.quiz.yaml, GIFT, Aiken). Real files hold tens;
// the cap keeps a hostile file from costing every parser, and whatever
// reads their questions after them, time and memory.
const MaxQuestionsPerFile = 2000

// TooManyQuestions is the error every question parser gives, at the first
// question over MaxQuestionsPerFile; the parser reads no further.
func TooManyQuestions(path string, line, col int) *diag.Diagnostic {
	return diag.Errorf(path, line, col, "over the limit of %d questions in one file (this is question %d): split the file into smaller ones", MaxQuestionsPerFile, MaxQuestionsPerFile+1)
}

// ParseFile reads a question file: a YAML mapping whose only key,
// questions, holds a list of questions. It returns the questions without
// errors, in file order, and every problem found, errors and warnings, each
// located at path:line:col. A question with an error is left out.
func ParseFile(path string, data []byte) (qs []Question, diags []*diag.Diagnostic) {
	qs, _, diags = ParseFileForLint(path, data)
	return qs, diags
}

// ParseFileForLint is ParseFile that also returns, apart, the questions
// left out for an error, as far as they could be read, so that lint can
// say in the same run what else is wrong with them (a section or a quote
// that is not in the article): a teacher fixes a question in one go.
func ParseFileForLint(path string, data []byte) (qs, broken []Question, diags []*diag.Diagnostic) {
	p := &parser{path: path}
	if len(data) > MaxQuestionFileSize {
		p.diags = append(p.diags, diag.Errorf(path, 0, 0, "question file is %s, over the limit of %s: split it or remove what is not a question", diag.SizeText(len(data)), diag.SizeText(MaxQuestionFileSize)))
		return nil, nil, p.diags
	}
	if !utf8.Valid(data) {
		line, col := InvalidUTF8At(data)
		p.diags = append(p.diags, diag.Errorf(path, line, col, "the file is not valid UTF-8 text: save it as UTF-8"))
		return nil, nil, p.diags
	}
	p.data = data
	root := p.decode(data)
	if root == nil || !p.checkSafe(root) {
		return nil, nil, p.diags
	}
	qs = p.questions(root)
	return qs, p.broken, p.diags
}

// parser gathers the diagnostics of one file.
type parser struct {
	path   string
	data   []byte
	diags  []*diag.Diagnostic
	broken []Question // questions left out for an error, as far as read
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.diags = append(p.diags, diag.Errorf(p.path, n.Line, n.Column, format, args...))
}

func (p *parser) warnf(n *yaml.Node, format string, args ...any) {
	p.diags = append(p.diags, diag.Warnf(p.path, n.Line, n.Column, format, args...))
}

// decode parses the YAML into a node tree and returns its top node, or nil
// after reporting why it could not.
func (p *parser) decode(data []byte) (root *yaml.Node) {
	defer func() {
		// yaml.v3 is well fuzzed, but a panic on a teacher's file must
		// still become a message, not a crash.
		if r := recover(); r != nil {
			p.diags = append(p.diags, diag.Errorf(p.path, 0, 0, "YAML syntax: the file could not be read (%v)", r))
			root = nil
		}
	}()
	if len(bytes.TrimSpace(data)) == 0 {
		p.diags = append(p.diags, diag.Errorf(p.path, 0, 0, "question file is empty: it needs a top-level \"questions:\" list"))
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			p.diags = append(p.diags, diag.Errorf(p.path, 0, 0, "question file is empty: it needs a top-level \"questions:\" list"))
			return nil
		}
		p.syntaxError(err)
		return nil
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		p.errorf(&next, "a question file holds one YAML document: remove this \"---\" line and keep one questions: list")
		return nil
	case !errors.Is(err, io.EOF):
		p.syntaxError(err)
		return nil
	}
	if len(doc.Content) == 0 {
		p.diags = append(p.diags, diag.Errorf(p.path, 0, 0, "question file is empty: it needs a top-level \"questions:\" list"))
		return nil
	}
	return doc.Content[0]
}

// syntaxError reports a YAML parser error at the line the parser names.
func (p *parser) syntaxError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	// yaml.v3 counts lines from 0 in the errors of its parser stage, from
	// 1 in those of its scanner, and omits the line when its count is 0:
	// an error with no line is on the first line, whichever stage gave it.
	line := 1
	var n int
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &n); scanErr == nil && n > 0 {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
		line = n
		if isParserStageError(msg) {
			line++
		}
	}
	if strings.Contains(msg, "tab character") && line > 0 && !startsWithTab(p.data, line) && startsWithTab(p.data, line+1) {
		line++ // yaml.v3 names the line before the one the tab is on
	}
	col := 0
	switch {
	case line > 0 && startsWithTab(p.data, line):
		msg += " (indent with spaces, not tabs)"
	case strings.Contains(msg, "max depth"):
		msg += " (lists or mappings are nested too deeply)"
	case strings.HasPrefix(msg, "mapping values are not allowed"):
		// The usual cause: a value holding ": " (Which river: burst…).
		if c := secondColon(lineOf(p.data, line)); c > 0 {
			col = c
		}
		msg += ` (a value holding ": " must be in quotes: prompt: "Which river: …?")`
	case msg == "found unexpected end of stream":
		msg += ` (a quote " or ' opened and never closed?)`
	}
	p.diags = append(p.diags, diag.Errorf(p.path, line, col, "YAML syntax: %s", msg))
}

// lineOf is line n (from 1) of data, "" past the end.
func lineOf(data []byte, n int) string {
	for i := 1; i < n; i++ {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return ""
		}
		data = data[nl+1:]
	}
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		data = data[:nl]
	}
	return string(data)
}

// secondColon is the column (from 1, in characters) of the second ": "
// on a line, the one YAML cannot take inside an unquoted value; 0 if
// there is none.
func secondColon(line string) int {
	first := strings.Index(line, ": ")
	if first < 0 {
		return 0
	}
	second := strings.Index(line[first+2:], ": ")
	if second < 0 {
		return 0
	}
	return utf8.RuneCountInString(line[:first+2+second]) + 1
}

// isParserStageError recognises the messages of yaml.v3's parser stage.
func isParserStageError(msg string) bool {
	for _, prefix := range []string{"did not find expected", "found duplicate %", "found incompatible YAML", "found undefined tag handle"} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// startsWithTab reports whether a line of the file is indented with a tab.
func startsWithTab(data []byte, line int) bool {
	for i := 1; i < line; i++ {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return false
		}
		data = data[nl+1:]
	}
	indent := bytes.TrimLeft(data, " ")
	return len(indent) > 0 && indent[0] == '\t'
}

// InvalidUTF8At finds the line and column of the first byte that is not
// UTF-8, so every parser can point at it.
func InvalidUTF8At(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col++
		data = data[size:]
	}
	return line, col
}

// allowedTags are the YAML types a question file may use; explicit other
// tags (!!binary, !custom) have no meaning in a question.
var allowedTags = map[string]bool{
	"!!str": true, "!!int": true, "!!float": true, "!!bool": true, "!!null": true,
	"!!seq": true, "!!map": true, "!!timestamp": true,
}

// checkSafe refuses anchors, aliases and unknown tags anywhere in the
// tree. Aliases are how YAML "billion laughs" bombs grow; question files
// never need them, so the cheapest defence is to refuse them outright.
func (p *parser) checkSafe(root *yaml.Node) bool {
	var bad *yaml.Node
	var why string
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if bad != nil {
			return
		}
		switch {
		case n.Kind == yaml.AliasNode || n.Anchor != "":
			bad, why = n, "anchors and aliases are not allowed (no & or *): write each value out in full"
			return
		case !allowedTags[n.ShortTag()]:
			bad, why = n, fmt.Sprintf("YAML tag %s is not allowed: remove it", n.Tag)
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(root)
	if bad != nil {
		p.errorf(bad, "%s", why)
		return false
	}
	return true
}

// fileShape says what a question file looks like, for messages about a
// file that does not.
const fileShape = "a question file is a mapping with one key, \"questions:\", followed by a list of questions (\"- id: ...\")"

// questions reads the top-level mapping and each question of its list.
func (p *parser) questions(root *yaml.Node) []Question {
	list := p.questionsList(root)
	if list == nil || !p.listReadable(list) {
		return nil
	}
	return p.readQuestions(list.Content)
}

// questionsList finds the value of the file's one key, questions:, or
// returns nil, having said why.
func (p *parser) questionsList(root *yaml.Node) *yaml.Node {
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "%s", fileShape)
		return nil
	}
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			p.errorf(k, "%s", fileShape)
		case k.Value != "questions":
			p.errorf(k, "unknown top-level key %q: %s", clip(k.Value), fileShape)
		case list != nil:
			p.errorf(k, "\"questions\" is given twice: keep one list")
		default:
			list = v
		}
	}
	// A wrong key already said what is missing; saying it again is noise.
	if list == nil && len(p.diags) == 0 {
		p.errorf(root, "no \"questions:\" key: %s", fileShape)
	}
	return list
}

// listReadable reports whether the questions: value is a list to read,
// warning when it is empty and refusing one over MaxQuestionsPerFile
// before any question is read.
func (p *parser) listReadable(list *yaml.Node) bool {
	if list.Kind == yaml.ScalarNode && list.ShortTag() == "!!null" {
		p.warnf(list, "the questions list is empty")
		return false
	}
	if list.Kind != yaml.SequenceNode {
		p.errorf(list, "\"questions\" must be a list, each question starting with \"- id: ...\"")
		return false
	}
	if len(list.Content) == 0 {
		p.warnf(list, "the questions list is empty")
	}
	if len(list.Content) > MaxQuestionsPerFile {
		over := list.Content[MaxQuestionsPerFile]
		p.diags = append(p.diags, TooManyQuestions(p.path, over.Line, over.Column))
		return false
	}
	return true
}

// readQuestions reads each item of the questions list, keeping apart the
// questions that are broken or reuse an earlier question's id, which lint
// still checks.
func (p *parser) readQuestions(items []*yaml.Node) []Question {
	var out []Question
	ids := map[string]int{} // id → line of the question that uses it
	for _, item := range items {
		q, ok := p.question(item)
		if q.ID != "" {
			if line, dup := ids[q.ID]; dup {
				p.errorf(item, "duplicate id %q: the question at line %d already uses it", q.ID, line)
				ok = false
			} else {
				ids[q.ID] = item.Line
			}
		}
		if ok {
			out = append(out, q)
		} else {
			p.broken = append(p.broken, q)
		}
	}
	return out
}
