package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/content"
	"brief/quiz"
)

// run executes brief with args and stdin, returning stdout, stderr and
// the exit code. Scores go to a fresh data directory.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	args = append([]string{"--data-dir", t.TempDir()}, args...)
	code := Execute(context.Background(), Env{
		Version: "test", Args: args,
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
	})
	return out.String(), errOut.String(), code
}

// rightAnswers types the right answer to every question of the session
// brief draws with seed, as a student would in plain mode.
func rightAnswers(t *testing.T, seed int64) (lines []string, total int) {
	t.Helper()
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Articles[0]
	sess, err := quiz.NewSession(a.Questions, quiz.SessionOptions{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	for i := range sess.Items {
		lines = append(lines, answerLine(&sess.Items[i]))
	}
	return lines, len(sess.Items)
}

func TestPlainQuizWholeDefaultBankRight(t *testing.T) {
	lines, total := rightAnswers(t, 7)
	out, errOut, code := run(t, strings.Join(lines, "\n")+"\n", "quiz", "--plain", "--seed", "7")
	if code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, errOut)
	}
	want := fmt.Sprintf("Score: %d/%d (100%%)\n", total, total)
	if !strings.HasSuffix(out, want) {
		t.Errorf("want the quiz to end with %q; got the end:\n%s", want, tail(out, 600))
	}
	if strings.Count(out, "  Right: ") != total {
		t.Errorf("want %d questions marked right, got %d", total, strings.Count(out, "  Right: "))
	}
	if strings.Contains(out, "Not understood") {
		t.Errorf("a right answer was not understood:\n%s", out)
	}
}

func TestPlainQuizSkipsAndRetries(t *testing.T) {
	// "zz" cannot be read for any question type that asks for letters or
	// numbers, so it is asked again, saying that an empty line shows the
	// answer, which the empty line then does, scoring 0. Practice calls
	// it that, not "skip", which students read as "come back later".
	lines, total := rightAnswers(t, 3)
	input := "zz\n\n" + strings.Join(lines[1:], "\n") + "\n"
	out, _, code := run(t, input, "quiz", "--plain", "--seed", "3")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"An empty line shows the answer (0 points for that question).\n",
		"Try again, or press Enter to see the answer.\n", "  Answer shown: 0/1. The answer: "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out[:min(len(out), 1500)])
		}
	}
	if strings.Contains(out, "Skipped") || strings.Contains(out, "skip") {
		t.Errorf("practice still speaks of skipping:\n%s", out[:min(len(out), 1500)])
	}
	want := fmt.Sprintf("Score: %d/%d", total-1, total)
	if !strings.Contains(out, want) || !strings.Contains(out, "Missed 1: question 1\n") {
		t.Errorf("want %q and question 1 missed; got:\n%s", want, tail(out, 400))
	}
}

// Input that ends before the quiz is over is an error that says where,
// and whether anything was kept: nothing is claimed saved when no answer
// was given, and answers given in an earlier run count as given.
func TestPlainQuizEndOfInputIsAClearError(t *testing.T) {
	lines, total := rightAnswers(t, 1)
	dir := t.TempDir()
	tests := []struct { // in turn, in one data folder: the third carries on the second
		name, in string
		resume   bool
		want     string
	}{
		{"no answer", "", false, fmt.Sprintf("(at question 1 of %d; no answer was given)\n", total)},
		{"one answer", lines[0] + "\n", false, fmt.Sprintf("(at question 2 of %d; the answers before it are saved)\n", total)},
		{"none more after resuming", "", true, fmt.Sprintf("(at question 2 of %d; the answers before it are saved)\n", total)},
	}
	for _, tc := range tests {
		args := []string{"quiz", "--plain", "--seed", "1"}
		if tc.resume {
			args = append(args, "--resume")
		}
		out, errOut, code := runIn(t, dir, tc.in, args...)
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1", tc.name, code)
		}
		if want := "brief: input ended before the quiz was over " + tc.want; !strings.HasSuffix(errOut, want) {
			t.Errorf("%s: stderr %q, want it to end %q", tc.name, errOut, want)
		}
		if strings.Contains(out, "Score:") || strings.Contains(errOut, "goroutine") {
			t.Errorf("%s: no score and no crash expected; stdout:\n%s\nstderr:\n%s", tc.name, tail(out, 300), errOut)
		}
	}
}

func TestPlainQuizFlagErrors(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"unknown level":     {[]string{"--level", "deep"}, `unknown level "deep"`},
		"unknown section":   {[]string{"--section", "weather"}, `no section "weather"`},
		"negative n":        {[]string{"-n", "-2"}, "-n must be at least 1, not -2"},
		"zero n":            {[]string{"-n", "0"}, "-n must be at least 1, not 0"},
		"time without exam": {[]string{"--time", "5m"}, "--time goes with --exam"},
		"unknown article":   {[]string{"--article", "nope"}, `no article "nope" in the built-in pack; it has: `},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, errOut, code := run(t, "", append([]string{"quiz", "--plain"}, tc.args...)...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitUsage, tc.want)
			}
		})
	}
}

func TestPlainQuizFiltersBySectionAndLevel(t *testing.T) {
	out, _, code := run(t, strings.Repeat("\n", 40), "quiz", "--plain", "--section", "Hermit kingdom", "--level", "critical")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(out, "· recall ·") || strings.Contains(out, "· inference ·") {
		t.Errorf("only critical questions were asked for:\n%s", out)
	}
	if !strings.Contains(out, "· critical ·") {
		t.Errorf("no critical question asked:\n%s", out)
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func TestPlainQuizHeaderCountsQuestions(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"one question":     {[]string{"-n", "1"}, " — 1 question\n\n"},
		"two questions":    {[]string{"-n", "2"}, " — 2 questions\n\n"},
		"an exam says how": {[]string{"-n", "2", "--exam", "--time", "10m"}, " — 2 questions\n\nExam: 2 questions, 10m to answer; marks at the end.\n\nQuestion 1 of 2 · "},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := run(t, "\n\n\n\n", append([]string{"quiz", "--plain", "--seed", "3"}, tc.args...)...) // an exam asks what was left once more
			if code != 0 || !strings.Contains(out, tc.want) {
				t.Errorf("exit %d, stderr %q; output lacks %q:\n%s", code, errOut, tc.want, out)
			}
		})
	}
}

// An article without questions is named in the error with the question
// file to add, named after the article's file (not its id, which may
// differ).
func TestQuizOnAnArticleWithoutQuestionsNamesTheFileToAdd(t *testing.T) {
	dir := t.TempDir()
	article := "---\nid: floods\ntitle: Floods\n---\nThe river rose overnight and the town was cut off, officials said.\n"
	if err := os.WriteFile(filepath.Join(dir, "floods-2024.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := teach(t, dir, t.TempDir(), "quiz", "--plain", "floods-2024.md")
	if code == exitOK || !strings.Contains(errOut, "has no questions: add floods-2024.quiz.yaml beside it") {
		t.Errorf("exit %d, stderr %q: want a failure naming floods-2024.quiz.yaml", code, errOut)
	}
}
