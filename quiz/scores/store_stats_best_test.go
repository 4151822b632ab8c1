package scores

import (
	"testing"
	"time"

	"brief/quiz"
)

// The stats' best at an article is over full attempts only: a quiz on
// some of the questions, or a retry of the missed ones after seeing the
// answers, is an attempt (counted, averaged, last) but no best.
func TestStatsBestIsOverFullAttempts(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)
	take := func(ids []string, pool int, retry bool, points float64) {
		at = at.Add(time.Hour)
		id, err := s.StartAttempt(AttemptInfo{PackID: "p", PackVersion: "1", ArticleID: "a", Mode: ModePractice,
			QuestionIDs: ids, Pool: pool, Retry: retry, Started: at})
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range ids {
			p := 0.0
			if float64(i) < points {
				p = 1
			}
			if err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "p", PackVersion: "1", ArticleID: "a", QuestionID: q, Points: p, Max: 1, At: at}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.FinishAttempt(id, at.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	take([]string{"q1"}, 2, false, 1) // one question of two, right: 100%
	st, err := s.Stats(at.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if a := st.Articles[0]; a.HasBest || a.Attempts != 1 || a.Last != 100 {
		t.Fatalf("after a partial quiz: %+v; want one attempt, last 100%%, no best", a)
	}
	take([]string{"q1", "q2"}, 2, false, 1) // full: 50%
	take([]string{"q2"}, 2, true, 1)        // retry of the missed one: 100%
	st, err = s.Stats(at.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if a := st.Articles[0]; !a.HasBest || a.Best != 50 || a.Attempts != 3 || a.Last != 100 {
		t.Errorf("stats %+v; want best 50%% (the full attempt), 3 attempts, last 100%%", a)
	}
}
