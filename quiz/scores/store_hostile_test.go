package scores

import (
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// rawExec runs statements on the database file at path with a plain
// SQLite connection, as another program (or a crafted file) would.
func rawExec(t *testing.T, path string, statements ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, st := range statements {
		if _, err := db.Exec(st); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
}

// folderState is every file in dir with its contents (but those of the
// files named in namesOnly), to tell whether anything was made or
// changed there.
func folderState(t *testing.T, dir string, namesOnly ...string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(namesOnly, e.Name()) {
			data = nil
		}
		fmt.Fprintf(&b, "%s (%d bytes) %x\n", e.Name(), len(data), data)
	}
	return b.String()
}

// assertUnchanged fails when dir does not hold what it held before.
func assertUnchanged(t *testing.T, dir, before string, namesOnly ...string) {
	t.Helper()
	if after := folderState(t, dir, namesOnly...); after != before {
		t.Errorf("the folder changed: it held\n%.300s\nand now holds\n%.300s", names(before), names(after))
	}
}

// names keeps the first line of each file of a folderState.
func names(state string) string {
	var out []string
	for line := range strings.Lines(state) {
		out = append(out, line[:strings.Index(line, ")")+1])
	}
	return strings.Join(out, ", ")
}

func TestOpenStoreRefusesADamagedSchemaVersion(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my data")
	finishedAttempt(t, dir)
	path := filepath.Join(dir, StoreFile)
	rawExec(t, path, "PRAGMA user_version = -5")
	before := folderState(t, dir)
	open := map[string]func(string) (*Store, error){"Open": Open, "OpenToRead": OpenToRead}
	for name, openIt := range open {
		t.Run(name, func(t *testing.T) {
			s, err := openIt(dir)
			if err == nil {
				s.Close()
				t.Fatal("opened a database whose schema version is -5")
			}
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "mv '"+path+"'") {
				t.Errorf("error %v, want ErrCorrupt with the mv hint", err)
			}
			assertUnchanged(t, dir, before)
		})
	}
}

func TestOpenStoreRefusesAForeignDatabaseUntouched(t *testing.T) {
	tests := map[string][]string{
		"another program's tables": {"CREATE TABLE mydata (x)", "INSERT INTO mydata VALUES (1)"},
		"a table named attempts":   {"CREATE TABLE attempts (x)", "INSERT INTO attempts VALUES (1)"},
		"its own schema version":   {"CREATE TABLE mydata (x)", "PRAGMA user_version = 2"},
		"brief's tables in part": append(strings.Split(strings.TrimSpace(migrations[0]), ";\n")[:1],
			"CREATE TABLE mydata (x)"),
	}
	for name, statements := range tests {
		for _, openName := range []string{"Open", "OpenToRead"} {
			t.Run(name+"/"+openName, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, StoreFile)
				rawExec(t, path, statements...)
				before := folderState(t, dir)
				openIt := Open
				if openName == "OpenToRead" {
					openIt = OpenToRead
				}
				s, err := openIt(dir)
				if err == nil {
					s.Close()
					t.Fatal("opened another program's database")
				}
				t.Logf("the student sees: %v", err)
				if !errors.Is(err, ErrCorrupt) || !strings.HasPrefix(err.Error(), "scores are not being saved: "+path+" is damaged or not a brief database") {
					t.Errorf("error %v, want ErrCorrupt saying it is not a brief database", err)
				}
				assertUnchanged(t, dir, before)
			})
		}
	}
}

// A brief database whose version was lost (a damaged header) is known
// by its tables, and carries on with its answers.
func TestOpenStoreKnowsBriefsTablesWithoutTheirVersion(t *testing.T) {
	dir := t.TempDir()
	finishedAttempt(t, dir)
	rawExec(t, filepath.Join(dir, StoreFile), "PRAGMA user_version = 0")
	r, err := OpenToRead(dir)
	if err != nil {
		t.Fatalf("open to read: %v", err)
	}
	assertReadsTheAttempt(t, r)
	r.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer s.Close()
	assertReadsTheAttempt(t, s)
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != SchemaVersion {
		t.Errorf("user_version = %d, %v; want it set again to %d", version, err, SchemaVersion)
	}
}

