package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/quiz/class"
)

// assignedPack is the class pack with an assignment: an exam of 3 of its
// 8 questions, once.
func assignedPack(t *testing.T) string {
	t.Helper()
	dir := classPack(t)
	manifest := "id: floods\ntitle: Floods\nversion: 1.0.0\nauthor: Ms Perera\nassignment:\n  mode: exam\n  time: 10m\n  questions: 3\n  attempts: 1\n"
	if err := os.WriteFile(filepath.Join(dir, "pack.yaml"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A student's first assignment asks their name, keeps it, and runs the
// exam as set; the attempt used, a second start is refused with the way
// to practise, and practice is recorded as practice.
func TestQuizRunsThePacksAssignment(t *testing.T) {
	pack, data := assignedPack(t), t.TempDir()
	out, errOut, code := runIn(t, data, "Ana Perera\na\na\na\n", "quiz", pack, "--plain")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Your name, as your teacher knows it: Ana Perera", "Assignment: exam · 3 questions · 10:00 · 1 of 1 attempts left",
		"Exam: 3 questions, 10m to answer"} {
		if !strings.Contains(out, want) {
			t.Errorf("the quiz does not say %q:\n%s", want, out)
		}
	}
	if name, _, _ := runIn(t, data, "", "config", "name"); name != "Ana Perera\n" {
		t.Errorf("the name kept is %q", name)
	}
	_, errOut, code = runIn(t, data, "a\na\na\n", "quiz", pack, "--plain")
	if code != exitFailure || !strings.Contains(errOut, "no attempts left: you have taken the assignment 1 time (1 of 1); practise with --practice") {
		t.Errorf("a second start: exit %d, %q", code, errOut)
	}
	out, errOut, code = runIn(t, data, strings.Repeat("a\n", 8), "quiz", pack, "--plain", "--practice", "-n", "2")
	if code != 0 || strings.Contains(out, "Assignment:") || !strings.Contains(out, "— 2 questions") {
		t.Errorf("practice: exit %d, %s\n%s", code, errOut, out)
	}
	handIn := filepath.Join(t.TempDir(), "ana.json")
	if _, errOut, code := runIn(t, data, "", "hand-in", pack, "-o", handIn); code != 0 {
		t.Fatalf("hand-in: %s", errOut)
	}
	data2, err := os.ReadFile(handIn)
	if err != nil {
		t.Fatal(err)
	}
	h, err := class.Decode(handIn, data2)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Attempts) != 2 || h.Attempts[0].Mode != class.ModeExam || h.Attempts[1].Mode != class.ModePractice ||
		h.Pack.Assignment == nil || h.Pack.Assignment.Attempts != 1 || h.Student != "Ana Perera" || len(h.Attempts[0].Answers) != 3 {
		t.Errorf("hand-in should hold Ana's exam of 3 questions, her practice and the assignment:\n%s", data2)
	}
}

// Flags that would change the assignment are a usage error naming the
// flag; --practice with --exam is a contradiction.
func TestQuizRefusesFlagsThatChangeTheAssignment(t *testing.T) {
	pack, data := assignedPack(t), t.TempDir()
	if _, _, code := runIn(t, data, "", "config", "name", "Ben Silva"); code != 0 {
		t.Fatal("config name failed")
	}
	for flags, want := range map[string]string{
		"-n 5":              "-n 5 would change the assignment",
		"--time 5m":         "--time 5m0s would change the assignment",
		"--seed 3":          "--seed would change the assignment",
		"--practice --exam": "--practice and --exam: choose one",
	} {
		_, errOut, code := runIn(t, data, "", append([]string{"quiz", pack, "--plain"}, strings.Fields(flags)...)...)
		if code != exitUsage || !strings.Contains(errOut, want) {
			t.Errorf("%s: exit %d, %q; want %q", flags, code, errOut, want)
		}
	}
}

// An exam at the assignment cut short (the input ended) is carried on
// the next time, not started again: it has used the one attempt allowed,
// and starting afresh would leave the student with no finished attempt
// to hand in. Its marks stay hidden until it is handed in.
func TestAssignmentCutShortIsCarriedOn(t *testing.T) {
	pack, data := assignedPack(t), t.TempDir()
	_, errOut, code := runIn(t, data, "Ana Perera\na\n", "quiz", pack, "--plain")
	if code != exitFailure || !strings.Contains(errOut, "input ended before the quiz was over (at question 2 of 3") {
		t.Fatalf("cut short: exit %d, %q", code, errOut)
	}
	out, errOut, code := runIn(t, data, "a\na\n", "quiz", pack, "--plain")
	if code != 0 {
		t.Fatalf("carried on: exit %d, %q\n%s", code, errOut, out)
	}
	for _, want := range []string{"Carrying on your unfinished attempt at the assignment (exam (10m), 1 of 3 answered",
		"0 of 1 attempts left · 1 unfinished", "Resuming: 1 of 3 answered earlier.\n", "Question 2 of 3", "Score: "} {
		if !strings.Contains(out, want) {
			t.Errorf("the quiz does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "so far") {
		t.Errorf("the resumed exam shows marks before it is handed in:\n%s", out)
	}
	_, errOut, code = runIn(t, data, "a\na\na\n", "quiz", pack, "--plain")
	if code != exitFailure || !strings.Contains(errOut, "no attempts left") {
		t.Errorf("after handing it in: exit %d, %q", code, errOut)
	}
	handIn := filepath.Join(t.TempDir(), "ana.json")
	out, errOut, code = runIn(t, data, "", "hand-in", pack, "-o", handIn)
	if code != 0 || !strings.Contains(out, "wrote 1 finished attempt") {
		t.Errorf("hand-in: exit %d, %s%s", code, out, errOut)
	}
}
