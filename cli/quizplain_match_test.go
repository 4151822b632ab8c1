package cli

import (
	"strings"
	"testing"
	"time"

	"brief/quiz"
	"brief/quiz/study"
)

// plainVersions is a match question whose first two items share their
// answer, 3.8.
var plainVersions = quiz.Question{ID: "versions", Type: quiz.Match, Level: quiz.Recall, Points: 3,
	Prompt: "Match each plugin with the Moodle version it needs.",
	Pairs:  []quiz.Pair{{Left: "Forum grading", Right: "3.8"}, {Left: "H5P", Right: "3.8"}, {Left: "Analytics", Right: "3.4"}}}

// The plain quiz lists a shared answer once, and its one letter is right
// for every item that needs it, in file order or shuffled.
func TestPlainQuizListsASharedMatchAnswerOnce(t *testing.T) {
	tests := map[string]struct {
		order []int // the right sides as shown; nil: as written
		line  string
		list  string
	}{
		"as written": {nil, "1a 2a 3b", "  A) 3.8\n  B) 3.4\n"},
		"shuffled":   {[]int{2, 0}, "1b 2b 3a", "  A) 3.4\n  B) 3.8\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			clock := newFakeClock()
			in := &typedLines{clock: clock, lines: []string{tc.line}, delays: []time.Duration{0}}
			out, sess := plainRun(t, []quiz.Question{plainVersions}, in, clock, func(s *study.Setup, _ *plainQuiz) {
				s.Session.Items[0].View.RightOrder = tc.order
			})
			want := "  3. Analytics\n" + tc.list + "  (pair each number with a letter, e.g. \"1b 2a 3a\"; a letter may serve several numbers)\n"
			if !strings.Contains(out, want) {
				t.Errorf("the choices are not listed once each:\n%s", out)
			}
			if res := sess.Items[0].Result; res == nil || res.Verdict != quiz.Right || res.Points != 3 {
				t.Errorf("%q is not right for all three: %+v\n%s", tc.line, res, out)
			}
		})
	}
}

// A letter past the distinct answers is refused with the letters there
// are, and the student answers again.
func TestPlainQuizRefusesALetterPastTheSharedAnswers(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"1a 2b 3c", "1a 2a 3b"}, delays: []time.Duration{0, 0}}
	out, sess := plainRun(t, []quiz.Question{plainVersions}, in, clock, nil)
	if !strings.Contains(out, `pair each number 1–3 with a letter A–B, like "1b 2a 3a"`) {
		t.Errorf("the letter C was not refused with the letters A–B:\n%s", out)
	}
	if res := sess.Items[0].Result; res == nil || res.Verdict != quiz.Right {
		t.Errorf("the second answer was not taken: %+v\n%s", res, out)
	}
}

// A number left without a letter is asked for, as the full screen asks
// every item to be paired, rather than marked wrong as a slip.
func TestPlainQuizAsksForEveryPair(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"1a 2a", "1a 2a 3b"}, delays: []time.Duration{0, 0}}
	out, sess := plainRun(t, []quiz.Question{plainVersions}, in, clock, nil)
	if !strings.Contains(out, "pair every number with a letter: 3 has none yet") {
		t.Errorf("the open number was not asked for:\n%s", out)
	}
	if res := sess.Items[0].Result; res == nil || res.Verdict != quiz.Right || res.Points != 3 {
		t.Errorf("the second, whole answer was not taken: %+v\n%s", res, out)
	}
}

// An exam's results name a fill-in-the-blanks question written without a
// prompt by its passage, not by an empty heading.
func TestPlainExamResultsNameAClozeByItsPassage(t *testing.T) {
	clock := newFakeClock()
	cloze := quiz.Question{ID: "fill", Type: quiz.Cloze, Points: 1, Level: quiz.Recall, Text: "The embankments were built in [[1958]]."}
	in := &typedLines{clock: clock, lines: []string{"1958"}, delays: []time.Duration{0}}
	out, _ := plainRun(t, []quiz.Question{cloze}, in, clock, func(s *study.Setup, _ *plainQuiz) { s.Exam = true })
	if !strings.Contains(out, "Question 1: The embankments were built in ___.\n") {
		t.Errorf("the results do not name the question by its passage:\n%s", out)
	}
}

// A question left for later in a plain exam is asked again before the
// hand-in, as the full screen's list brings it back; an empty line then
// leaves it unanswered.
func TestPlainExamAsksWhatWasLeftForLater(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"", "t", "a"}, delays: []time.Duration{0, 0, 0}}
	out, sess := plainRun(t, []quiz.Question{plainMulti, plainTrue}, in, clock, func(s *study.Setup, _ *plainQuiz) { s.Exam = true })
	if !strings.Contains(out, "You left 1 question for later: 1. An empty line now leaves it unanswered.") {
		t.Errorf("the question left for later is not asked again:\n%s", out)
	}
	if res := sess.Items[0].Result; res == nil || res.Verdict == quiz.Skipped {
		t.Errorf("the answer given the second time was not taken: %+v\n%s", res, out)
	}
}

// Under --accessible the exam's results name a cloze question's blanks in
// words a screen reader says, not as underscores.
func TestAccessibleExamResultsSpeakTheBlanks(t *testing.T) {
	clock := newFakeClock()
	cloze := quiz.Question{ID: "fill", Type: quiz.Cloze, Points: 1, Level: quiz.Recall, Text: "They met on September [[12]] and [[13]]."}
	in := &typedLines{clock: clock, lines: []string{"12|13"}, delays: []time.Duration{0}}
	out, _ := plainRun(t, []quiz.Question{cloze}, in, clock, func(s *study.Setup, p *plainQuiz) { s.Exam, p.spoken = true, true })
	if !strings.Contains(out, "Question 1: They met on September (blank 1) and (blank 2).\n") || strings.Contains(out, "___") {
		t.Errorf("the results do not speak the blanks:\n%s", out)
	}
}

// An order answer with partial points says what earned them, when every
// place is marked wrong: three items in order among themselves, one place
// off each.
func TestPlainOrderPartialPointsAreExplained(t *testing.T) {
	clock := newFakeClock()
	order := quiz.Question{ID: "dates", Type: quiz.Order, Points: 1, Level: quiz.Recall, Prompt: "Earliest first.",
		Items: []string{"September 12", "September 13", "September 17"}}
	in := &typedLines{clock: clock, lines: []string{"c a b"}, delays: []time.Duration{0}}
	out, _ := plainRun(t, []quiz.Question{order}, in, clock, nil)
	if !strings.Contains(out, "Partly right: 0.5/1.") || !strings.Contains(out, "2 of 3 are in the right order among themselves: the points go by that, not by places.") {
		t.Errorf("the partial points are not explained:\n%s", out)
	}
}
