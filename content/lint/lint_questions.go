package lint

import (
	"fmt"
	"path"
	"strings"

	"go.yaml.in/yaml/v3"

	"brief/content"
	"brief/internal/diag"
	"brief/quiz"
)

// checkQuestions runs the checks a question cannot make about itself: that
// its section and its evidence exist in the article (a is nil when there
// is no readable article), and that it is finished (not a draft, with an
// explanation and evidence). data is the question file, read again for the
// position of each field so that a message points at the value to fix.
// Moodle files (yamlFile false) cannot hold evidence, so their questions
// are not asked for it.
func checkQuestions(a *content.Article, qs []quiz.Question, data []byte, yamlFile bool) []*diag.Diagnostic {
	if len(qs) == 0 {
		return nil
	}
	var fields map[int]map[string]*yaml.Node
	if yamlFile {
		fields = indexQuestionFields(data)
	}
	var text *passages // built on first use: most files quote correctly
	var out []*diag.Diagnostic
	for _, q := range qs {
		at := func(field string) (int, int) {
			if n := fields[q.Line][field]; n != nil {
				return n.Line, n.Column
			}
			return q.Line, q.Col
		}
		name := diag.Clip(q.ID, 40)
		if q.Draft {
			line, col := at("draft")
			out = append(out, diag.Warnf(q.Path, line, col, "draft question: review it and remove draft: true"))
		}
		// One warning a question, not one a field: a first draft lacks
		// both, and two lines for each question bury everything else.
		switch {
		case !yamlFile:
		case q.Explain == "" && q.Evidence == "":
			out = append(out, diag.Warnf(q.Path, q.Line, q.Col, "question %q has no explain or evidence: say why the answer is right, and quote the passage of the article that supports it", name))
		case q.Explain == "":
			out = append(out, diag.Warnf(q.Path, q.Line, q.Col, "question %q has no explain: say why the answer is right", name))
		case q.Evidence == "":
			out = append(out, diag.Warnf(q.Path, q.Line, q.Col, "question %q has no evidence: quote the passage of the article that supports the answer", name))
		}
		if q.Type == quiz.Match && len(q.Pairs) > 1 && len(q.RightChoices()) == 1 {
			// Items may share an answer, but when all do there is one
			// answer to choose, and every student is marked right.
			line, col := at("pairs")
			out = append(out, diag.Warnf(q.Path, line, col, "every item of match question %q has the same answer %q, so it cannot be answered wrong: give the items different answers", name, diag.Clip(q.Pairs[0].Right, 40)))
		}
		if a == nil {
			continue
		}
		article := path.Base(a.Path)
		if q.Section != "" {
			if _, ok := a.SectionIndex(q.Section); !ok {
				line, col := at("section")
				out = append(out, diag.Errorf(q.Path, line, col, "section %q does not exist in %s (sections: %s)", diag.Clip(q.Section, 40), article, sectionList(a)))
			}
		}
		if q.Evidence != "" {
			if text == nil {
				text = newPassages(a.Body)
			}
			if !text.contains(q.Evidence) {
				line, col := at("evidence")
				out = append(out, diag.Errorf(q.Path, line, col, "%s", evidenceMessage(text, q.Evidence, article)))
			}
		}
	}
	return out
}

// evidenceMessage says that a quote is not in the article and, when it
// can, which passage the teacher probably meant.
func evidenceMessage(text *passages, quote, article string) string {
	msg := fmt.Sprintf("evidence not found in %s: quote the article word for word", article)
	if hint, ok := text.closest(quote); ok {
		msg += fmt.Sprintf("; closest passage: %q", hint)
	}
	return msg
}

// sectionList names an article's sections by slug, as question files give
// them.
func sectionList(a *content.Article) string {
	slugs := make([]string, len(a.Sections))
	for i, s := range a.Sections {
		slugs[i] = s.Slug
	}
	return strings.Join(slugs, ", ")
}

// indexQuestionFields maps each question's line (where its mapping
// starts, as quiz.Question.Line records it) to the value node of each of
// its fields. A file the parser read has already passed its size and
// safety checks; on anything unexpected the index is simply empty and
// messages fall back to the question's own position.
func indexQuestionFields(data []byte) (index map[int]map[string]*yaml.Node) {
	index = map[int]map[string]*yaml.Node{}
	defer func() {
		if recover() != nil {
			index = map[int]map[string]*yaml.Node{}
		}
	}()
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return index
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return index
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "questions" || root.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		for _, item := range root.Content[i+1].Content {
			if item.Kind != yaml.MappingNode {
				continue
			}
			fields := map[string]*yaml.Node{}
			for j := 0; j+1 < len(item.Content); j += 2 {
				if _, seen := fields[item.Content[j].Value]; !seen {
					fields[item.Content[j].Value] = item.Content[j+1]
				}
			}
			index[item.Line] = fields
		}
	}
	return index
}
