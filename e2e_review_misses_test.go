package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A student who has just missed questions presses r: nothing is due until
// tomorrow, so the review goes over today's misses rather than saying
// there is nothing to do.
func TestEndToEndReviewWithNothingDueGoesOverTodaysMisses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	quiz := exec.Command(binary, "quiz", "--plain", "-n", "2", "--seed", "3")
	quiz.Env = append(quiz.Environ(), "BRIEF_DATA_DIR="+dir)
	quiz.Stdin = strings.NewReader("\n\n") // both skipped: missed
	if out, err := quiz.CombinedOutput(); err != nil {
		t.Fatalf("brief quiz --plain: %v\n%s", err, out)
	}
	s := startTmux(t, 80, 24, []string{"BRIEF_DATA_DIR=" + dir})
	s.waitFor("Russia, North Korea leaders")
	s.keys("r")
	screen := s.waitFor("Question 1/2")
	if !strings.Contains(screen, "Nothing due · today's misses") {
		t.Errorf("r did not open a review of today's two misses, saying so:\n%s", screen)
	}
}
