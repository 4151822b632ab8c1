package scores

import (
	"maps"
	"testing"
	"time"

	"brief/quiz"
)

// answerIn records an answer to question q of attempt id.
func answerIn(t *testing.T, st *Store, id int64, article, q string, points float64) {
	t.Helper()
	err := st.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "p", ArticleID: article, QuestionID: q,
		QuestionHash: "h", Section: "s", Level: "recall", Given: `"a"`, Points: points, Max: 1, At: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
}

func TestProgressIsSectionsReadAndTheQuizLeftUnfinished(t *testing.T) {
	st := openTestStore(t)
	for _, r := range []struct {
		section string
		words   int
	}{{"lead", 300}, {"lead", 0}, {"struggling", 200}, {"hermit", 0}} {
		if err := st.RecordReading("p", "summit", r.section, time.Minute, r.words); err != nil {
			t.Fatal(err)
		}
	}
	// An older attempt left, a newer one in progress: the newer counts.
	old, err := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "summit", Mode: ModePractice, QuestionIDs: []string{"a", "b"}, Started: time.Now().Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	answerIn(t, st, old, "summit", "a", 1)
	exam, err := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "summit", Mode: ModeExam, QuestionIDs: []string{"a", "b", "c", "d"}, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	answerIn(t, st, exam, "summit", "a", 0)
	answerIn(t, st, exam, "summit", "c", 1)
	// A finished quiz, an abandoned one and one with no answer are no
	// quiz in progress.
	done, _ := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "budget", Mode: ModePractice, QuestionIDs: []string{"x"}, Started: time.Now()})
	answerIn(t, st, done, "budget", "x", 1)
	if err := st.FinishAttempt(done, time.Now()); err != nil {
		t.Fatal(err)
	}
	left, _ := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "budget", Mode: ModePractice, QuestionIDs: []string{"x", "y"}, Started: time.Now()})
	answerIn(t, st, left, "budget", "x", 1)
	if err := st.AbandonAttempt(left); err != nil {
		t.Fatal(err)
	}
	if _, err := st.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "budget", Mode: ModePractice, QuestionIDs: []string{"x"}, Started: time.Now()}); err != nil {
		t.Fatal(err)
	}

	got, err := st.Progress()
	if err != nil {
		t.Fatal(err)
	}
	summit := got[[2]string{"p", "summit"}]
	if summit == nil {
		t.Fatalf("no progress on the article read and quizzed: %v", got)
	}
	if want := map[string]bool{"lead": true, "struggling": true}; !maps.Equal(summit.SectionsRead, want) {
		t.Errorf("sections read = %v, want %v (a section with time but no words was only passed through)", summit.SectionsRead, want)
	}
	if summit.QuizMode != ModeExam || summit.QuizAnswered != 2 || summit.QuizQuestions != 4 {
		t.Errorf("quiz in progress = %s %d/%d, want exam 2/4", summit.QuizMode, summit.QuizAnswered, summit.QuizQuestions)
	}
	if b := got[[2]string{"p", "budget"}]; b != nil && b.QuizQuestions != 0 {
		t.Errorf("a finished, abandoned or unanswered quiz shows as in progress: %+v", b)
	}
}
