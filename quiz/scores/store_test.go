package scores

import (
	"brief/quiz"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// openTestStore opens a store in a fresh directory and closes it after
// the test.
func openTestStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// answer builds an answer to question qid of the attempt, worth max points.
func answer(attempt int64, article, qid string, points, max float64, at time.Time) quiz.AnswerRecord {
	return quiz.AnswerRecord{
		AttemptID: attempt, PackID: "pack", PackVersion: "1", ArticleID: article,
		QuestionID: qid, QuestionHash: "h-" + qid, Section: "intro", Level: "recall",
		Given: "x", Points: points, Max: max, Elapsed: 3 * time.Second, At: at,
	}
}

func TestOpenStoreCreatesPrivateDirAndReopens(t *testing.T) {
	// Characters a file: URI would misread unless escaped.
	dir := filepath.Join(t.TempDir(), "a b?c#d%e&f", "b")
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModePractice, QuestionIDs: []string{"q1"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(answer(id, "art", "q1", 1, 1, time.Now())); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if db, err := os.Stat(filepath.Join(dir, StoreFile)); err != nil || db.Size() == 0 {
		t.Fatalf("the database is not at %s: %v", filepath.Join(dir, StoreFile), err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o700 {
		t.Errorf("data dir mode = %o, want 700", perm)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	var version, n int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != SchemaVersion {
		t.Errorf("user_version = %d, %v; want %d", version, err, SchemaVersion)
	}
	if err := s.db.QueryRow("SELECT count(*) FROM answers").Scan(&n); err != nil || n != 1 {
		t.Errorf("answers after reopen = %d, %v; want 1", n, err)
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	for pragma, want := range map[string]int{"synchronous": 2, "busy_timeout": 5000, "foreign_keys": 1} {
		var got int
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s = %d, %v; want %d", pragma, got, err, want)
		}
	}
}

func TestOpenStoreRefusesNewerSchema(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(dir)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open on a newer schema: %v, want ErrNewerSchema", err)
	}
}

func TestRecordAnswerRejectsBadInput(t *testing.T) {
	s := openTestStore(t)
	id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam})
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]quiz.AnswerRecord{
		"no such attempt":      answer(id+1, "art", "q1", 1, 1, time.Now()),
		"more points than max": answer(id, "art", "q1", 2, 1, time.Now()),
		"negative points":      answer(id, "art", "q1", -1, 1, time.Now()),
		"points not a number":  answer(id, "art", "q1", nan(), 1, time.Now()),
	}
	for name, a := range tests {
		t.Run(name, func(t *testing.T) {
			if err := s.RecordAnswer(a); err == nil {
				t.Errorf("RecordAnswer(%+v) succeeded", a)
			}
		})
	}
	if _, err := s.StartAttempt(AttemptInfo{Mode: "cram"}); err == nil {
		t.Error("StartAttempt with an unknown mode succeeded")
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM answers").Scan(&n); err != nil || n != 0 {
		t.Errorf("answers stored after rejected input = %d, %v", n, err)
	}
}

func nan() float64 { var zero float64; return zero / zero }

func TestUnfinishedAttemptOffersResume(t *testing.T) {
	s := openTestStore(t)
	t0 := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	info := AttemptInfo{PackID: "pack", PackVersion: "3", ArticleID: "art", Mode: ModeExam,
		QuestionIDs: []string{"q1", "q2", "q3"}, Seed: 42, Started: t0}

	if a, _, err := s.UnfinishedAttempt("pack", "art"); a != nil || err != nil {
		t.Fatalf("before any attempt: %+v, %v", a, err)
	}
	id, err := s.StartAttempt(info)
	if err != nil {
		t.Fatal(err)
	}
	if a, _, err := s.UnfinishedAttempt("pack", "art"); a != nil || err != nil {
		t.Fatalf("attempt with no answer offered for resuming: %+v, %v", a, err)
	}
	for i, q := range []string{"q2", "q1"} {
		if err := s.RecordAnswer(answer(id, "art", q, 1, 1, t0.Add(time.Duration(i+1)*time.Minute))); err != nil {
			t.Fatal(err)
		}
	}
	got, answers, err := s.UnfinishedAttempt("pack", "art")
	if err != nil || got == nil {
		t.Fatalf("UnfinishedAttempt = %v, %v", got, err)
	}
	if got.ID != id || got.Seed != 42 || got.Mode != ModeExam || got.PackVersion != "3" ||
		!slices.Equal(got.QuestionIDs, info.QuestionIDs) || !got.Started.Equal(t0) {
		t.Errorf("attempt = %+v, want id %d and %+v", got, id, info)
	}
	if len(answers) != 2 || answers[0].QuestionID != "q2" || answers[1].QuestionID != "q1" ||
		answers[0].Elapsed != 3*time.Second || answers[0].QuestionHash != "h-q2" {
		t.Errorf("answers = %+v, want q2 then q1 as recorded", answers)
	}
	if a, _, _ := s.UnfinishedAttempt("pack", "other"); a != nil {
		t.Errorf("another article's attempt offered: %+v", a)
	}

	if err := s.AbandonAttempt(id); err != nil {
		t.Fatal(err)
	}
	if a, _, _ := s.UnfinishedAttempt("pack", "art"); a != nil {
		t.Errorf("abandoned attempt still offered: %+v", a)
	}
	id2, _ := s.StartAttempt(info)
	s.RecordAnswer(answer(id2, "art", "q1", 0, 1, t0))
	if err := s.FinishAttempt(id2, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if a, _, _ := s.UnfinishedAttempt("pack", "art"); a != nil {
		t.Errorf("finished attempt still offered: %+v", a)
	}
	if err := s.FinishAttempt(999, t0); err == nil {
		t.Error("finishing a missing attempt succeeded")
	}
}

func TestRecordAnswerTwiceKeepsTheLast(t *testing.T) {
	s := openTestStore(t)
	id, _ := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam})
	now := time.Now()
	if err := s.RecordAnswer(answer(id, "art", "q1", 0, 2, now)); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(answer(id, "art", "q1", 2, 2, now)); err != nil {
		t.Fatal(err)
	}
	var n int
	var points float64
	if err := s.db.QueryRow("SELECT count(*), sum(points) FROM answers").Scan(&n, &points); err != nil || n != 1 || points != 2 {
		t.Errorf("answers = %d with %v points (%v); want 1 with 2", n, points, err)
	}
}

