package quiz

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// OpenStoreToRead opens the score database in dir for the commands that
// only report (brief scores, brief stats). It takes no write lock and
// writes nothing, so it works while another program holds the database
// locked, on a read-only disk, and on a copy of a student's file that the
// teacher collecting it may not write. Where the database needs writing
// first (an older brief made it), it is OpenStore. Where there is no
// database, nothing is made: the error matches ErrNoScores.
func OpenStoreToRead(dir string) (*Store, error) {
	path := filepath.Join(dir, StoreFile)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR):
		return nil, &noScoresError{path: path}
	case err != nil:
		return nil, readError(err, path)
	case !fi.Mode().IsRegular():
		return nil, &StoreError{Kind: ErrCorrupt, Dir: dir, Path: path, Err: errors.New("it is not a regular file")}
	}
	s, version, err := openReadOnly(dir, path, false)
	if err != nil && cannotOpen(err) && !exists(path+"-wal") {
		// A WAL database opened read-only needs its -shm file, which
		// SQLite cannot make in a directory it may not write. With no
		// -wal file beside it, everything is in the database file
		// itself, and "immutable" reads it without the -shm.
		s, version, err = openReadOnly(dir, path, true)
	}
	if err != nil {
		return nil, readError(err, path)
	}
	if version < len(migrations) {
		s.Close()
		return OpenStore(dir)
	}
	return s, nil
}

// openReadOnly opens path read-only and checks what it holds (see
// schemaVersion), which also proves it is a database.
func openReadOnly(dir, path string, immutable bool) (*Store, int, error) {
	s, err := openWith(dir, path, readDSN(path, immutable))
	if err != nil {
		return nil, 0, err
	}
	version, err := schemaVersion(context.Background(), s.db, dir, path)
	if err != nil {
		s.Close()
		return nil, 0, err
	}
	return s, version, nil
}

// readDSN is the connection string of a read-only store: SQLite's own
// mode=ro (and immutable, when asked), and the busy timeout for the
// moment a writer checkpoints.
func readDSN(path string, immutable bool) string {
	u := url.URL{Scheme: "file", Path: path, OmitHost: true}
	q := "?mode=ro&_pragma=busy_timeout(5000)"
	if immutable {
		q += "&immutable=1"
	}
	return u.String() + q
}

// cannotOpen reports whether err is SQLite failing to open a file (or
// the -shm file beside it), as it does for a WAL database in a
// directory it may not write.
func cannotOpen(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY:
		return true
	}
	return false
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// readError says what kept a read-only open from reading path. A file
// that is not a database is ErrCorrupt, as from OpenStore; anything else
// is said as a failure to read, not to save.
func readError(err error, path string) error {
	if se := (*StoreError)(nil); errors.As(err, &se) {
		return err
	}
	if kindOf(err) == ErrCorrupt {
		return &StoreError{Kind: ErrCorrupt, Dir: filepath.Dir(path), Path: path, Err: err}
	}
	return fmt.Errorf("cannot read the score database %s: %w", path, err)
}

// ErrNoScores means there is no score database where one was looked for:
// no quiz has been saved there, or the folder is not the one meant.
var ErrNoScores = errors.New("no score database")

type noScoresError struct{ path string }

func (e *noScoresError) Error() string {
	return fmt.Sprintf("there is no score database (%s) at %s", StoreFile, filepath.Dir(e.path))
}

func (e *noScoresError) Is(target error) bool { return target == ErrNoScores }

// emptyStores numbers the in-memory databases OpenEmptyStore makes, so
// that each is its own.
var emptyStores atomic.Int64

// OpenEmptyStore is a store with nothing in it, held in memory: what the
// reporting commands read when no quiz has been saved yet, so that they
// print "no attempts" without making a database on disk.
func OpenEmptyStore() (*Store, error) {
	// A shared cache makes every pooled connection see the one
	// in-memory database rather than each its own.
	name := fmt.Sprintf("file:brief-empty-%d?mode=memory&cache=shared", emptyStores.Add(1))
	s, err := openWith("", "(none)", name)
	if err != nil {
		return nil, err
	}
	if err := s.migrate(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}
