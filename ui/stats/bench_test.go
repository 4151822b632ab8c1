package stats

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/common"
)

// BenchmarkStatsScreen lays out the stats screen for 500 articles of five
// sections each, as a store with 100,000 answers over 500 attempts at
// different articles would give it.
func BenchmarkStatsScreen(b *testing.B) {
	st := statsFixture()
	st.Articles, st.Sections = nil, nil
	for i := range 500 {
		id := fmt.Sprintf("article-%03d", i)
		st.Articles = append(st.Articles, scores.ArticleStats{PackID: "p", ArticleID: id, Attempts: 1, Best: 80, Last: 80, Average: 80})
		for j := range 5 {
			st.Sections = append(st.Sections, scores.SectionStats{PackID: "p", ArticleID: id, Section: fmt.Sprint("s", j),
				Answers: 40, Points: 30, Max: 40, Fraction: 0.75, WPM: 210})
		}
	}
	packs := []*content.Pack{statsPack(b)}
	for b.Loop() {
		s := New(nil, packs, common.DefaultStyles(true))
		s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		s.Update(LoadedMsg{Stats: st})
		_ = s.View()
	}
}
