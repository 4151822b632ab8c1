package quiz

import (
	"strings"
	"testing"

	"brief/quiz/scores"
	"brief/quiz/study"
)

func TestPracticeRecordsEachAnswerInACommand(t *testing.T) {
	st := testStore(t)
	p, a := defaultArticle(t)
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st)}, "venue", "sullivan")
	deliver(q, q.begin())
	// Another brief holds the store: an answer written during Update
	// would hold it up, and be there once Update returned.
	unlock := lockStore(t, st)
	_, cmd := qzPress(q, rightKeys(q.item())...)
	if got := recorded(t, st, p, a); len(got) != 0 {
		t.Fatalf("the answer was written during Update: %v", got)
	}
	if cmd == nil {
		t.Fatal("answering gave no command to record it")
	}
	unlock()
	q.Update(cmd())
	got := recorded(t, st, p, a)
	if len(got) != 1 || got[0].QuestionID != "venue" || got[0].Points != 1 {
		t.Fatalf("recorded %+v, want venue with 1 point", got)
	}
	if q.saveErr != "" {
		t.Errorf("a good save shows %q", q.saveErr)
	}

	qzPress(q, "enter")
	_, cmd = qzPress(q, "ctrl+s")
	q.Update(cmd())
	got = recorded(t, st, p, a)
	if len(got) != 2 || !got[1].Skipped {
		t.Fatalf("recorded %+v, want the second answer as skipped", got)
	}
}

func TestQuizWaitsForItsRecorder(t *testing.T) {
	st := testStore(t)
	p, a := defaultArticle(t)
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st)}, "venue", "sullivan")
	unlock := lockStore(t, st) // the store is slow to answer
	begin := q.begin()
	_, save := qzPress(q, rightKeys(q.item())...)
	if got := recorded(t, st, p, a); len(got) != 0 {
		t.Fatalf("the answer was written during Update: %v", got)
	}
	unlock()
	// The answer's command alone waits for the attempt to begin first,
	// then for the answer in it.
	deliver(q, save)
	if got := recorded(t, st, p, a); len(got) != 1 || got[0].QuestionID != "venue" {
		t.Fatalf("recorded %+v, want the waiting answer", got)
	}
	deliver(q, begin)
	if !q.att.Saving() || q.saveErr != "" {
		t.Errorf("after Begin: saving %v, error %q", q.att.Saving(), q.saveErr)
	}
}

func TestQuizShowsWhenAnswersAreNotSaved(t *testing.T) {
	st := testStore(t)
	st.Close() // every write now fails
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st)}, "venue", "sullivan")
	_, cmd := qzPress(q, rightKeys(q.item())...)
	q.Update(cmd())
	if v := qzView(q); !strings.Contains(v, "not saved") {
		t.Errorf("a failed save is not shown:\n%s", v)
	}
}

func TestQuizSavingNotice(t *testing.T) {
	q := newTestQuiz(t, Config{SavingNotice: "scores are not saved: --no-store"}, "venue")
	if v := qzView(q); !strings.Contains(v, "scores are not saved: --no-store") {
		t.Errorf("the notice is not shown:\n%s", v)
	}
}

func TestExamRecordsEachAnswerAsItIsGiven(t *testing.T) {
	st := testStore(t)
	p, a := defaultArticle(t)
	q := newTestQuiz(t, Config{Exam: true, Writer: study.NewWriter(st)}, "venue", "air-koryo")
	right := rightKeys(q.item())
	s, cmd := qzPress(q, right...)
	deliver(s, cmd)
	if got := recorded(t, st, p, a); len(got) != 1 || got[0].QuestionID != "venue" || got[0].Points != 1 {
		t.Fatalf("before handing in the store has %+v, want venue with 1 point", got)
	}
	// Changing the answer replaces it in the store.
	wrong := "a"
	if right[0] == "a" {
		wrong = "b"
	}
	s, cmd = qzPress(q, "[", wrong)
	deliver(s, cmd)
	if got := recorded(t, st, p, a); len(got) != 1 || got[0].Points != 0 {
		t.Fatalf("after changing the answer the store has %+v, want venue alone with 0 points", got)
	}
	s, cmd = qzPress(q, "ctrl+s", "y")
	r, ok := s.(*ResultsScreen)
	if !ok || cmd == nil {
		t.Fatalf("handing in: %T and command %v", s, cmd)
	}
	deliver(r, cmd)
	attempts, err := st.Attempts(scores.AttemptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// The question left unanswered is recorded as skipped at hand-in.
	if len(attempts) != 1 || attempts[0].Finished.IsZero() || attempts[0].Score != 0 || attempts[0].Max != 2 {
		t.Fatalf("attempts %+v, want one finished, 0 points of 2", attempts)
	}
	if r.saveErr != "" {
		t.Errorf("a good save shows %q", r.saveErr)
	}
}
