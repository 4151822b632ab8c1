package cli

import (
	"testing"
	"time"
)

// `brief quiz` opens the start panel only when no flag has set the quiz
// up: a flag given is what the student asked for, run at once.
func TestQuizOpensTheStartPanelOnlyWithoutSettings(t *testing.T) {
	tests := map[string]struct {
		o     quizOptions
		panel bool
	}{
		"no flags":  {quizOptions{}, true},
		"--article": {quizOptions{article: "x"}, true},
		"--plain":   {quizOptions{plain: true}, true},
		"-n":        {quizOptions{n: 5}, false},
		"--level":   {quizOptions{levels: []string{"recall"}}, false},
		"--section": {quizOptions{section: "intro"}, false},
		"--seed":    {quizOptions{seed: 4}, false},
		"--shuffle": {quizOptions{shuffle: true}, false},
		"--exam":    {quizOptions{exam: true}, false},
		"--time":    {quizOptions{exam: true, timeLimit: time.Minute}, false},
		"--resume":  {quizOptions{resume: true}, false},
		// --practice on an assigned pack asked for practice, not the
		// panel that offers the assignment first.
		"--practice": {quizOptions{practice: true}, false},
	}
	for name, tc := range tests {
		if got := tc.o.noSettings(); got != tc.panel {
			t.Errorf("%s: start panel %v, want %v", name, got, tc.panel)
		}
	}
}
