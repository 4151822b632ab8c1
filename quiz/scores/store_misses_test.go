package scores

import (
	"errors"
	"testing"
	"time"
)

func TestMissedSinceKeepsTheQuestionsWhoseLatestAnswerMissed(t *testing.T) {
	st := openTestStore(t)
	id, err := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "summit", Mode: ModePractice, QuestionIDs: []string{"a", "b", "c"}, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	answerIn(t, st, id, "summit", "a", 0) // missed
	answerIn(t, st, id, "summit", "b", 1) // right
	answerIn(t, st, id, "summit", "c", 0) // missed, then right below
	again, err := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "summit", Mode: ModePractice, QuestionIDs: []string{"c"}, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	answerIn(t, st, again, "summit", "c", 1)
	got, err := st.MissedSince(time.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].QuestionID != "a" {
		t.Errorf("missed = %+v, want only question a", got)
	}
	if later, err := st.MissedSince(time.Now().Add(time.Hour)); err != nil || len(later) != 0 {
		t.Errorf("missed since an hour from now = %+v, %v; want none", later, err)
	}
}

func TestAttemptAnswersReadsAnAttemptBack(t *testing.T) {
	st := openTestStore(t)
	id, err := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "summit", Mode: ModeExam, QuestionIDs: []string{"a", "b"}, Seed: 7, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	answerIn(t, st, id, "summit", "b", 1)
	answerIn(t, st, id, "summit", "a", 0)
	saved, answers, err := st.AttemptAnswers(id)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Mode != ModeExam || saved.Seed != 7 || len(saved.QuestionIDs) != 2 || !saved.Finished.IsZero() {
		t.Errorf("attempt read back as %+v", saved)
	}
	if len(answers) != 2 || answers[0].QuestionID != "b" || answers[1].QuestionID != "a" {
		t.Errorf("answers = %+v, want b then a, in the order given", answers)
	}
	if _, _, err := st.AttemptAnswers(id + 100); !errors.Is(err, ErrNoAttempt) {
		t.Errorf("an attempt the store does not hold: err = %v, want ErrNoAttempt", err)
	}
}