func TestOpenStoreRefusesBriefsDatabaseWithATableGone(t *testing.T) {
	dir := t.TempDir()
	finishedAttempt(t, dir)
	rawExec(t, filepath.Join(dir, StoreFile), "DROP TABLE tally_day")
	_, err := Open(dir)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "tally_day") {
		t.Errorf("error %v, want ErrCorrupt naming the missing table", err)
	}
}

// snapshotWhileOpen leaves in each of dirs the files a copy of a
// student's folder taken while brief was running, or after it was
// killed, holds: brief.db, with the finished attempt in brief.db-wal
// only, and the -shm file too if withShm.
func snapshotWhileOpen(t *testing.T, withShm bool, dirs ...string) {
	t.Helper()
	src := t.TempDir()
	finishedAttemptOpen(t, src, func() {
		files := []string{StoreFile, StoreFile + "-wal"}
		if withShm {
			files = append(files, StoreFile+"-shm")
		}
		for _, dir := range dirs {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				copyFile(t, filepath.Join(src, f), filepath.Join(dir, f))
			}
		}
	})
}

// finishedAttemptOpen records what finishedAttempt does and calls
// during while the store is still open.
func finishedAttemptOpen(t *testing.T, dir string, during func()) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recordFinished(t, s)
	if fileSize(filepath.Join(dir, StoreFile+"-wal")) == 0 {
		t.Fatal("the answers are not in the -wal file: the test cannot show anything")
	}
	during()
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// oldStore leaves in dir a database as the first schema left it, with
// one finished attempt scoring 1.
func oldStore(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	rawExec(t, filepath.Join(dir, StoreFile), migrations[0], "PRAGMA user_version = 1",
		`INSERT INTO attempts (id, pack_id, pack_version, article_id, mode, question_ids, seed, started, finished)
			VALUES (1, 'pack', '1', 'a', 'practice', '[]', 0, 0, 60000)`,
		`INSERT INTO answers (attempt_id, pack_id, pack_version, article_id, question_id, question_hash, section, level,
			given, points, max, skipped, elapsed_ms, at, day)
			VALUES (1, 'pack', '1', 'a', 'q1', 'h', 'intro', 'recall', 'x', 1, 1, 0, 5000, 0, '1970-01-01')`)
}

// copiesToRead makes, under root, the copies of a student's folder a
// teacher may be handed, and says how many finished attempts each holds.
func copiesToRead(t *testing.T, root string) map[string]int {
	t.Helper()
	want := map[string]int{}
	clean := filepath.Join(root, "closed cleanly")
	finishedAttempt(t, clean)
	want[clean] = 1

	snapshotWhileOpen(t, false, filepath.Join(root, "wal without shm"))
	want[filepath.Join(root, "wal without shm")] = 1
	snapshotWhileOpen(t, true, filepath.Join(root, "wal and shm"))
	want[filepath.Join(root, "wal and shm")] = 1

	emptyWAL := filepath.Join(root, "empty wal")
	finishedAttempt(t, emptyWAL)
	if err := os.WriteFile(filepath.Join(emptyWAL, StoreFile+"-wal"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	want[emptyWAL] = 1

	// After a crash, brief.db alone: the answers were all in the -wal.
	alone := filepath.Join(root, "database alone")
	snapshotWhileOpen(t, false, alone)
	if err := os.Remove(filepath.Join(alone, StoreFile+"-wal")); err != nil {
		t.Fatal(err)
	}
	want[alone] = 0

	old := filepath.Join(root, "older brief")
	oldStore(t, old)
	want[old] = 1
	return want
}

// assertReads opens dir to read and checks it lists n finished attempts.
func assertReads(t *testing.T, dir string, n int) {
	t.Helper()
	s, err := OpenToRead(dir)
	if err != nil {
		t.Fatalf("open to read: %v", err)
	}
	defer s.Close()
	rows, err := s.Attempts(AttemptFilter{})
	if err != nil || len(rows) != n {
		t.Fatalf("attempts = %+v, %v; want %d", rows, err, n)
	}
	if _, err := s.Stats(time.Now()); err != nil {
		t.Fatalf("stats: %v", err)
	}
}

// Reading a teacher's copy of a student's folder leaves it as it was:
// no -wal or -shm file made, no schema brought up to date on disk.
func TestReadingACopyChangesNothingInIt(t *testing.T) {
	for dir, n := range copiesToRead(t, t.TempDir()) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			// A copy with a -shm file is read as a live database is:
			// SQLite may rewrite the index in it, but makes nothing new.
			var shm []string
			if exists(filepath.Join(dir, StoreFile+"-shm")) {
				shm = []string{StoreFile + "-shm"}
			}
			before := folderState(t, dir, shm...)
			assertReads(t, dir, n)
			assertUnchanged(t, dir, before, shm...)
		})
	}
}

