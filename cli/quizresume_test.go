package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// firstAnswers is the plain-mode input answering the first n questions of
// the session `quiz --plain --seed seed` draws, right.
func firstAnswers(t *testing.T, seed int64, n int) string {
	t.Helper()
	lines, _ := rightAnswers(t, seed)
	return strings.Join(lines[:n], "\n") + "\n"
}

func TestPlainQuizResume(t *testing.T) {
	_, a := reviewArticle(t)
	lines, _ := rightAnswers(t, 5)
	tests := map[string]struct {
		args        []string
		wantResumed bool
	}{
		"--resume carries on":                   {args: []string{"--resume"}, wantResumed: true},
		"a script starts afresh without asking": {},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			// Two answers, then the input ends: the quiz is left unfinished.
			if _, _, code := runIn(t, dir, firstAnswers(t, 5, 2), "quiz", "--plain", "--seed", "5"); code != exitFailure {
				t.Fatalf("an unfinished quiz exits %d, want %d", code, exitFailure)
			}
			var rest []string
			if tc.wantResumed {
				rest = lines[2:]
			} else {
				rest = lines
			}
			args := append([]string{"quiz", "--plain", "--seed", "5"}, tc.args...)
			out, errOut, code := runIn(t, dir, strings.Join(rest, "\n")+"\n", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			resumed := strings.Contains(out, "Resuming: 2 of ")
			if resumed != tc.wantResumed {
				t.Errorf("resumed %v, want %v:\n%s", resumed, tc.wantResumed, tail(out, 5))
			}
			if !strings.Contains(out, "Score: ") || !strings.Contains(out, "(100%)") {
				t.Errorf("the quiz does not end with full marks:\n%s", tail(out, 3))
			}
			s := openDataStore(t, dir)
			attempts, err := s.Attempts(scores.AttemptFilter{ArticleID: a.ID})
			if err != nil || len(attempts) != 1 || attempts[0].Score != float64(len(lines)) {
				t.Errorf("finished attempts %+v (%v), want one with every answer", attempts, err)
			}
			left, _, err := s.UnfinishedAttempt("brief-default", a.ID)
			if err != nil || (left != nil) == tc.wantResumed {
				t.Errorf("unfinished afterwards: %+v (%v); want one only when not resumed", left, err)
			}
		})
	}
}

// otherPack is the default pack under another id, with its article under
// the id "second", as an installed pack would be.
func otherPack(t *testing.T) *content.Pack {
	t.Helper()
	_, a := reviewArticle(t)
	copyA := *a
	copyA.ID = "second"
	return &content.Pack{Manifest: content.Manifest{ID: "other", Title: "Other", Version: "2"}, Articles: []*content.Article{&copyA}}
}

func TestPlainReviewAcrossPacksIsOneSession(t *testing.T) {
	def, a := reviewArticle(t)
	other := otherPack(t)
	packs := []*content.Pack{def, other}
	s := openDataStore(t, t.TempDir())
	backdate(t, s, a, 3, scores.ModePractice, 0, "venue")
	id, err := s.StartAttempt(scores.AttemptInfo{PackID: "other", ArticleID: "second", Mode: scores.ModePractice, Started: time.Now().AddDate(0, 0, -3)})
	if err != nil {
		t.Fatal(err)
	}
	q := questionByID(t, other.Articles[0], "air-koryo")
	if err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "other", ArticleID: "second", QuestionID: q.ID,
		QuestionHash: q.Hash(), Max: 1, At: time.Now().AddDate(0, 0, -3)}); err != nil {
		t.Fatal(err)
	}
	loaded, err := study.LoadReview(s, packs, time.Now(), 0, 4)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Plan == nil || len(loaded.Plan.Session.Items) != 2 {
		t.Fatalf("want two questions to review, got %+v", loaded)
	}
	var input strings.Builder
	for i := range loaded.Plan.Session.Items {
		input.WriteString(answerLine(&loaded.Plan.Session.Items[i]) + "\n")
	}
	var out, errOut bytes.Buffer
	env := Env{Stdin: strings.NewReader(input.String()), Stdout: &out, Stderr: &errOut}
	if err := askReview(context.Background(), study.NewWriter(s), packs, loaded.Plan, reviewIO{in: bufio.NewScanner(env.Stdin)}, env, false); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	for _, want := range []string{"Review — 2 questions from 2 articles", "Question 2 of 2", "Score: 2/2 (100%)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	attempts, err := s.Attempts(scores.AttemptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var reviews []scores.AttemptRow
	for _, r := range attempts {
		if r.Mode == scores.ModeReview {
			reviews = append(reviews, r)
		}
	}
	if len(reviews) != 1 || reviews[0].PackID != "" || reviews[0].Score != 2 {
		t.Fatalf("review attempts %+v, want one across both packs with 2 points", reviews)
	}
	// Each answer moved its own question in the schedule: both are out of
	// today's reviews, under their own pack and article.
	for _, at := range [][3]string{{"brief-default", a.ID, "venue"}, {"other", "second", "air-koryo"}} {
		st, ok, err := s.Review(at[0], at[1], at[2])
		if err != nil || !ok || !st.Due.After(time.Now()) {
			t.Errorf("%v: in schedule %v, due %v (%v); want due after today", at, ok, st.Due, err)
		}
	}
}

