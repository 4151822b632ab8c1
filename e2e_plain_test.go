package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// numberArticle writes an article with two numeric questions, for typing
// numbers into the plain quiz at a terminal.
func numberArticle(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "zones.md"), "---\ntitle: Time zones\n---\n\nPutin crossed ten time zones.\n")
	writeFile(t, filepath.Join(dir, "zones.quiz.yaml"), "questions:\n"+
		"  - id: zones\n    type: numeric\n    prompt: How many time zones did Putin cross?\n    answer: 10\n"+
		"  - id: gap\n    type: numeric\n    prompt: How many years since they last met?\n    answer: 4\n")
	return filepath.Join(dir, "zones.md")
}

// Typing at a terminal in plain mode edits the line: the arrows move in
// it (they used to add raw escape codes, so "10" was "not a number"),
// backspace takes a character out, and up brings the last answer back.
func TestEndToEndPlainQuizEditsTheLine(t *testing.T) {
	s := startTmux(t, 80, 24, nil, "quiz", "--plain", numberArticle(t))
	s.waitFor("How many time zones")
	// "0x", backspace, left to the start, "1" before the 0: "10".
	s.keys("0", "x", "BSpace", "Left", "1", "Enter")
	screen := s.waitFor("How many years")
	if !strings.Contains(screen, "Right: 1/1.") || strings.Contains(screen, "not a number") {
		t.Fatalf("10 typed with the arrows was not taken as 10:\n%s", screen)
	}
	// Up brings back "10"; backspace twice and 4 answer the second.
	s.keys("Up", "BSpace", "BSpace", "4", "Enter")
	screen = s.waitFor("Score: ")
	if !strings.Contains(screen, "Score: 2/2 (100%)") {
		t.Errorf("the line brought back and edited was not 4:\n%s", screen)
	}
	if status := s.exitStatus(); status != "0" {
		t.Errorf("brief exited with %s, want 0", status)
	}
}

// ctrl+c at the plain quiz's prompt ends the quiz, with the answers
// before it kept, and exits 130, as an interrupted command does.
func TestEndToEndPlainQuizStopsOnCtrlC(t *testing.T) {
	for _, flag := range []string{"--plain", "--accessible"} {
		t.Run(flag, func(t *testing.T) {
			s := startTmux(t, 80, 24, nil, "quiz", flag, numberArticle(t))
			s.waitFor("How many time zones")
			s.keys("1", "0", "Enter")
			s.waitFor("How many years")
			s.keys("C-c")
			if status := s.exitStatus(); status != "130" {
				t.Fatalf("brief exited with %s after ctrl+c, want 130:\n%s", status, s.screen())
			}
			screen := s.tmux("capture-pane", "-p", "-t", "0", "-S", "-200")
			if !strings.Contains(screen, "interrupted (at question 2 of 2; the answers before it are saved)") {
				t.Errorf("brief does not say where it stopped:\n%s", screen)
			}
		})
	}
}

// Plain output at a terminal is wrapped to its width between words (the
// terminal used to break "spaceport" into "spac" and "eport"), and a
// wrapped line keeps its indent.
func TestEndToEndPlainQuizWrapsToTheTerminal(t *testing.T) {
	dir := t.TempDir()
	prompt := "How many time zones did Vladimir Putin cross on his long journey from Moscow to the far eastern spaceport?"
	writeFile(t, filepath.Join(dir, "far.md"), "---\ntitle: Far\n---\n\nPutin crossed ten time zones.\n")
	writeFile(t, filepath.Join(dir, "far.quiz.yaml"), "questions:\n  - id: far\n    type: numeric\n    prompt: "+prompt+
		"\n    answer: 10\n    explain: The article says he crossed almost ten time zones all the way from Moscow to the spaceport.\n")
	s := startTmux(t, 40, 24, nil, "quiz", "--plain", filepath.Join(dir, "far.md"))
	s.waitFor("(type a number)")
	s.keys("9", "Enter")
	screen := s.waitFor("Score: ")
	rows := strings.Split(screen, "\n")
	words := map[string]bool{}
	for _, r := range rows {
		for _, w := range strings.Fields(r) {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(prompt + " The article says he crossed almost ten time zones all the way from Moscow to the spaceport.") {
		if !words[w] {
			t.Errorf("%q is split between rows:\n%s", w, screen)
		}
	}
	for _, r := range rows {
		if strings.HasPrefix(r, "  Why:") {
			continue
		}
		if strings.Contains(r, "crossed almost") && !strings.HasPrefix(r, "  ") {
			t.Errorf("the reason's second row lost its indent: %q\n%s", r, screen)
		}
	}
}

// A quiz left unfinished is offered again by name, only to the same kind
// of quiz, and the offer says what starting anew does to its answers.
func TestEndToEndPlainResumeOfferNamesTheQuiz(t *testing.T) {
	article := numberArticle(t)
	data := []string{"BRIEF_DATA_DIR=" + t.TempDir()}
	s := startTmux(t, 100, 24, data, "quiz", "--plain", article)
	s.waitFor("How many time zones")
	s.keys("1", "0", "Enter")
	s.waitFor("How many years")
	s.keys("C-c")
	if status := s.exitStatus(); status != "130" {
		t.Fatalf("brief exited with %s after ctrl+c, want 130", status)
	}

	exam := startTmux(t, 100, 24, data, "quiz", "--plain", "--exam", article)
	screen := exam.waitFor("How many time zones")
	if strings.Contains(screen, "Resume it?") {
		t.Errorf("an exam was offered the unfinished practice quiz:\n%s", screen)
	}
	if want := "Your other unfinished quiz here (practice, 1 of 2 answered, started just now) is kept: ask for that quiz again to carry it on."; !strings.Contains(joinLines(screen), want) {
		t.Errorf("the exam does not say the practice quiz is kept:\n%s", screen)
	}

	again := startTmux(t, 100, 24, data, "quiz", "--plain", article)
	screen = again.waitFor("Resume it? [Y/n]")
	for _, want := range []string{
		"You have an unfinished quiz: practice, 1 of 2 answered, started just now.",
		"n starts a new one (your 1 answer stays in your stats, but that quiz is closed and not offered again).",
	} {
		if !strings.Contains(joinLines(screen), want) {
			t.Errorf("the offer lacks %q:\n%s", want, screen)
		}
	}
	again.keys("Enter")
	screen = again.waitFor("How many years")
	if !strings.Contains(screen, "Resuming: 1 of 2 answered earlier") {
		t.Errorf("Enter did not carry the quiz on:\n%s", screen)
	}
}
