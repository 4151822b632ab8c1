// Package draft writes starting questions about an article for a teacher
// to edit.
package draft

import (
	"strings"

	"brief/content"
	"brief/internal/ids"
	"brief/quiz"
)

// Draft limits: a draft is a starting point for a teacher to
// edit, not a bank to wade through.
const (
	maxDraftQuestions = 40
	minDraftWords     = 8  // shorter sentences carry too little to ask about
	maxDraftWords     = 50 // longer ones make a cloze nobody reads to the end
	maxAnswerUses     = 2  // the same blank twice is enough
)

// Questions writes starting questions about an article for a teacher to edit:
// cloze questions on sentences that carry a date, a number or a named
// person, place or organisation, and "who said" questions on reported
// speech. Each quotes its sentence as evidence, names its section, says
// why in explain, and is marked draft, which lint reports until a teacher
// removes it. Ids are unique. The questions pass lint without errors.
func Questions(a *content.Article) []quiz.Question {
	d := &drafter{article: a, ids: ids.NewSet(), uses: map[string]int{}}
	d.people = findPeople(a)
	for _, s := range a.Sections {
		for _, para := range content.PlainParagraphs(s.Markdown) {
			if s.Heading != "" && para == s.Heading {
				continue
			}
			for _, sentence := range content.SplitSentences(para) {
				if len(d.out) >= maxDraftQuestions {
					return d.out
				}
				d.sentence(s.Slug, sentence)
			}
		}
	}
	return d.out
}

// drafter gathers the questions of one article.
type drafter struct {
	article *content.Article
	people  []person
	out     []quiz.Question
	ids     *ids.Set
	uses    map[string]int // how often each answer has been asked for
	plain   string         // the body as plain text, once needed
}

// person is someone the article names with a title ("President Vladimir
// Putin"), by full name and by surname.
type person struct {
	name    string
	surname string
}

// sentence drafts at most one question from a sentence: attribution if it
// reports speech, else a cloze.
func (d *drafter) sentence(section, s string) {
	words := len(strings.Fields(s))
	if words < minDraftWords || words > maxDraftWords || strings.ContainsAny(s, "[]|") {
		return
	}
	if q, ok := d.attribution(section, s); ok {
		d.add(q)
		return
	}
	if q, ok := d.cloze(section, s); ok {
		d.add(q)
	}
}

// add records a question under a unique id.
func (d *drafter) add(q quiz.Question) {
	q.ID = d.ids.Unique(ids.Clip(q.ID, quiz.MaxIDLen-4))
	q.Draft = true
	q.Points = 1
	if q.Level == "" {
		q.Level = quiz.Recall
	}
	d.out = append(d.out, q)
}
