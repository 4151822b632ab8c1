// Package scores is the student's local history in one SQLite file:
// attempts, every answer given, the review schedule and reading time.
package scores

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"
)

// StoreFile is the name of the score database inside the data directory.
const StoreFile = "brief.db"

// Store is the student's local history: attempts, every answer given, the
// review schedule and reading time, in one SQLite file. It is safe to use
// from several goroutines and from several brief processes at once.
type Store struct {
	db   *sql.DB
	pin  *sql.Conn // keeps an in-memory database alive (see inMemory)
	keep *Store    // the writable handle of an in-memory copy, and its pin
	dir  string
	path string

	token  string // tells this store's claims on attempts from others' (see checkClaim)
	claims claims
}

// Open opens (creating if needed) the score database in dir and brings
// its schema up to date. Errors a student can act on are *StoreError values
// matching ErrNotWritable, ErrDiskFull or ErrCorrupt with errors.Is; a
// database that cannot be read is never modified, moved or deleted.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, classify(err, dir, "")
	}
	path := filepath.Join(dir, StoreFile)
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, &StoreError{Kind: ErrCorrupt, Dir: dir, Path: path, Err: errors.New("it is not a regular file")}
	} else if err == nil && fi.Size() > 0 {
		if err := checkBeforeWriting(dir, path); err != nil {
			return nil, err
		}
	}
	// Another brief starting at the same moment may be creating the same
	// database. SQLite gives the loser of the switch to WAL (and of a first
	// migration) SQLITE_BUSY at once rather than after the busy timeout,
	// because it would otherwise deadlock; so wait for the winner here,
	// with the same bound as the busy timeout.
	deadline := time.Now().Add(openBusyWait)
	for delay := time.Millisecond; ; delay = min(2*delay, 50*time.Millisecond) {
		s, err := openOnce(dir, path)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return s, classify(err, dir, path)
		}
		time.Sleep(delay)
	}
}

// checkBeforeWriting refuses, before anything is written to it, a
// database brief cannot have written (see schemaVersion). It reads as
// OpenToRead does, making no file, because opening for writing
// switches the database to WAL and makes -wal and -shm files beside it,
// which would change another program's database and leave litter
// beside a damaged one. Whatever else goes wrong here, opening for
// writing finds again and reports.
func checkBeforeWriting(dir, path string) error {
	db, err := sql.Open("sqlite", readDSN(path, readModeOf(path)))
	if err != nil {
		return nil
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	_, err = schemaVersion(context.Background(), db, dir, path)
	if se := (*StoreError)(nil); errors.As(err, &se) {
		return err
	}
	return nil
}

// openBusyWait is how long Open waits for another process that holds
// the database's locks; it matches the busy timeout in dsn.
const openBusyWait = 5 * time.Second

// openOnce opens the database and brings its schema up to date, once.
func openOnce(dir, path string) (*Store, error) {
	s, err := openWith(dir, path, dsn(path))
	if err != nil {
		return nil, err
	}
	if err := s.migrate(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// openWith makes the Store for path's database, connecting with dsn.
func openWith(dir, path, dsn string) (*Store, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// Each connection has its own page cache; a handful is plenty for one
	// student and bounds the memory a burst of queries can take.
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	return &Store{db: db, dir: dir, path: path, token: newToken()}, nil
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_BUSY
}

// dsn builds the connection string. The pragmas are DSN parameters so that
// every pooled connection gets them, and _txlock=immediate takes the write
// lock when a transaction begins: two processes that both begin with a read
// and then try to write would otherwise fail with SQLITE_BUSY regardless of
// the busy timeout.
func dsn(path string) string {
	u := url.URL{Scheme: "file", Path: path, OmitHost: true}
	return u.String() + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate"
}

// Path is the database file, for messages.
func (s *Store) Path() string { return s.path }

// Close releases the database, and the attempts this store has open for
// another brief to resume. Everything recorded is already on disk.
func (s *Store) Close() error {
	s.releaseClaims()
	if s.pin != nil {
		s.pin.Close()
	}
	err := s.db.Close()
	if s.keep != nil {
		s.keep.Close()
	}
	return err
}

// write runs fn in its own immediate transaction and commits it, so what fn
// wrote is on disk when write returns.
func (s *Store) write(fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		return s.classify(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return s.classify(err)
	}
	if err := tx.Commit(); err != nil {
		return s.classify(err)
	}
	return nil
}

// classify turns a database error into a *StoreError when the student can
// do something about it.
func (s *Store) classify(err error) error { return classify(err, s.dir, s.path) }

// millis is how times are stored: Unix milliseconds, which sort and
// compare as integers.
func millis(t time.Time) int64 { return t.UnixMilli() }

// fromMillis reads a stored time back in the local time zone.
func fromMillis(ms int64) time.Time { return time.UnixMilli(ms) }

// dayOf is the calendar day of t in its own location, the unit of streaks
// and daily accuracy: an answer belongs to the day the student saw it.
func dayOf(t time.Time) string { return t.Format(time.DateOnly) }
