package ui

import (
	"strings"
	"testing"

	quizui "brief/ui/quiz"
)

// The article opened from the results says esc goes back to them, and
// esc does: the results are not lost by reading the article.
func TestEscFromTheArticleReturnsToTheResults(t *testing.T) {
	m := newRoot(t, defaultPack(t), false)
	m.push(stateResults, finishedResults(t, QuizConfig{OverReader: true}), nil)
	d := drive(t, m, 80, 24)
	d.send(keyPresses("a")...)
	d.reader()
	if hints := lastLine(d); !strings.Contains(hints, "esc back to results") {
		t.Errorf("the article's footer %q does not offer esc back to the results", hints)
	}
	d.send(keyPresses("esc")...)
	if _, ok := m.top().screen.(*quizui.ResultsScreen); !ok {
		t.Fatalf("esc from the article shows %T, want the results", m.top().screen)
	}
}
