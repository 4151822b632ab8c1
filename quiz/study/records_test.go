package study

import (
	"testing"

	"brief/quiz"
	"brief/quiz/scores"
)

// Every attempt records what it was, so that records can be trusted: how
// many questions the article had, how many it drew (its question ids),
// and whether it repeats questions whose answers were seen (a retry)
// rather than a new draw.
func TestAttemptsRecordWhatTheyWere(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(4)
	sess, err := quiz.NewSession(a.Questions, quiz.SessionOptions{N: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	first := New(NewWriter(st), Setup{Pack: p, Article: a, Session: sess})
	must(t, first.Begin())
	first.Answer(0, truth(false), t0)
	first.Answer(1, truth(true), t0)
	first.Answer(2, truth(true), t0)
	must(t, first.HandIn(nil, t0))
	retry := first.Retry(true)
	must(t, retry.Begin())
	retry.Answer(0, truth(true), t0)
	must(t, retry.HandIn(nil, t0))
	fresh := first.Fresh(9)
	must(t, fresh.Begin())
	for i := range fresh.Len() {
		fresh.Answer(i, truth(true), t0)
	}
	must(t, fresh.HandIn(nil, t0))

	rows := finished(t, st)
	if len(rows) != 3 {
		t.Fatalf("%d finished attempts, want 3: %+v", len(rows), rows)
	}
	want := []struct {
		kind      string
		questions int
	}{{scores.ModePractice, 3}, {scores.ModeRetry, 1}, {scores.ModePractice, 3}}
	for i, w := range want {
		r := rows[i]
		if r.Kind() != w.kind || r.Questions != w.questions || r.Pool != 4 || r.PackVersion != "1.2.0" || r.Full(4) {
			t.Errorf("attempt %d: %s, %d of %d, version %q, full %v; want %s, %d of 4, 1.2.0, not full",
				i+1, r.Kind(), r.Questions, r.Pool, r.PackVersion, r.Full(4), w.kind, w.questions)
		}
	}
}