// In an exam an empty line passes over a question, as s does on the full
// screen: it stays unanswered, so a resumed exam asks it again, and the
// hand-in counts it as skipped.
func TestPlainExamSkipIsAskedAgainOnResume(t *testing.T) {
	lines, total := rightAnswers(t, 5)
	dir := t.TempDir()
	// The first answered, the second passed over, then the input ends.
	if _, _, code := runIn(t, dir, lines[0]+"\n\n", "quiz", "--plain", "--exam", "--seed", "5"); code != exitFailure {
		t.Fatalf("an unfinished exam exits %d, want %d", code, exitFailure)
	}
	out, errOut, code := runIn(t, dir, strings.Join(lines[1:], "\n")+"\n", "quiz", "--plain", "--exam", "--seed", "5", "--resume")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, fmt.Sprintf("Resuming: 1 of %d answered earlier", total)) || !strings.Contains(out, "Question 2 of ") {
		t.Errorf("the question passed over is not asked again:\n%s", tail(out, 40))
	}
	if want := fmt.Sprintf("Score: %d/%d (100%%)", total, total); !strings.Contains(out, want) {
		t.Errorf("want %q:\n%s", want, tail(out, 3))
	}
}

// A review's breakdown is by article, as on the full screen, not by
// section names that several articles may share.
func TestPlainReviewBreaksDownByArticle(t *testing.T) {
	def, a := reviewArticle(t)
	other := otherPack(t)
	other.Articles[0].Title = "The second article"
	packs := []*content.Pack{def, other}
	s := openDataStore(t, t.TempDir())
	backdate(t, s, a, 3, scores.ModePractice, 0, "venue")
	id, err := s.StartAttempt(scores.AttemptInfo{PackID: "other", ArticleID: "second", Mode: scores.ModePractice, Started: time.Now().AddDate(0, 0, -3)})
	if err != nil {
		t.Fatal(err)
	}
	q := questionByID(t, other.Articles[0], "air-koryo")
	if err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "other", ArticleID: "second", QuestionID: q.ID,
		QuestionHash: q.Hash(), Max: 1, At: time.Now().AddDate(0, 0, -3)}); err != nil {
		t.Fatal(err)
	}
	loaded, err := study.LoadReview(s, packs, time.Now(), 0, 4)
	if err != nil || loaded.Plan == nil {
		t.Fatalf("no review: %v", err)
	}
	var out, errOut bytes.Buffer
	env := Env{Stdin: strings.NewReader("\n\n"), Stdout: &out, Stderr: &errOut}
	if err := askReview(context.Background(), study.NewWriter(s), packs, loaded.Plan, reviewIO{in: bufio.NewScanner(env.Stdin)}, env, false); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	_, breakdown, ok := strings.Cut(out.String(), "By article:\n")
	if !ok || !strings.Contains(breakdown, a.Title) || !strings.Contains(breakdown, "The second article") {
		t.Errorf("no breakdown by article:\n%s", out.String())
	}
}

