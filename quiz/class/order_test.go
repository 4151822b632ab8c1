package class

import (
	"slices"
	"strings"
	"testing"
)

// articleOrder8 is the floods article's questions as the pack has them.
var articleOrder8 = []string{"river", "homes", "navy", "shelters", "parts", "order", "pairs", "fill"}

// askedClass is four exams, each asking four of the eight questions in
// the article's order.
func askedClass(asked ...[]string) []*HandIn {
	var hs []*HandIn
	for i, qs := range asked {
		a := attempt(1, ModeExam, "2026-12-11", make([]float64, len(qs))...)
		for j, q := range qs {
			a.Answers[j].Question = q
		}
		hs = append(hs, &HandIn{Student: string(rune('A' + i)), Pack: classHandIns()[0].Pack, Attempts: []Attempt{a}})
	}
	return hs
}

func itemIDs(p *PackReport) []string {
	var ids []string
	for _, it := range p.Items {
		ids = append(ids, it.Question)
	}
	return ids
}

// Questions are listed in the article's order, not by name: the pack's
// when it is named, else the order the attempts asked them in.
func TestQuestionsAreInArticleOrder(t *testing.T) {
	asked := [][]string{
		{"river", "shelters", "pairs", "fill"},
		{"navy", "order", "pairs", "fill"},
		{"homes", "navy", "parts", "order"},
		{"river", "shelters", "parts", "fill"},
	}
	known := &Known{PackID: "floods", Articles: []string{"floods"}, Order: map[string][]string{"floods": articleOrder8}}
	p := BuildFor(askedClass(asked...), known).Packs[0]
	if got := itemIDs(p); !slices.Equal(got, articleOrder8) || p.QuestionOrder != OrderPack {
		t.Errorf("with the pack: %q in %s; want %q in %s", got, p.QuestionOrder, articleOrder8, OrderPack)
	}
	p = Build(askedClass(asked...)).Packs[0]
	got := itemIDs(p)
	if p.QuestionOrder != OrderAsked || len(got) != 8 {
		t.Fatalf("without the pack: %q in %s", got, p.QuestionOrder)
	}
	for _, seq := range asked { // every attempt's order is kept
		last := -1
		for _, q := range seq {
			i := slices.Index(got, q)
			if i < last {
				t.Errorf("without the pack: %q puts %s out of the order asked %q", got, q, seq)
			}
			last = i
		}
	}
	if got[0] != "river" || got[7] != "fill" {
		t.Errorf("without the pack: %q; want river first and fill last, as asked", got)
	}
	// Attempts that between them ask every neighbour give the article's order back.
	p = Build(askedClass(articleOrder8[4:], articleOrder8[:3], articleOrder8[2:6])).Packs[0]
	if got := itemIDs(p); !slices.Equal(got, articleOrder8) {
		t.Errorf("from attempts covering every neighbour: %q; want %q", got, articleOrder8)
	}
}

// Attempts that disagree (a shuffled quiz) still list every question
// once, in the order first seen where they disagree.
func TestDisagreeingAttemptsStillListEveryQuestion(t *testing.T) {
	p := Build(askedClass([]string{"a", "b", "c"}, []string{"c", "b", "a"})).Packs[0]
	if got := strings.Join(itemIDs(p), ","); got != "a,b,c" {
		t.Errorf("order %s; want a,b,c", got)
	}
}
