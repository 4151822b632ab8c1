package scores

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"

	"modernc.org/sqlite"
)

// OpenToRead opens the score database in dir for the commands that
// only report (brief scores, brief stats). It takes no write lock and
// writes nothing, so it works while another program holds the database
// locked, on a read-only or full disk, and on a copy of a student's file
// that the teacher collecting it may not write; and it leaves that copy
// as it found it, making no -wal or -shm file beside it. A database from
// an older brief is brought up to date in memory, not on disk. Where
// there is no database, nothing is made: the error matches ErrNoScores.
// An empty database file reads as no scores.
func OpenToRead(dir string) (*Store, error) {
	path := filepath.Join(dir, StoreFile)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR):
		return nil, &noScoresError{path: path}
	case err != nil:
		return nil, readError(err, path)
	case !fi.Mode().IsRegular():
		return nil, &StoreError{Kind: ErrCorrupt, Dir: dir, Path: path, Err: errors.New("it is not a regular file")}
	case fi.Size() == 0:
		// What Open would start a new database in. (SQLite, asked
		// to read it, would delete a -wal file beside it.)
		return OpenEmpty()
	}
	ctx := context.Background()
	mode := readModeOf(path)
	s, version, err := openToRead(ctx, dir, path, mode)
	if err != nil && mode == readShared && !isBusy(err) && !errors.As(err, new(*StoreError)) {
		// The -shm file cannot be used here (a read-only disk, a full
		// one, a file cut short by a crash): read without it.
		s, version, err = openToRead(ctx, dir, path, readUnlocked)
	}
	if err != nil {
		return nil, readError(err, path)
	}
	switch {
	case version == 0:
		s.Close()
		return OpenEmpty() // a database no answer was ever saved to
	case version < len(migrations) || mode != readShared:
		// Without locks, the file is read safely only for a moment:
		// another brief may start saving to it and copy its -wal into
		// it. A copy in memory, taken in one read, holds still however
		// long the stats screen stays open.
		m, err := s.inMemory(ctx)
		s.Close()
		if err != nil {
			return nil, readError(err, path)
		}
		return m, nil
	}
	return s, nil
}

// How a store opened to read reads the database file and the -wal file
// beside it, which holds the answers saved since the last checkpoint
// (after a crash, maybe all of them).
type readMode int

const (
	// readImmutable reads the database file alone, with no lock and no
	// -wal or -shm file: for a database with no -wal, or an empty one.
	readImmutable readMode = iota
	// readUnlocked reads the database file and its -wal, keeping the
	// -wal's index in memory rather than in the -shm file (SQLite's
	// exclusive locking mode), and takes no lock, so it makes and
	// changes no file: for a -wal without a -shm beside it, which no
	// brief still writing can leave (every one has the -shm open), and
	// where the -shm cannot be used.
	readUnlocked
	// readShared reads as SQLite normally does, with locks and the
	// -shm file, which a brief may be writing through right now: for a
	// -wal with a -shm beside it.
	readShared
)

// readModeOf chooses how to read the database at path, from the files
// beside it. Copying the files to a temporary folder first was the other
// way considered: it needs room on a disk that may be full, and can copy
// a live database torn. Reading in place needs neither; where it takes
// no lock, OpenToRead copies the database into memory through
// SQLite, in one read, at once.
func readModeOf(path string) readMode {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // SQLite keeps the -wal and -shm beside the file a link points to
	}
	switch {
	case fileSize(path+"-wal") == 0:
		return readImmutable
	case !exists(path + "-shm"):
		return readUnlocked
	}
	return readShared
}

// A connection opened read-only never deletes the -wal file: SQLite
// deletes it when the last connection closes and finds it holds nothing
// more for the database file, which a reader on a writable copy (in
// readUnlocked mode, with no lock to tell it other readers exist) would
// otherwise do to an empty or garbage -wal.
func init() {
	sqlite.RegisterConnectionHook(func(c sqlite.ExecQuerierContext, dsn string) error {
		if !strings.Contains(dsn, "?mode=ro") {
			return nil
		}
		fc, ok := c.(sqlite.FileControl)
		if !ok {
			return errors.New("cannot keep the -wal file of a database opened to read")
		}
		_, err := fc.FileControlPersistWAL("main", 1)
		return err
	})
}

// openToRead opens path read-only in the given mode and checks what it
// holds (see schemaVersion), which also proves it is a database.
func openToRead(ctx context.Context, dir, path string, mode readMode) (*Store, int, error) {
	s, err := openWith(dir, path, readDSN(path, mode))
	if err != nil {
		return nil, 0, err
	}
	version, err := schemaVersion(ctx, s.db, dir, path)
	if err != nil {
		s.Close()
		return nil, 0, err
	}
	return s, version, nil
}

// readDSN is the connection string of a read-only store in a mode.
func readDSN(path string, mode readMode) string {
	u := url.URL{Scheme: "file", Path: path, OmitHost: true}
	q := "?mode=ro"
	switch mode {
	case readImmutable:
		q += "&immutable=1"
	case readUnlocked:
		// unix-none takes no file locks, which a file opened read-only
		// could not take in exclusive mode anyway.
		q += "&vfs=unix-none&_pragma=locking_mode(EXCLUSIVE)"
	case readShared:
		// The busy timeout is for the moment a writer checkpoints.
		q += "&_pragma=busy_timeout(5000)"
	}
	return u.String() + q
}

// inMemory copies the database into memory, in one read, and brings the
// copy's schema up to date there, so that an older brief's database,
// read by a newer one, is not changed on disk. The copy is read-only as
// the database is.
func (s *Store) inMemory(ctx context.Context) (*Store, error) {
	uri := fmt.Sprintf("file:/brief-read-%d?vfs=memdb", memoryStores.Add(1))
	keep, err := openWith(s.dir, s.path, uri)
	if err != nil {
		return nil, err
	}
	// The in-memory database lasts while a connection to it is open.
	if keep.pin, err = keep.db.Conn(ctx); err != nil {
		keep.Close()
		return nil, err
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", uri); err != nil {
		keep.Close()
		return nil, err
	}
	if err := keep.migrate(ctx); err != nil {
		keep.Close()
		return nil, err
	}
	m, err := openWith(s.dir, s.path, uri+"&_pragma=query_only(1)")
	if err != nil {
		keep.Close()
		return nil, err
	}
	m.keep = keep
	return m, nil
}

// memoryStores numbers the in-memory databases, so that each is its own.
var memoryStores atomic.Int64

// fileSize is the size of the file at path, 0 when there is none.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// readError says what kept a read-only open from reading path. A file
// that is not a database is ErrCorrupt, as from Open; anything else
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

// OpenEmpty is a store with nothing in it, held in memory: what the
// reporting commands read when no quiz has been saved yet, so that they
// print "no attempts" without making a database on disk.
func OpenEmpty() (*Store, error) {
	// A shared cache makes every pooled connection see the one
	// in-memory database rather than each its own.
	name := fmt.Sprintf("file:brief-empty-%d?mode=memory&cache=shared", memoryStores.Add(1))
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
