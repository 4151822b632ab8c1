package scores

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// finishedAttempt records one finished attempt with one right answer in
// a store in dir, and closes it, as a quiz that ended does.
func finishedAttempt(t *testing.T, dir string) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recordFinished(t, s)
}

// recordFinished records one finished attempt with one right answer.
func recordFinished(t *testing.T, s *Store) {
	t.Helper()
	id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "a", Mode: ModePractice})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(answer(id, "a", "q1", 1, 1, time.Now())); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishAttempt(id, time.Now()); err != nil {
		t.Fatal(err)
	}
}

// assertReadsTheAttempt checks the reading store lists the one attempt
// finishedAttempt made, and its stats count its answer.
func assertReadsTheAttempt(t *testing.T, s *Store) {
	t.Helper()
	rows, err := s.Attempts(AttemptFilter{})
	if err != nil || len(rows) != 1 || rows[0].Score != 1 {
		t.Fatalf("attempts = %+v, %v; want the one finished attempt scoring 1", rows, err)
	}
	st, err := s.Stats(time.Now())
	if err != nil || st.Answers != 1 {
		t.Fatalf("stats: %+v, %v; want 1 answer", st, err)
	}
}

// A teacher collecting results, or a student checking scores, must not
// be turned away because another program is in the middle of writing:
// reading takes no lock, where opening to write waits out the busy
// timeout and fails.
func TestReadingStoreWhileAnotherProgramHoldsTheWriteLock(t *testing.T) {
	dir := t.TempDir()
	finishedAttempt(t, dir)

	holder, err := sql.Open("sqlite", dsn(filepath.Join(dir, StoreFile)))
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	conn, err := holder.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")

	s, err := OpenToRead(dir)
	if err != nil {
		t.Fatalf("open to read while another holds the write lock: %v", err)
	}
	defer s.Close()
	assertReadsTheAttempt(t, s)
}

func TestReadingStoreWritesNothing(t *testing.T) {
	dir := t.TempDir()
	finishedAttempt(t, dir)
	path := filepath.Join(dir, StoreFile)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := OpenToRead(dir)
	if err != nil {
		t.Fatal(err)
	}
	assertReadsTheAttempt(t, s)
	if err := s.RecordAnswer(answer(1, "a", "q2", 1, 1, time.Now())); err == nil {
		t.Error("a store opened to read recorded an answer")
	}
	s.Close()
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Error("opening to read changed the database file")
	}
}

func TestReadingStoreWhereThereIsNoneMakesNothing(t *testing.T) {
	for name, dir := range map[string]string{
		"empty folder":   t.TempDir(),
		"no such folder": filepath.Join(t.TempDir(), "anna"),
	} {
		t.Run(name, func(t *testing.T) {
			s, err := OpenToRead(dir)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, ErrNoScores) || !strings.Contains(err.Error(), dir) {
				t.Fatalf("error %v, want ErrNoScores naming %s", err, dir)
			}
			if _, err := os.Stat(filepath.Join(dir, StoreFile)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a database was made: %v", err)
			}
		})
	}
}

func TestEmptyStoreReadsAsNoAttempts(t *testing.T) {
	s, err := OpenEmpty()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.Attempts(AttemptFilter{})
	if err != nil || len(rows) != 0 {
		t.Fatalf("attempts = %v, %v; want none", rows, err)
	}
	st, err := s.Stats(time.Now())
	if err != nil || st.Answers != 0 {
		t.Fatalf("stats = %+v, %v; want no answers", st, err)
	}
}

func TestReadingStoreRefusesWhatItCannotRead(t *testing.T) {
	t.Run("not a database", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, StoreFile)
		junk := []byte(strings.Repeat("not a database\n", 400))
		if err := os.WriteFile(path, junk, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := OpenToRead(dir)
		if err == nil {
			s.Close()
			t.Fatal("opened a file that is not a database")
		}
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("error %v, want ErrCorrupt", err)
		}
		if got, _ := os.ReadFile(path); string(got) != string(junk) {
			t.Error("the file was changed")
		}
	})
	t.Run("from a newer brief", func(t *testing.T) {
		dir := t.TempDir()
		finishedAttempt(t, dir)
		db, err := sql.Open("sqlite", dsn(filepath.Join(dir, StoreFile)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec("PRAGMA user_version = 999"); err != nil {
			t.Fatal(err)
		}
		db.Close()
		s, err := OpenToRead(dir)
		if err == nil {
			s.Close()
		}
		if !errors.Is(err, ErrNewerSchema) {
			t.Errorf("error %v, want ErrNewerSchema", err)
		}
	})
}

// Scores on a read-only disk (a copy handed in on read-only media, a
// share mounted read-only) are still listed.
func TestReadingStoreOnAReadOnlyFileSystem(t *testing.T) {
	if !inMountNamespace(t) {
		return
	}
	fs := mountTmpfs(t, "size=4m")
	finishedAttempt(t, fs)
	if err := syscall.Mount("tmpfs", fs, "tmpfs", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatalf("remount read-only: %v", err)
	}
	s, err := OpenToRead(fs)
	if err != nil {
		t.Fatalf("open to read on a read-only file system: %v", err)
	}
	defer s.Close()
	assertReadsTheAttempt(t, s)
}
