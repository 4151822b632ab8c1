package scores

import (
	"brief/quiz"
	"fmt"
	"testing"
	"time"
)

// seedHistory fills s with answers over attempts spread across 100 days,
// 20 articles, 5 sections and the three levels, in one transaction.
func seedHistory(tb testing.TB, s *Store, attempts, answersEach int, now time.Time) {
	tb.Helper()
	tx, err := s.db.Begin()
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	insAttempt, err := tx.Prepare(`INSERT INTO attempts (pack_id, pack_version, article_id, mode, question_ids, seed, started, finished)
		VALUES ('pack', '1', ?, ?, '[]', ?, ?, ?)`)
	if err != nil {
		tb.Fatal(err)
	}
	insAnswer, err := tx.Prepare(`INSERT INTO answers (attempt_id, pack_id, pack_version, article_id, question_id,
			question_hash, section, level, given, points, max, skipped, elapsed_ms, at, day)
		VALUES (?, 'pack', '1', ?, ?, 'hash', ?, ?, 'x', ?, 1, 0, 4000, ?, ?)`)
	if err != nil {
		tb.Fatal(err)
	}
	modes := []string{ModeExam, ModePractice, ModeReview}
	for a := range attempts {
		article := fmt.Sprintf("article-%02d", a%20)
		started := now.Add(-time.Duration(attempts-a) * 5 * time.Hour)
		res, err := insAttempt.Exec(article, modes[a%3], a, millis(started), millis(started.Add(20*time.Minute)))
		if err != nil {
			tb.Fatal(err)
		}
		id, _ := res.LastInsertId()
		for q := range answersEach {
			at := started.Add(time.Duration(q) * 4 * time.Second)
			if _, err := insAnswer.Exec(id, article, fmt.Sprintf("q%03d", q), fmt.Sprintf("section-%d", q%5),
				quiz.Levels[q%3], float64((a+q)%2), millis(at), dayOf(at)); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
}

func BenchmarkStats100k(b *testing.B) {
	s := openTestStore(b)
	now := time.Now()
	seedHistory(b, s, 500, 200, now)
	b.ResetTimer()
	for b.Loop() {
		st, err := s.Stats(now)
		if err != nil || st.Answers != 100_000 {
			b.Fatalf("Stats: %d answers, %v", st.Answers, err)
		}
	}
}

func BenchmarkRecordAnswer(b *testing.B) {
	s := openTestStore(b)
	id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam})
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		if err := s.RecordAnswer(answer(id, "art", fmt.Sprintf("q%d", i), 0, 1, time.Now())); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkOpenStore(b *testing.B) {
	dir := b.TempDir()
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	seedHistory(b, s, 50, 200, time.Now())
	s.Close()
	for b.Loop() {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkAttempts500 lists 500 finished attempts of 37 questions each,
// as the home screen's notes and brief scores read them.
func BenchmarkAttempts500(b *testing.B) {
	s := openTestStore(b)
	now := time.Now()
	seedHistory(b, s, 500, 37, now)
	if _, err := s.db.Exec(`UPDATE attempts SET question_ids = (SELECT json_group_array(question_id) FROM answers WHERE attempt_id = attempts.id), questions = 37`); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		rows, err := s.Attempts(AttemptFilter{})
		if err != nil || len(rows) != 500 {
			b.Fatalf("Attempts: %d rows, %v", len(rows), err)
		}
	}
}
