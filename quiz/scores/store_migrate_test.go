package scores

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// v4Store leaves in dir a database as schema version 4 left it: a
// finished practice attempt at 3 questions of pack version 2, a finished
// exam at 2, a finished review, and an unfinished practice attempt with
// one answer.
func v4Store(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	statements := append([]string{}, migrations[:4]...)
	statements = append(statements, "PRAGMA user_version = 4",
		`INSERT INTO attempts (id, pack_id, pack_version, article_id, mode, question_ids, seed, started, finished)
			VALUES (1, 'pack', '2', 'a', 'practice', '["q1","q2","q3"]', 7, 0, 60000),
			       (2, 'pack', '2', 'a', 'exam', '["q1","q2"]', 8, 70000, 90000),
			       (3, '', '', '', 'review', '["q3"]', 9, 100000, 110000),
			       (4, 'pack', '2', 'a', 'practice', '["q2","q3"]', 10, 120000, NULL)`,
		`INSERT INTO answers (attempt_id, pack_id, pack_version, article_id, question_id, question_hash, section, level,
			given, points, max, skipped, elapsed_ms, at, day)
			VALUES (1, 'pack', '2', 'a', 'q1', 'h', 'intro', 'recall', 'x', 1, 1, 0, 5000, 0, '1970-01-01'),
			       (1, 'pack', '2', 'a', 'q2', 'h', 'intro', 'recall', 'y', 0.5, 1, 0, 5000, 0, '1970-01-01'),
			       (1, 'pack', '2', 'a', 'q3', 'h', 'intro', 'recall', '', 0, 1, 1, 5000, 0, '1970-01-01'),
			       (2, 'pack', '2', 'a', 'q1', 'h', 'intro', 'recall', 'x', 1, 1, 0, 5000, 70000, '1970-01-01'),
			       (2, 'pack', '2', 'a', 'q2', 'h', 'intro', 'recall', 'y', 1, 1, 0, 5000, 70000, '1970-01-01'),
			       (3, 'pack', '2', 'a', 'q3', 'h', 'intro', 'recall', 'z', 1, 1, 0, 5000, 100000, '1970-01-01'),
			       (4, 'pack', '2', 'a', 'q2', 'h', 'intro', 'recall', 'y', 1, 1, 0, 5000, 120000, '1970-01-01')`)
	rawExec(t, filepath.Join(dir, StoreFile), statements...)
}

// A database from before attempts recorded their pool and retries is
// upgraded without losing anything: every attempt keeps its mode, pack
// version and answers, reads how many questions it drew, and an
// unfinished one can still be resumed. Reading it (brief scores on a
// student's copy) upgrades it in memory only.
func TestVersion4DatabaseIsUpgradedWithoutLoss(t *testing.T) {
	type want struct {
		mode, version string
		questions     int
		score         float64
	}
	wants := []want{{"practice", "2", 3, 1.5}, {"exam", "2", 2, 2}, {"review", "", 1, 1}}
	check := func(t *testing.T, s *Store) {
		t.Helper()
		rows, err := s.Attempts(AttemptFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(wants) {
			t.Fatalf("%d finished attempts, want %d: %+v", len(rows), len(wants), rows)
		}
		for i, w := range wants {
			r := rows[i]
			if r.Kind() != w.mode || r.PackVersion != w.version || r.Questions != w.questions || r.Score != w.score || r.Pool != 0 || r.Retry {
				t.Errorf("attempt %d: %s v%q %d questions (pool %d, retry %v) %v points; want %+v",
					r.ID, r.Kind(), r.PackVersion, r.Questions, r.Pool, r.Retry, r.Score, w)
			}
		}
		// Recorded before the pool was, an attempt is full when it drew
		// as many as the article has now.
		if !rows[0].Full(3) || rows[0].Full(4) || rows[1].Full(3) || rows[2].Full(1) {
			t.Errorf("full: practice at 3 of 3 %v, of 4 %v; exam at 2 of 3 %v; review %v; want true, false, false, false",
				rows[0].Full(3), rows[0].Full(4), rows[1].Full(3), rows[2].Full(1))
		}
		left, answers, err := s.UnfinishedAttempt("pack", "a")
		if err != nil || left == nil || left.ID != 4 || len(answers) != 1 || len(left.QuestionIDs) != 2 {
			t.Errorf("unfinished attempt %+v with %d answers (%v); want attempt 4 with 1", left, len(answers), err)
		}
	}

	t.Run("read", func(t *testing.T) {
		dir := t.TempDir()
		v4Store(t, dir)
		before, err := os.ReadFile(filepath.Join(dir, StoreFile))
		if err != nil {
			t.Fatal(err)
		}
		s, err := OpenToRead(dir)
		if err != nil {
			t.Fatal(err)
		}
		check(t, s)
		s.Close()
		if after, _ := os.ReadFile(filepath.Join(dir, StoreFile)); string(after) != string(before) {
			t.Errorf("reading changed the student's file")
		}
	})
	t.Run("open", func(t *testing.T) {
		dir := t.TempDir()
		v4Store(t, dir)
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var version int
		if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != SchemaVersion {
			t.Fatalf("user_version %d (%v), want %d", version, err, SchemaVersion)
		}
		check(t, s)
		// New attempts record what the old ones could not.
		id, err := s.StartAttempt(AttemptInfo{PackID: "pack", PackVersion: "3", ArticleID: "a", Mode: ModePractice,
			QuestionIDs: []string{"q1"}, Pool: 3, Retry: true, Started: time.UnixMilli(200000)})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.FinishAttempt(id, time.UnixMilli(210000)); err != nil {
			t.Fatal(err)
		}
		rows, err := s.Attempts(AttemptFilter{Since: time.UnixMilli(200000)})
		if err != nil || len(rows) != 1 || rows[0].Kind() != ModeRetry || rows[0].Pool != 3 || rows[0].Questions != 1 || rows[0].PackVersion != "3" {
			t.Errorf("new attempt read back as %+v (%v); want a retry of 1 of 3 at version 3", rows, err)
		}
	})
}
