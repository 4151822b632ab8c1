package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"brief/quiz"
	"brief/ui/internal/uitest"
)

// sharedMatch is a session of one match question whose first two items
// share their answer, 3.8.
func sharedMatch(t *testing.T) *quiz.Session {
	t.Helper()
	q := quiz.Question{ID: "versions", Type: quiz.Match, Level: quiz.Recall, Points: 3,
		Prompt: "Match each plugin with the Moodle version it needs.",
		Pairs:  []quiz.Pair{{Left: "Forum grading", Right: "3.8"}, {Left: "H5P", Right: "3.8"}, {Left: "Analytics", Right: "3.4"}}}
	s, err := quiz.NewSession([]quiz.Question{q}, quiz.SessionOptions{Seed: testSeed})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The shared answer is one choice, drawn once in the list and in the
// golden, and its one letter pairs both items that need it.
func TestMatchListsASharedAnswerOnce(t *testing.T) {
	sess := sharedMatch(t)
	it := &sess.Items[0]
	golden.RequireEqual(quizGoldenTB{t, "quiz_match_shared"},
		runQuizView(t, "dark", Config{Session: sharedMatch(t)}, []string{uitest.RightLetter(it, 0)}))

	sc := newTestQuiz(t, Config{Session: sess})
	view := qzView(sc)
	if n := strings.Count(view, ") 3.8"); n != 1 {
		t.Errorf("3.8 is listed %d times, want once:\n%s", n, view)
	}
	if !strings.Contains(view, "a/b pair") {
		t.Errorf("the footer should offer the two letters a/b:\n%s", view)
	}
	shared := uitest.RightLetter(it, 0)
	if other := uitest.RightLetter(it, 1); other != shared {
		t.Fatalf("Forum grading's 3.8 is %q, H5P's %q: want one letter", shared, other)
	}
	qzPress(sc, shared, shared, uitest.RightLetter(it, 2), "enter")
	if res := it.Result; res == nil || res.Verdict != quiz.Right || res.Points != 3 {
		t.Fatalf("the one 3.8 for both items is not right: %+v", res)
	}
	if got := answerText(testTheme().Styles.Glyphs(), it.Q, it.Response); got != "Forum grading → 3.8; H5P → 3.8; Analytics → 3.4" {
		t.Errorf("the answer reads %q", got)
	}
}

// ←/→ cycle through the distinct answers and the empty slot: with two
// answers, three presses come back to no pair.
func TestMatchCyclesThroughDistinctAnswers(t *testing.T) {
	sc := newTestQuiz(t, Config{Session: sharedMatch(t)})
	w := sc.widget().(*matchWidget)
	var seen []int
	for range 3 {
		qzPress(sc, "right")
		seen = append(seen, w.paired[0])
	}
	if want := []int{0, 1, -1}; !slices.Equal(seen, want) {
		t.Errorf("→ pairs the first item with %v, want %v", seen, want)
	}
	qzPress(sc, "left")
	if w.paired[0] != 1 {
		t.Errorf("← from no pair gives %d, want the last answer 1", w.paired[0])
	}
}
