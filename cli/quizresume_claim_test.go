package cli

import (
	"brief/quiz/scores"
	"fmt"
	"os"
	"strings"
	"testing"
)

// A quiz left unfinished and open in another brief (another terminal)
// is not resumed here, even with --resume: this one is a new attempt,
// and the other brief's answers stay as they are.
func TestPlainQuizDoesNotResumeAnAttemptOpenElsewhere(t *testing.T) {
	_, a := reviewArticle(t)
	lines, _ := rightAnswers(t, 5)
	dir := t.TempDir()
	if _, _, code := runIn(t, dir, firstAnswers(t, 5, 2), "quiz", "--plain", "--seed", "5"); code != exitFailure {
		t.Fatalf("an unfinished quiz exits %d, want %d", code, exitFailure)
	}
	other := openDataStore(t, dir) // the other brief, which has the quiz open
	left, _, err := other.UnfinishedAttempt("brief-default", a.ID)
	if err != nil || left == nil {
		t.Fatalf("no unfinished attempt: %v", err)
	}
	if err := other.ClaimAttempt(left.ID); err != nil {
		t.Fatal(err)
	}

	out, errOut, code := runIn(t, dir, strings.Join(lines, "\n")+"\n", "quiz", "--plain", "--seed", "5", "--resume")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := fmt.Sprintf("brief: your unfinished quiz on this article is open in another brief (pid %d); this is a new attempt\n", os.Getpid())
	if errOut != want || strings.Contains(out, "Resuming:") {
		t.Errorf("stderr %q, resumed %v; want %q and a new attempt", errOut, strings.Contains(out, "Resuming:"), want)
	}
	attempts, err := other.Attempts(scores.AttemptFilter{ArticleID: a.ID})
	if err != nil || len(attempts) != 1 || attempts[0].ID == left.ID || attempts[0].Score != float64(len(lines)) {
		t.Errorf("finished attempts %+v (%v), want one new one with every answer", attempts, err)
	}
	still, answers, err := other.UnfinishedAttempt("brief-default", a.ID)
	if err != nil || still == nil || still.ID != left.ID || len(answers) != 2 {
		t.Errorf("the other brief's attempt: %+v with %d answers (%v); want it unfinished with its 2", still, len(answers), err)
	}
}
