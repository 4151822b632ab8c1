package scores

import (
	"errors"
	"fmt"
	"strings"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// The kinds of store failure a student can act on. Match them with
// errors.Is; the *StoreError carrying them has the message to show.
var (
	// ErrNotWritable means the data directory or database cannot be written
	// (read-only file system, no permission, or not a directory).
	ErrNotWritable = errors.New("not writable")
	// ErrDiskFull means the disk holding the data directory has no room left.
	ErrDiskFull = errors.New("disk full")
	// ErrCorrupt means the database file is not a database brief can read.
	ErrCorrupt = errors.New("corrupt database")
	// ErrNewerSchema means a newer brief has written the database.
	ErrNewerSchema = errors.New("database from a newer brief")
)

// StoreError is a store failure with what the student should know: which
// kind it is, where, and (in Error) what to do next.
type StoreError struct {
	Kind error  // ErrNotWritable, ErrDiskFull, ErrCorrupt or ErrNewerSchema
	Dir  string // the data directory
	Path string // the database file
	Err  error  // the underlying error
}

// Error says what is wrong, where, and what to do about it.
func (e *StoreError) Error() string {
	switch e.Kind {
	case ErrNotWritable:
		return fmt.Sprintf("scores are not being saved: %s is not writable (%v)", e.Dir, e.Err)
	case ErrDiskFull:
		return fmt.Sprintf("scores are not being saved: the disk holding %s is full; free some space on it", e.Dir)
	case ErrCorrupt:
		return fmt.Sprintf("scores are not being saved: %s is damaged or not a brief database (%v); "+
			"it has been left untouched: move it aside (mv %s %s) to start a new one",
			e.Path, e.Err, shellQuote(e.Path), shellQuote(e.Path+".bad"))
	case ErrNewerSchema:
		return fmt.Sprintf("scores are not being saved: %s was written by a newer version of brief (%v); update brief", e.Path, e.Err)
	}
	return fmt.Sprintf("score database %s: %v", e.Path, e.Err)
}

// Unwrap lets errors.Is match both the kind and the underlying error.
func (e *StoreError) Unwrap() []error { return []error{e.Kind, e.Err} }

// classify maps an error from the file system or SQLite to a *StoreError
// when it is one of the kinds a student can act on; other errors are
// returned wrapped with the database path.
func classify(err error, dir, path string) error {
	if err == nil {
		return nil
	}
	var se *StoreError
	if errors.As(err, &se) {
		return err
	}
	kind := kindOf(err)
	var e *sqlite.Error
	isSQLite := errors.As(err, &e)
	if kind == nil && isSQLite && e.Code()&0xff == sqlite3.SQLITE_IOERR && diskIsFull(dir) {
		// SQLite reports a failed write to the -shm file as an I/O error;
		// when the disk has no room, that is the cause.
		kind = ErrDiskFull
	}
	if kind == nil {
		if !isSQLite {
			return err
		}
		if path == "" {
			path = dir
		}
		return fmt.Errorf("score database %s: %w", path, err)
	}
	return &StoreError{Kind: kind, Dir: dir, Path: path, Err: err}
}

// kindOf recognises the actionable kinds from errno or SQLite result codes.
func kindOf(err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return ErrDiskFull
	case errors.Is(err, syscall.EROFS), errors.Is(err, syscall.EACCES),
		errors.Is(err, syscall.EPERM), errors.Is(err, syscall.ENOTDIR):
		return ErrNotWritable
	}
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return nil
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_FULL:
		return ErrDiskFull
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
		return ErrNotWritable
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		return ErrCorrupt
	}
	return nil
}

// diskIsFull reports whether the file system holding dir has less than a
// few pages free for an unprivileged writer.
func diskIsFull(dir string) bool {
	var st syscall.Statfs_t
	if dir == "" || syscall.Statfs(dir, &st) != nil {
		return false
	}
	return st.Bavail*uint64(st.Bsize) < 64<<10
}

// shellQuote quotes a path for a command the student can paste into a
// POSIX shell.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+,:@") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
