package main

import (
	"strings"
	"testing"
)

// `brief quiz` with no flags at a terminal opens the start panel: the
// student sets the quiz up there (here an exam of 5 questions with a
// 10-minute limit, at 40x12), and Enter starts it as shown.
func TestEndToEndStartPanel(t *testing.T) {
	s := startTmux(t, 40, 12, nil, "quiz")
	s.waitFor("Questions: all 37")
	// Questions down to 35, then 30, 25, 20, 15, 10, 5.
	for range 7 {
		s.keys("Left")
	}
	s.waitFor("Questions: 5 of 37")
	s.keys("Down", "Right")
	s.waitFor("Mode: exam")
	s.keys("Down", "Right", "Right")
	s.waitFor("Time limit: 10 minutes")
	s.keys("Enter")
	screen := s.waitFor("Question 1/5")
	if !strings.Contains(screen, "10:00") && !strings.Contains(screen, "9:5") {
		t.Errorf("the exam does not show its 10-minute clock:\n%s", screen)
	}
	s.keys("C-c")
	if status := s.exitStatus(); status != "130" {
		t.Errorf("brief exited with %s after ctrl+c, want 130 (interrupted)", status)
	}
}
