package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/ui/reader"
)

// The reader beneath a quiz is covered while the quiz is open, so it
// counts no reading time, and shown again when the quiz closes.
func TestQuizCoversTheReaderBeneath(t *testing.T) {
	p, a := defaultArticle(t)
	sess := sessionOf(t, a, "venue", "air-koryo")
	m, err := New(Config{Packs: []*content.Pack{p}, Style: "notty", Start: StartQuiz, Quiz: &QuizConfig{Pack: p, Article: a, Session: sess}})
	if err != nil {
		t.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	var r *reader.Screen
	for _, e := range m.stack {
		if rs, ok := e.screen.(*reader.Screen); ok {
			r = rs
		}
	}
	if r == nil {
		t.Fatal("no reader beneath the quiz")
	}
	if !r.Covered() {
		t.Error("the reader beneath the quiz is not covered")
	}
	m.pop()
	if !topIs[*reader.Screen](m) || r.Covered() {
		t.Errorf("the reader shown again is still covered (top %T)", m.top().screen)
	}
}
