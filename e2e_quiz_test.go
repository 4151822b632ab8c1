package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/content"
	"brief/quiz"
)

// choiceSession finds a seed whose shuffled session starts with two
// single-choice questions, and returns it with that session, so the test
// knows which letters are right.
func choiceSession(t *testing.T) (int64, *quiz.Session) {
	t.Helper()
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed < 500; seed++ {
		s, err := quiz.NewSession(p.Articles[0].Questions, quiz.SessionOptions{Seed: seed, Shuffle: true})
		if err != nil {
			t.Fatal(err)
		}
		if s.Items[0].Q.Type == quiz.Choice && s.Items[1].Q.Type == quiz.Choice {
			return seed, s
		}
	}
	t.Fatal("no seed starts with two choice questions")
	return 0, nil
}

// letterOf is the letter shown beside option index orig.
func letterOf(it quiz.SessionItem, orig int) string {
	return string(rune('a' + slices.Index(it.View.OptionOrder, orig)))
}

// A student starts the quiz, answers one question right and one wrong,
// and sees the marks, the right answer and the explanation each time.
func TestEndToEndQuizTwoAnswers(t *testing.T) {
	seed, sess := choiceSession(t)
	first, second := sess.Items[0], sess.Items[1]
	right := letterOf(first, slices.Index(first.Q.Options, first.Q.Answers[0]))
	wrongOrig := (slices.Index(second.Q.Options, second.Q.Answers[0]) + 1) % len(second.Q.Options)
	wrong := letterOf(second, wrongOrig)

	s := startTmux(t, 80, 24, nil, "quiz", "--shuffle", "--seed", fmt.Sprint(seed))
	s.waitFor(firstWords(first.Q.Prompt))
	s.keys(right)
	screen := s.waitFor("Right")
	if !strings.Contains(screen, "✓") {
		t.Errorf("a right answer should be marked ✓:\n%s", screen)
	}
	s.keys("Enter")
	s.waitFor(firstWords(second.Q.Prompt))
	s.keys(wrong)
	screen = s.waitFor("Wrong")
	if !strings.Contains(joinLines(screen), firstWords(second.Q.Answers[0])) {
		t.Errorf("a wrong answer should show the right one (%q):\n%s", second.Q.Answers[0], screen)
	}
	// esc leaves the quiz for the article beneath it, after asking, since
	// questions are left; q there quits.
	s.keys("Escape")
	s.waitFor("Leave the quiz?")
	s.keys("y")
	s.waitFor("min read")
	s.keys("q")
	if status := s.exitStatus(); status != "0" {
		t.Errorf("brief exited with %s", status)
	}
}

// firstWords is the start of a text, short enough to sit on one line of
// the screen however it wraps.
func firstWords(s string) string {
	words := strings.Fields(s)
	return strings.Join(words[:min(3, len(words))], " ")
}

// joinLines undoes wrapping, so a phrase split over two lines is found.
func joinLines(screen string) string {
	return strings.Join(strings.Fields(screen), " ")
}

// ctrl+c in the full-screen quiz leaves brief as an interrupted command
// does, with status 130, as the plain quiz does.
func TestEndToEndCtrlCInTheQuizExits130(t *testing.T) {
	seed, sess := choiceSession(t)
	first := sess.Items[0]
	right := letterOf(first, slices.Index(first.Q.Options, first.Q.Answers[0]))
	s := startTmux(t, 80, 24, nil, "quiz", "--shuffle", "--seed", fmt.Sprint(seed))
	s.waitFor(firstWords(first.Q.Prompt))
	s.keys(right)
	s.waitFor("Right")
	s.keys("C-c")
	if status := s.exitStatus(); status != "130" {
		t.Errorf("brief exited with %s after ctrl+c, want 130", status)
	}
}
