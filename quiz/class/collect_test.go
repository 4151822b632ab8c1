package class

import (
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// A hand-in holds the pack's finished attempts at its version, each
// answer with its question's type; a retry of missed questions is handed
// in as a retry, which the report does not count; attempts cut short are
// counted by article, not handed in.
func TestCollectWritesFinishedAttemptsOfThisVersion(t *testing.T) {
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Articles[0]
	store, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	at := time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)
	take := func(version string, retry, finish bool) {
		id, err := store.StartAttempt(scores.AttemptInfo{PackID: p.ID, PackVersion: version, ArticleID: a.ID,
			Mode: scores.ModePractice, QuestionIDs: []string{"venue"}, Retry: retry, Started: at})
		if err != nil {
			t.Fatal(err)
		}
		if err := store.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: p.ID, PackVersion: version, ArticleID: a.ID,
			QuestionID: "venue", Given: "Vostochny", Points: 1, Max: 1, At: at}); err != nil {
			t.Fatal(err)
		}
		if finish {
			if err := store.FinishAttempt(id, at.Add(time.Minute)); err != nil {
				t.Fatal(err)
			}
		}
	}
	take(p.Version, false, true)  // counts
	take(p.Version, true, true)   // a retry
	take(p.Version, false, false) // unfinished: not a result, but counted
	take(p.Version, false, false) // cut short again
	take(p.Version, true, false)  // an unfinished retry: not counted
	take("0.9.0", false, true)    // another version
	take("0.9.0", false, false)   // unfinished on another version: not counted
	c, err := Collect(store, p, "Ana Perera", "test", at)
	if err != nil {
		t.Fatal(err)
	}
	h := c.HandIn
	if c.OtherVersion != 1 || len(h.Attempts) != 2 {
		t.Fatalf("attempts %d, other version %d; want 2 and 1", len(h.Attempts), c.OtherVersion)
	}
	if h.Unfinished[a.ID] != 2 || len(h.Unfinished) != 1 {
		t.Errorf("unfinished %v; want 2 on %s", h.Unfinished, a.ID)
	}
	if h.Attempts[0].Mode != ModePractice || h.Attempts[1].Mode != ModeRetry {
		t.Errorf("modes %s, %s; want practice, retry", h.Attempts[0].Mode, h.Attempts[1].Mode)
	}
	if ans := h.Attempts[0].Answers[0]; ans.Type != "choice" || ans.Given != "Vostochny" || ans.Points != 1 {
		t.Errorf("answer %+v", ans)
	}
}
