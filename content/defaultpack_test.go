package content

import (
	"io/fs"
	"strings"
	"testing"

	"brief/quiz"
)

// The embedded pack is what every student sees first, so its question bank
// is held to the standard the quiz issue sets for it.

func defaultArticle(t *testing.T) *Article {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatalf("Default(): %v", err)
	}
	if len(p.Articles) != 1 {
		t.Fatalf("default pack has %d articles, want 1", len(p.Articles))
	}
	return p.Articles[0]
}

func TestDefaultPackQuestionCounts(t *testing.T) {
	a := defaultArticle(t)
	qs := a.Questions
	if len(qs) < 24 {
		t.Errorf("%d questions, want at least 24", len(qs))
	}
	bySection := map[string]int{}
	byType := map[quiz.Type]int{}
	byLevel := map[quiz.Level]int{}
	for _, q := range qs {
		i, ok := a.SectionIndex(q.Section)
		if !ok {
			t.Errorf("question %s: section %q not in the article", q.ID, q.Section)
			continue
		}
		bySection[a.Sections[i].Slug]++
		byType[q.Type]++
		byLevel[q.Level]++
	}
	for _, s := range a.Sections {
		if bySection[s.Slug] < 2 {
			t.Errorf("section %s has %d questions, want at least 2", s.Slug, bySection[s.Slug])
		}
	}
	for _, typ := range quiz.Types {
		if byType[typ] < 2 {
			t.Errorf("type %s used %d times, want at least 2", typ, byType[typ])
		}
	}
	minLevel := map[quiz.Level]int{quiz.Inference: 8, quiz.Critical: 5}
	for level, want := range minLevel {
		if byLevel[level] < want {
			t.Errorf("%d %s questions, want at least %d", byLevel[level], level, want)
		}
	}
}

func TestDefaultPackSections(t *testing.T) {
	a := defaultArticle(t)
	var got []string
	for _, s := range a.Sections {
		got = append(got, s.Slug)
	}
	want := "lead struggling hermit-kingdom missile-programs"
	if strings.Join(got, " ") != want {
		t.Errorf("sections %v, want %s", got, want)
	}
}

// TestDefaultPackEvidenceVerbatim holds the bank to more than lint does:
// every question explains itself, and its evidence is the article's exact
// characters on one line (curly quotes included), so that the reader can
// find and highlight it.
func TestDefaultPackEvidenceVerbatim(t *testing.T) {
	a := defaultArticle(t)
	raw, err := fs.ReadFile(DefaultFS(), "russia-dprk-summit-2023.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Questions {
		if strings.TrimSpace(q.Explain) == "" {
			t.Errorf("question %s has no explain", q.ID)
		}
		switch {
		case strings.TrimSpace(q.Evidence) == "":
			t.Errorf("question %s has no evidence", q.ID)
		case !strings.Contains(string(raw), q.Evidence):
			t.Errorf("question %s: evidence is not verbatim in the article: %q", q.ID, q.Evidence)
		}
		if q.Draft {
			t.Errorf("question %s is still a draft", q.ID)
		}
	}
}

// TestDefaultPackFeedbackKeys checks that feedback is written for wrong
// options only: feedback on the right answer would never be shown as
// "why this is wrong".
func TestDefaultPackFeedbackKeys(t *testing.T) {
	a := defaultArticle(t)
	for _, q := range a.Questions {
		for key := range q.Feedback {
			for _, right := range q.Answers {
				if (q.Type == quiz.Choice || q.Type == quiz.Multi) && key == right {
					t.Errorf("question %s: feedback for %q, which is a right answer", q.ID, key)
				}
			}
		}
	}
}
