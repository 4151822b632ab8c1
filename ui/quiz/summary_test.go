package quiz

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
)

func TestQuestionSummaryShowsClozeText(t *testing.T) {
	tests := map[string]struct {
		q    quiz.Question
		want string
	}{
		"cloze":  {quiz.Question{Type: quiz.Cloze, Prompt: "Fill in the blanks.", Text: "The vote was on a [[Sunday|Sun]] in [[May]]."}, "The vote was on a ___ in ___."},
		"choice": {quiz.Question{Type: quiz.Choice, Prompt: "Who\n  called it?"}, "Who called it?"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := questionSummary(&tc.q); got != tc.want {
				t.Errorf("questionSummary = %q, want %q", got, tc.want)
			}
		})
	}
}

// At 40 columns the quiz header keeps the question number and the score
// whole, dropping level and points instead of cutting the line.
func TestQuizHeaderAtFortyColumns(t *testing.T) {
	q := newTestQuiz(t, Config{})
	q.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	qzPress(q, "s", "enter") // skip the first question: the score shows from then on
	lines := q.header(40)
	if len(lines) < 2 || !strings.Contains(lines[1], "Question 2/") || !strings.Contains(lines[1], "Score") || strings.Contains(lines[1], "…") {
		t.Errorf("header line %q: want the number and the score, uncut", lines[1])
	}
}
