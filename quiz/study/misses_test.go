package study

import (
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// With nothing due, r goes over the questions missed today (due only
// tomorrow), leaving out one missed and then answered right.
func TestNothingDueReviewsTodaysMisses(t *testing.T) {
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Articles[0]
	st, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	if _, misses, err := LoadReviewOrMisses(st, []*content.Pack{p}, now, 0, 1); err != nil || misses {
		t.Fatalf("with nothing answered: misses = %v, %v; want none", misses, err)
	}
	id, err := st.StartAttempt(scores.AttemptInfo{PackID: p.ID, ArticleID: a.ID, Mode: scores.ModePractice, QuestionIDs: []string{a.Questions[0].ID, a.Questions[1].ID}, Started: now})
	if err != nil {
		t.Fatal(err)
	}
	record := func(id int64, q *quiz.Question, points float64, at time.Time) {
		t.Helper()
		if err := st.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: p.ID, ArticleID: a.ID, QuestionID: q.ID,
			QuestionHash: q.Hash(), Section: q.Section, Level: string(q.Level), Given: `"x"`, Points: points, Max: 1, At: at}); err != nil {
			t.Fatal(err)
		}
	}
	record(id, &a.Questions[0], 0, now.Add(-2*time.Second)) // missed
	record(id, &a.Questions[1], 0, now.Add(-2*time.Second)) // missed, then right in another quiz
	again, err := st.StartAttempt(scores.AttemptInfo{PackID: p.ID, ArticleID: a.ID, Mode: scores.ModePractice, QuestionIDs: []string{a.Questions[1].ID}, Started: now})
	if err != nil {
		t.Fatal(err)
	}
	record(again, &a.Questions[1], 1, now.Add(-time.Second))

	r, err := LoadReview(st, []*content.Pack{p}, now, 0, 1)
	if err != nil || r.Plan != nil {
		t.Fatalf("LoadReview = %+v, %v; the misses fall due tomorrow, so nothing should be due", r, err)
	}
	r, misses, err := LoadReviewOrMisses(st, []*content.Pack{p}, now, 0, 1)
	if err != nil || !misses || r.Plan == nil {
		t.Fatalf("LoadReviewOrMisses = %+v, %v, %v; want today's misses", r, misses, err)
	}
	if got := r.Plan.Session.Items; len(got) != 1 || got[0].Q.ID != a.Questions[0].ID {
		t.Errorf("planned %d questions, want only %s", len(got), a.Questions[0].ID)
	}
}
