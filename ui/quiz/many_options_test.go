package quiz

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
)

// A question of more than eight options (Moodle's allow 26) names only
// the keys that answer it, a-h and 1-8, and the arrows reach the rest:
// j and k move, they never answer.
func TestManyOptionsKeepTheirKeysHonest(t *testing.T) {
	q := quiz.Question{ID: "many", Type: quiz.Choice, Level: quiz.Recall, Prompt: "Which?", Points: 1}
	for i := range 12 {
		q.Options = append(q.Options, fmt.Sprintf("Option %d", i+1))
	}
	q.Answers = []string{"Option 12"}
	sess, err := quiz.NewSession([]quiz.Question{q}, quiz.SessionOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	sc := newTestQuiz(t, Config{Session: sess})
	sc.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	if v := qzView(sc); !strings.Contains(v, "a-h/1-8 answer") || strings.Contains(v, "a-l") {
		t.Errorf("the footer should name a-h/1-8:\n%s", v)
	}
	it := sc.item()
	last := 0
	for shown, orig := range it.View.OptionOrder {
		if q.Options[orig] == "Option 12" {
			last = shown
		}
	}
	for range last {
		qzPress(sc, "j")
	}
	if sc.Attempt().Answered() != 0 {
		t.Fatal("j answered")
	}
	qzPress(sc, "enter")
	if res := sc.item().Result; res == nil || res.Verdict != quiz.Right {
		t.Errorf("the twelfth option, reached with j, was not answered right: %+v", res)
	}
}
