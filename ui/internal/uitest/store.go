package uitest

import (
	"context"
	"database/sql"
	"sync"
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// Store opens a score store in a temporary directory, closed when the
// test ends.
func Store(t *testing.T) *scores.Store {
	t.Helper()
	st, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// WaitIdle waits until w has run every write queued, however long that
// takes (a store let go at last): after a test, so that no write is left
// running on a store about to be closed.
func WaitIdle(t *testing.T, w *study.Writer) {
	for deadline := time.Now().Add(30 * time.Second); !w.Idle(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Error("the writer is still writing after 30 s")
			return
		}
	}
}

// LockStore takes the store's write lock from a second connection, as
// another brief saving at that moment would, until unlock is called (at
// the latest when the test ends). Reads go on meanwhile: the store is in
// WAL mode.
func LockStore(t *testing.T, st *scores.Store) (unlock func()) {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", st.Path())
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	unlock = func() {
		once.Do(func() {
			conn.ExecContext(ctx, "ROLLBACK")
			conn.Close()
			db.Close()
		})
	}
	t.Cleanup(unlock)
	return unlock
}

// BeginAt starts recording a quiz at the article into st.
func BeginAt(t *testing.T, st *scores.Store, p *content.Pack, a *content.Article, exam bool) *scores.Recorder {
	t.Helper()
	mode := scores.ModePractice
	if exam {
		mode = scores.ModeExam
	}
	rec, err := st.Begin(scores.AttemptInfo{PackID: p.ID, ArticleID: a.ID, Mode: mode, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// Recorded reads back the answers of the article's unfinished attempt.
func Recorded(t *testing.T, st *scores.Store, p *content.Pack, a *content.Article) []quiz.AnswerRecord {
	t.Helper()
	_, answers, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	return answers
}
