package quiz

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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
	before := mustRead(t, path)
	open := map[string]func(string) (*Store, error){"OpenStore": OpenStore, "OpenStoreToRead": OpenStoreToRead}
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
			if !bytes.Equal(mustRead(t, path), before) {
				t.Error("the database was changed")
			}
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
		for _, openName := range []string{"OpenStore", "OpenStoreToRead"} {
			t.Run(name+"/"+openName, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, StoreFile)
				rawExec(t, path, statements...)
				before := folderState(t, dir)
				openIt := OpenStore
				if openName == "OpenStoreToRead" {
					openIt = OpenStoreToRead
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
	r, err := OpenStoreToRead(dir)
	if err != nil {
		t.Fatalf("open to read: %v", err)
	}
	assertReadsTheAttempt(t, r)
	r.Close()
	s, err := OpenStore(dir)
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
	_, err := OpenStore(dir)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "tally_day") {
		t.Errorf("error %v, want ErrCorrupt naming the missing table", err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
