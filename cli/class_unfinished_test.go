package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A student whose exams were all cut short hands in a file that counts
// them, and the teacher's report lists the student, ungraded, with the
// hand-ins counted apart.
func TestClassReportListsAStudentWithNoFinishedAttempt(t *testing.T) {
	packDir := classPack(t)
	handIns := t.TempDir()
	ana, ben := t.TempDir(), t.TempDir()
	steps := []struct {
		data, input string
		args        []string
	}{
		{ana, "", []string{"config", "name", "Ana Perera"}},
		{ana, strings.Repeat("a\n", 8), []string{"quiz", packDir, "--plain", "--exam", "--seed", "1"}},
		{ana, "", []string{"hand-in", packDir, "-o", filepath.Join(handIns, "ana.json")}},
		{ben, "", []string{"config", "name", "Ben Silva"}},
		{ben, "a\nb\n", []string{"quiz", packDir, "--plain", "--exam", "--seed", "1"}}, // input ends: cut short
		{ben, "n\na\n", []string{"quiz", packDir, "--plain", "--exam", "--seed", "2"}},
	}
	for _, s := range steps {
		runIn(t, s.data, s.input, s.args...) // a quiz cut short may exit non-zero; its answers are kept
	}
	out, errOut, code := runIn(t, ben, "", "hand-in", packDir, "-o", filepath.Join(handIns, "ben.json"))
	if code != 0 || !strings.Contains(out, "wrote 0 finished attempts") || !strings.Contains(out, "counted 2 attempts begun and not finished") {
		t.Fatalf("Ben's hand-in: exit %d, %q, %q", code, out, errOut)
	}
	grades := filepath.Join(t.TempDir(), "grades.csv")
	out, errOut, code = runIn(t, ana, "", "class", "report", handIns, "--format", "moodle", "-o", grades)
	if code != 0 || !strings.Contains(out, "wrote the report on 2 hand-ins, 1 with a finished attempt, to ") {
		t.Fatalf("report: exit %d, %q, %q", code, out, errOut)
	}
	csv, err := os.ReadFile(grades)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(csv), "\nBen Silva,\n") || !strings.Contains(string(csv), "\nAna Perera,") {
		t.Errorf("grades.csv lacks a row each, Ben's ungraded:\n%s", csv)
	}
	out, _, _ = runIn(t, ana, "", "class", "report", handIns, "--pack", packDir)
	for _, want := range []string{"2 students, 1 with no finished attempt", "no finished attempt (2 unfinished)", "in article order"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
}