func TestPosition(t *testing.T) {
	s := openTestStore(t)
	if _, ok, err := s.Position("pack", "art"); ok || err != nil {
		t.Fatalf("position before saving: %v, %v", ok, err)
	}
	for _, off := range []int{120, 45} {
		if err := s.SavePosition("pack", "art", off); err != nil {
			t.Fatal(err)
		}
	}
	if off, ok, err := s.Position("pack", "art"); off != 45 || !ok || err != nil {
		t.Errorf("Position = %d, %v, %v; want the last saved 45", off, ok, err)
	}
	if _, ok, _ := s.Position("pack", "other"); ok {
		t.Error("another article has a position")
	}
	if err := s.RecordReading("pack", "art", "intro", -time.Second, 10); err == nil {
		t.Error("negative reading time accepted")
	}
}

// tallyMismatches compares the running totals with totals computed from
// the answers themselves and returns the rows that differ.
func tallyMismatches(t *testing.T, s *Store) []string {
	t.Helper()
	queries := map[string]string{
		"attempt": `SELECT attempt_id, count(*), sum(points), sum(max), sum(elapsed_ms) FROM answers GROUP BY 1
			EXCEPT SELECT attempt_id, answers, points, max, elapsed_ms FROM tally_attempt WHERE answers > 0`,
		"place": `SELECT pack_id, article_id, section, level, count(*), sum(points), sum(max), sum(elapsed_ms) FROM answers GROUP BY 1, 2, 3, 4
			EXCEPT SELECT pack_id, article_id, section, level, answers, points, max, elapsed_ms FROM tally_place WHERE answers > 0`,
		"day": `SELECT day, count(*), sum(points), sum(max) FROM answers GROUP BY 1
			EXCEPT SELECT day, answers, points, max FROM tally_day WHERE answers > 0`,
		"extra": `SELECT day FROM tally_day WHERE answers > 0 EXCEPT SELECT day FROM answers`,
	}
	var bad []string
	for name, q := range queries {
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM (` + q + `)`).Scan(&n); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n > 0 {
			bad = append(bad, name)
		}
	}
	return bad
}

func TestTalliesFollowReplacedAnswers(t *testing.T) {
	s := openTestStore(t)
	id, _ := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam})
	day1 := time.Date(2026, 2, 1, 10, 0, 0, 0, time.UTC)
	steps := []quiz.AnswerRecord{
		answer(id, "art", "q1", 0, 2, day1),
		answer(id, "art", "q2", 1, 1, day1),
		answer(id, "art", "q1", 2, 2, day1.AddDate(0, 0, 1)), // replaced, and moved to the next day
	}
	steps[2].Section, steps[2].Level = "body", "critical" // and to another place
	for _, a := range steps {
		if err := s.RecordAnswer(a); err != nil {
			t.Fatal(err)
		}
		if bad := tallyMismatches(t, s); len(bad) > 0 {
			t.Fatalf("after answering %s: running totals differ from the answers in %v", a.QuestionID, bad)
		}
	}
}

func TestMigrationFromVersion1KeepsAnswersAndBackfills(t *testing.T) {
	dir := t.TempDir()
	// A database as the first schema left it, with answers in it.
	s := &Store{dir: dir, path: filepath.Join(dir, StoreFile)}
	var err error
	if s.db, err = sql.Open("sqlite", dsn(s.path)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(migrations[0] + "; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`INSERT INTO attempts (id, pack_id, pack_version, article_id, mode, question_ids, seed, started, finished)
			VALUES (1, 'pack', '1', 'art', 'exam', '[]', 0, 0, 60000);
		INSERT INTO answers (attempt_id, pack_id, pack_version, article_id, question_id, question_hash, section, level,
			given, points, max, skipped, elapsed_ms, at, day)
			VALUES (1, 'pack', '1', 'art', 'q1', 'h', 'intro', 'recall', 'x', 1, 2, 0, 5000, 0, '1970-01-01'),
			       (1, 'pack', '1', 'art', 'q2', 'h', 'intro', 'recall', 'x', 2, 2, 0, 5000, 0, '1970-01-01')`); err != nil {
		t.Fatal(err)
	}
	s.db.Close()

	s, err = Open(dir)
	if err != nil {
		t.Fatalf("Open on a version 1 database: %v", err)
	}
	defer s.Close()
	if bad := tallyMismatches(t, s); len(bad) > 0 {
		t.Errorf("running totals not backfilled: %v", bad)
	}
	rows, err := s.Attempts(AttemptFilter{})
	if err != nil || len(rows) != 1 || rows[0].Score != 3 || rows[0].Max != 4 {
		t.Errorf("attempts after migration = %+v, %v; want one scoring 3/4", rows, err)
	}
}
