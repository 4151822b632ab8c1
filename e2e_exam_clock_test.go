package main

import (
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// clockShown is the exam clock in the quiz's header, "⏱ 9:55".
var clockShown = regexp.MustCompile(`⏱ (\d+:\d\d)`)

// An exam stopped from outside (kill, the terminal closing) exits as that
// signal's status, and keeps the time it used, even with no answer given:
// opened again, it is carried on with what was left, never afresh with
// the whole time and the questions already read.
func TestEndToEndExamKilledKeepsItsTime(t *testing.T) {
	data := t.TempDir()
	// GOTRACEBACK: should brief be made to leave before it has saved
	// (see cli's stopGrace), it shows what held it up.
	env := []string{"BRIEF_DATA_DIR=" + data, "GOTRACEBACK=all"}
	args := []string{"quiz", "--exam", "-n", "5", "--time", "10m", "--seed", "2"}
	s := startTmux(t, 80, 24, env, args...)
	s.waitFor("9:55")
	if out, err := exec.Command("pkill", "-TERM", "-P", s.shellPID()).CombinedOutput(); err != nil {
		t.Fatalf("pkill: %v %s", err, out)
	}
	if status := s.exitStatus(); status != "143" {
		t.Errorf("brief killed exited with %s, want 143", status)
	}
	if screen := s.tmux("capture-pane", "-p", "-t", "0", "-S", "-20000"); strings.Contains(screen, "leaving now") {
		t.Fatalf("brief killed did not finish saving in time:\n%s", screen)
	}

	again := startTmux(t, 80, 24, env, args...)
	again.waitFor("You have an unfinished exam on this article: exam (10m), 0 of 5 answered")
	again.keys("r")
	screen := again.waitFor("Question 1/5")
	m := clockShown.FindStringSubmatch(screen)
	if m == nil {
		t.Fatalf("no exam clock on the screen:\n%s", screen)
	}
	var min, sec int
	if _, err := fmt.Sscanf(m[1], "%d:%d", &min, &sec); err != nil || min*60+sec > 9*60+55 {
		t.Errorf("carried on with %s left, want at most 9:55 (5 seconds were used):\n%s", m[1], screen)
	}
}

// A plain quiz killed at a terminal, its line editor waiting for an
// answer, exits at once with the signal's status: brief never waits on
// the terminal for anything as it leaves (once it waited for ever, for a
// reply to a colour query that the line editor had taken).
func TestEndToEndPlainQuizKilledExitsAtOnce(t *testing.T) {
	s := startTmux(t, 80, 24, []string{"GOTRACEBACK=all"}, "quiz", "--plain", "-n", "5", "--seed", "1")
	s.waitFor("Question 1 of 5")
	s.keys("Enter")
	s.waitFor("Question 2 of 5")
	if out, err := exec.Command("pkill", "-TERM", "-P", s.shellPID()).CombinedOutput(); err != nil {
		t.Fatalf("pkill: %v %s", err, out)
	}
	if status := s.exitStatus(); status != "143" {
		t.Errorf("brief killed exited with %s, want 143", status)
	}
	screen := s.tmux("capture-pane", "-p", "-t", "0", "-S", "-20000")
	if strings.Contains(screen, "leaving now") || strings.Contains(screen, "[?") {
		t.Errorf("brief killed did not leave by itself, or a terminal reply was left on screen:\n%s", screen)
	}
}