// A copy on a read-only disk is read whatever files travelled with it.
func TestReadingACopyOnAReadOnlyFileSystem(t *testing.T) {
	if !inMountNamespace(t) {
		return
	}
	fs := mountTmpfs(t, "size=8m")
	want := copiesToRead(t, fs)
	if err := syscall.Mount("tmpfs", fs, "tmpfs", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatalf("remount read-only: %v", err)
	}
	for _, dir := range slices.Sorted(maps.Keys(want)) {
		t.Run(filepath.Base(dir), func(t *testing.T) { assertReads(t, dir, want[dir]) })
	}
}

// Scores can be handed in while the disk is full, even with the -shm
// file a quiz on the full disk left cut short.
func TestReadingStoreOnAFullDisk(t *testing.T) {
	if !inMountNamespace(t) {
		return
	}
	fs := mountTmpfs(t, "size=2m")
	withWAL, noWAL := filepath.Join(fs, "wal"), filepath.Join(fs, "no wal")
	snapshotWhileOpen(t, false, withWAL)
	finishedAttempt(t, noWAL)
	for _, dir := range []string{withWAL, noWAL} {
		if err := os.WriteFile(filepath.Join(dir, StoreFile+"-shm"), []byte{0, 0, 0}, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	fillDisk(t, fs)
	for _, dir := range []string{withWAL, noWAL} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			// SQLite may grow the -shm file before it finds no room.
			shm := StoreFile + "-shm"
			before := folderState(t, dir, shm)
			assertReads(t, dir, 1)
			assertUnchanged(t, dir, before, shm)
		})
	}
}

// A -wal file that is not one (garbage, or from another database) is
// ignored, as SQLite ignores it, and a brief.db that is a link to a file
// elsewhere is read with the -wal beside that file.
func TestReadingWithAGarbageWALOrThroughALink(t *testing.T) {
	t.Run("garbage wal", func(t *testing.T) {
		dir := t.TempDir()
		finishedAttempt(t, dir)
		if err := os.WriteFile(filepath.Join(dir, StoreFile+"-wal"), []byte(strings.Repeat("garbage ", 1000)), 0o600); err != nil {
			t.Fatal(err)
		}
		before := folderState(t, dir)
		assertReads(t, dir, 1)
		assertUnchanged(t, dir, before)
	})
	t.Run("link", func(t *testing.T) {
		target, link := t.TempDir(), t.TempDir()
		snapshotWhileOpen(t, false, target)
		if err := os.Symlink(filepath.Join(target, StoreFile), filepath.Join(link, StoreFile)); err != nil {
			t.Fatal(err)
		}
		before := folderState(t, target)
		assertReads(t, link, 1)
		assertUnchanged(t, target, before)
	})
}