// Only an unfinished quiz taken as the one asked for is carried on: the
// same mode, as many questions, the same time limit. Asking for practice
// (or an exam of another limit) starts afresh and leaves the unfinished
// exam as it was, to be carried on when that exam is asked for again.
func TestPlainQuizResumesOnlyWhatWasAsked(t *testing.T) {
	_, a := reviewArticle(t)
	lines, total := rightAnswers(t, 5)
	dir := t.TempDir()
	exam := []string{"quiz", "--plain", "--exam", "--time", "30m", "--seed", "5"}
	if _, _, code := runIn(t, dir, strings.Join(lines[:2], "\n")+"\n", exam...); code != exitFailure {
		t.Fatalf("an unfinished exam exits %d, want %d", code, exitFailure)
	}
	for name, args := range map[string][]string{
		"practice":                {"quiz", "--plain", "--seed", "5", "--resume"},
		"an exam of another time": {"quiz", "--plain", "--exam", "--time", "10m", "--seed", "5", "--resume"},
		"fewer questions":         {"quiz", "--plain", "--exam", "--time", "30m", "-n", "3", "--seed", "5", "--resume"},
	} {
		// Twice over: an exam asks what was left for later once more.
		out, errOut, code := runIn(t, dir, strings.Repeat("\n", 2*total), args...)
		if code != 0 || strings.Contains(out, "Resuming:") {
			t.Errorf("%s: exit %d (%s), resumed %v; want a new quiz", name, code, errOut, strings.Contains(out, "Resuming:"))
		}
	}
	s := openDataStore(t, dir)
	left, answers, err := s.UnfinishedAttempt("brief-default", a.ID)
	if err != nil || left == nil || left.Mode != scores.ModeExam || len(answers) != 2 {
		t.Fatalf("the unfinished exam is %+v with %d answers (%v); want it kept with its 2", left, len(answers), err)
	}
	out, errOut, code := runIn(t, dir, strings.Join(lines[2:], "\n")+"\n", append(exam, "--resume")...)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("Resuming: 2 of %d answered earlier", total)) {
		t.Errorf("the same exam asked again: exit %d (%s), not resumed:\n%s", code, errOut, tail(out, 5))
	}
}

// At a terminal, a student with an unfinished quiz is asked whether to
// carry it on: "[Y/n]" on the page, in words under --accessible, where a
// screen reader would read out the brackets and the slash.
func TestResumeQuestionInWords(t *testing.T) {
	for mode, want := range map[string]string{
		"--plain":      "Resume it? [Y/n] ",
		"--accessible": "Resume it? Enter or y for yes, n for no. ",
	} {
		t.Run(mode, func(t *testing.T) {
			dir := t.TempDir()
			if _, _, code := runIn(t, dir, firstAnswers(t, 5, 2), "quiz", "--plain", "--seed", "5"); code != exitFailure {
				t.Fatalf("an unfinished quiz exits %d, want %d", code, exitFailure)
			}
			// Enter carries the quiz on; ctrl+d ends the input, and brief.
			out := runAtTerminal(t, dir, "Resume it?", "\n\x04", "quiz", mode, "--seed", "5")
			if !strings.Contains(out, "You have an unfinished quiz: ") || !strings.Contains(out, want) {
				t.Errorf("the question is not %q:\n%s", want, out)
			}
		})
	}
}

// runAtTerminal runs brief with a terminal for its input, types keys once
// it has printed until, and returns what it printed by the end.
func runAtTerminal(t *testing.T, dir, until, keys string, args ...string) string {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("no terminal to test with: %v", err)
	}
	t.Cleanup(func() { ptmx.Close(); tty.Close() })
	go func() { _, _ = io.Copy(io.Discard, ptmx) }() // the terminal's echo, read so it never fills
	var out lockedBuffer
	done := make(chan int)
	go func() {
		done <- Execute(context.Background(), Env{Version: "test",
			Args: append([]string{"--data-dir", dir}, args...), Stdin: tty, Stdout: &out, Stderr: io.Discard})
	}()
	for deadline := time.Now().Add(time.Minute); !strings.Contains(out.String(), until) && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := ptmx.Write([]byte(keys)); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatalf("brief is still running after %q:\n%s", keys, out.String())
	}
	return out.String()
}

// A review left unfinished is not named as a quiz to carry on: brief
// review plans a new one from what is due, so there is no asking for
// that one again. A quiz of another length is named.
func TestOtherUnfinishedNamesOnlyWhatCanBeCarriedOn(t *testing.T) {
	dir := t.TempDir()
	_, total := rightAnswers(t, 5)
	if _, errOut, code := runIn(t, dir, strings.Repeat("\n", total), "quiz", "--plain", "--seed", "5"); code != 0 {
		t.Fatalf("quiz: exit %d: %s", code, errOut)
	}
	// The review is left after one answer.
	if _, _, code := runIn(t, dir, "\n", "review", "--plain", "--seed", "5"); code != exitFailure {
		t.Fatalf("a review left unfinished exits %d, want %d", code, exitFailure)
	}
	const named = "Your other unfinished quiz here"
	out := runAtTerminal(t, dir, "Question 1 of 3", "\n\x04", "quiz", "--plain", "-n", "3", "--seed", "5")
	if strings.Contains(out, named) {
		t.Errorf("an unfinished review is named as a quiz to ask for again:\n%s", out)
	}
	// That quiz of 3 is left unfinished now: one of 4 names it.
	out = runAtTerminal(t, dir, "Question 1 of 4", "\x04", "quiz", "--plain", "-n", "4", "--seed", "5")
	if !strings.Contains(out, named+" (practice, 1 of 3 answered") {
		t.Errorf("the unfinished quiz of 3 is not named:\n%s", out)
	}
}
