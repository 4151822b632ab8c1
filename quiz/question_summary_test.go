package quiz

import "testing"

// A question is named in one line by its prompt, and a fill-in-the-blanks
// question by its passage, blanks hidden, with or without a prompt.
func TestQuestionSummary(t *testing.T) {
	tests := map[string]struct {
		q    Question
		want string
	}{
		"a prompt":               {Question{Type: Choice, Prompt: "Where did they meet?"}, "Where did they meet?"},
		"cloze without a prompt": {Question{Type: Cloze, Text: "Built in [[1958]] on the [[Kelani|Kelani River]]."}, "Built in ___ on the ___."},
		"cloze with a prompt":    {Question{Type: Cloze, Prompt: "Fill in the blanks.", Text: "It met in [[Vostochny]]."}, "It met in ___."},
		"a broken cloze":         {Question{Type: Cloze, Prompt: "Fill in.", Text: "[[open"}, "Fill in."},
	}
	for name, tc := range tests {
		if got := tc.q.Summary(); got != tc.want {
			t.Errorf("%s: Summary() = %q, want %q", name, got, tc.want)
		}
	}
}
