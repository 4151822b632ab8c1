package class

import (
	"brief/content"
	"brief/internal/diag"
	"brief/quiz"
	"maps"
	"slices"
)

// Known is the questions of the pack the teacher names, by article, so a
// hand-in that names a question the pack lacks (a file for another pack,
// or one edited) is refused at the place it names it. It also gives the
// report the pack's order, and each cloze question's text, which tells
// the blanks of an answer from the text around them.
type Known struct {
	PackID    string
	Version   string                     // the pack's version: a hand-in of another may ask other questions
	Questions map[string]map[string]bool // article id → question ids
	// Articles and Order are the pack's articles, and each one's
	// questions, in the pack's order.
	Articles []string
	Order    map[string][]string
	// Cloze is each cloze question's text, by article and question id.
	Cloze map[[2]string]string
}

// KnownOf lists a pack's questions.
func KnownOf(p *content.Pack) *Known {
	k := &Known{PackID: p.ID, Version: p.Version, Questions: map[string]map[string]bool{}, Order: map[string][]string{}, Cloze: map[[2]string]string{}}
	for _, a := range p.Articles {
		ids := map[string]bool{}
		k.Articles = append(k.Articles, a.ID)
		for _, q := range a.Questions {
			ids[q.ID] = true
			k.Order[a.ID] = append(k.Order[a.ID], q.ID)
			if q.Type == quiz.Cloze {
				k.Cloze[[2]string{a.ID, q.ID}] = q.Text
			}
		}
		k.Questions[a.ID] = ids
	}
	return k
}

// check refuses a hand-in for another pack, or one naming an article or a
// question the pack lacks, located in the file's text.
func (k *Known) check(h *HandIn, data []byte) error {
	if k == nil {
		return nil
	}
	if h.Pack.ID != k.PackID {
		line, col := locate(data, "pack", "id")
		return diag.Errorf(h.Path, line, col, "is for the pack %q, not %q", h.Pack.ID, k.PackID)
	}
	if k.Version != "" && h.Pack.Version != k.Version {
		line, col := locate(data, "pack", "version")
		return diag.Errorf(h.Path, line, col, "is for version %s of %s, not the %s given with --pack: give that version's pack, or none", h.Pack.Version, k.PackID, k.Version)
	}
	for _, art := range slices.Sorted(maps.Keys(h.Unfinished)) {
		if _, ok := k.Questions[art]; !ok {
			line, col := locate(data, "unfinished", art)
			return diag.Errorf(h.Path, line, col, "names the article %q, which the pack %s does not have", art, k.PackID)
		}
	}
	for i, a := range h.Attempts {
		ids, ok := k.Questions[a.Article]
		if !ok {
			line, col := locate(data, "attempts", i, "article")
			return diag.Errorf(h.Path, line, col, "names the article %q, which the pack %s does not have", a.Article, k.PackID)
		}
		for j, ans := range a.Answers {
			if !ids[ans.Question] {
				line, col := locate(data, "attempts", i, "answers", j, "question")
				return diag.Errorf(h.Path, line, col, "names the question %q, which the article %s does not have", ans.Question, a.Article)
			}
		}
	}
	return nil
}
