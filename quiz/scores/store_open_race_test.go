package scores

import (
	"sync"
	"testing"
)

// Two brief processes started together (a student opening a second
// terminal, a teacher's script running several) may both find no database
// and both create it. SQLite answers the loser of the switch to WAL with
// SQLITE_BUSY at once, without waiting on the busy timeout, so opening has
// to wait for the winner itself. Separate *Store values in one process use
// separate connections and the same file locks as separate processes.
func TestConcurrentFirstOpensAllSucceed(t *testing.T) {
	const rounds, openers = 60, 6
	for range rounds {
		dir := t.TempDir()
		errs := make([]error, openers)
		stores := make([]*Store, openers)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range openers {
			wg.Go(func() {
				<-start
				stores[i], errs[i] = Open(dir)
			})
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("opener %d of %d on a new database: %v", i+1, openers, err)
			}
		}
		// Every one of them can write: the schema is whole and the
		// database is in WAL mode for all.
		for i, s := range stores {
			if _, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModePractice, QuestionIDs: []string{"q1"}}); err != nil {
				t.Errorf("opener %d: StartAttempt: %v", i+1, err)
			}
			var mode string
			if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("opener %d: journal_mode = %q, %v; want wal", i+1, mode, err)
			}
			s.Close()
		}
	}
}
