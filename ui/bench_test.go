package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
)

// benchPacks are the seed article and one 100 times longer.
func benchPacks(b *testing.B) map[string]*content.Pack {
	return map[string]*content.Pack{"seed": defaultPack(b), "100x": longPack(b, 100)}
}

// BenchmarkFirstFrame measures from building the model to the first view
// with text: New, the window size, the command that renders what fits on
// screen, and View. The rest of a long article renders afterwards.
func BenchmarkFirstFrame(b *testing.B) {
	for name, p := range benchPacks(b) {
		b.Run(name, func(b *testing.B) {
			cfg := Config{Packs: []*content.Pack{p}, Article: p.Articles[0].ID, Style: "dark"}
			for b.Loop() {
				m, err := New(cfg)
				if err != nil {
					b.Fatal(err)
				}
				_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				m.Update(cmd())
				if v := m.View(); !strings.Contains(ansi.Strip(v.Content), "Russian Federation") {
					b.Fatalf("first frame lacks the text:\n%s", ansi.Strip(v.Content))
				}
			}
		})
	}
}

// BenchmarkHomeMove100x measures a hundred moves of the home cursor,
// each drawn: the list laid out in Update and drawn by View.
func BenchmarkHomeMove100x(b *testing.B) {
	m := newRoot(b, defaultPack(b), true)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for b.Loop() {
		for i := range 100 {
			k := "j"
			if i%2 == 1 {
				k = "k"
			}
			m.Update(keyPress(k))
			_ = m.View()
		}
	}
}
