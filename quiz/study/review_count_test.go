package study

import (
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// The end of a review counts only the due questions a review can ask:
// one whose article left the library, or which the teacher changed since
// it was missed, would make "2 more due · r to continue" lead to a review
// that says nothing is due.
func TestStillDueCountsOnlyWhatAReviewAsks(t *testing.T) {
	p, a := testArticle(3)
	st := openStore(t)
	id, err := st.StartAttempt(scores.AttemptInfo{PackID: p.ID, ArticleID: a.ID, Mode: scores.ModePractice,
		QuestionIDs: []string{a.Questions[0].ID, a.Questions[1].ID, a.Questions[2].ID}, Started: t0})
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Questions {
		q := &a.Questions[i]
		if err := st.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: p.ID, ArticleID: a.ID, QuestionID: q.ID,
			QuestionHash: q.Hash(), Level: string(q.Level), Given: "false", Points: 0, Max: 1, At: t0}); err != nil {
			t.Fatal(err)
		}
	}
	later := t0.Add(72 * time.Hour) // all three missed questions are due
	count := func(packs []*content.Pack) int {
		t.Helper()
		n, err := CountDue(NewWriter(st), packs, later).Wait()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count([]*content.Pack{p}); n != 3 {
		t.Fatalf("with the pack as it was: %d still due, want 3", n)
	}
	// The teacher rewrote the first question and deleted the third.
	edited := *a
	edited.Questions = []quiz.Question{a.Questions[0], a.Questions[1]}
	edited.Questions[0].Prompt = "Statement 0, reworded."
	editedPack := *p
	editedPack.Articles = []*content.Article{&edited}
	if n := count([]*content.Pack{&editedPack}); n != 1 {
		t.Errorf("after one question changed and one was removed: %d still due, want 1", n)
	}
	r, err := LoadReview(st, []*content.Pack{&editedPack}, later, 0, 1)
	if err != nil || r.Plan == nil || len(r.Plan.Session.Items) != 1 {
		t.Errorf("the review the count promises does not ask 1 question: %+v, %v", r, err)
	}
	if n := count(nil); n != 0 {
		t.Errorf("with the pack removed: %d still due, want 0", n)
	}
}
