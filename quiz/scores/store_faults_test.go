package scores

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestOpenStoreNeverTouchesACorruptDatabase(t *testing.T) {
	tests := map[string]func(t *testing.T, path string){
		"garbage bytes": func(t *testing.T, path string) {
			garbage := bytes.Repeat([]byte("this is not a database\x00\xff"), 500)
			if err := os.WriteFile(path, garbage, 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"damaged schema page": func(t *testing.T, path string) {
			// A real store whose first page, past the 100-byte header, is
			// overwritten: SQLite sees a database but a malformed schema.
			s, err := Open(filepath.Dir(path))
			if err != nil {
				t.Fatal(err)
			}
			id, _ := s.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "a", Mode: ModeExam})
			s.RecordAnswer(answer(id, "a", "q", 1, 1, time.Now()))
			s.Close()
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for i := 100; i < 4096 && i < len(data); i++ {
				data[i] = 0xA5
			}
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"truncated header": func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte("SQLite format 3\x00\x10\x00"), 0o600); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, prepare := range tests {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "my data") // a space, so the mv hint must quote
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, StoreFile)
			prepare(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("Open on a corrupt file succeeded")
			}
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Open: %v, want ErrCorrupt", err)
			}
			msg := err.Error()
			quoted := "'" + path + "'"
			for _, want := range []string{path, "move it aside", "mv " + quoted + " '" + path + ".bad'", "to start a new one"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not contain %q", msg, want)
				}
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("the corrupt file is gone: %v", err)
			}
			if !bytes.Equal(before, after) {
				t.Error("the corrupt file was modified")
			}
		})
	}
}

func TestOpenStoreOnAFileInsteadOfADirectory(t *testing.T) {
	// Works for root too: no permission bit is involved.
	file := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(file, []byte("notes"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(file)
	assertNotWritable(t, err, file)
	if got, _ := os.ReadFile(file); string(got) != "notes" {
		t.Errorf("the file in the way was changed to %q", got)
	}
}

func TestOpenStoreDirectoryIsADirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, StoreFile), 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "mv ") {
		t.Fatalf("Open with a directory named %s: %v, want ErrCorrupt with the mv hint", StoreFile, err)
	}
}

// assertNotWritable checks err is the read-only error a student sees.
func assertNotWritable(t *testing.T, err error, dir string) {
	t.Helper()
	t.Logf("the student sees: %v", err)
	if !errors.Is(err, ErrNotWritable) {
		t.Fatalf("error %v, want ErrNotWritable", err)
	}
	want := "scores are not being saved: " + dir + " is not writable"
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q, want it to start %q", err.Error(), want)
	}
}

// The permission test: a directory the student cannot write to. Root
// ignores permission bits, so as root the check runs in a child process
// with the uid of nobody.
const (
	nobodyEnv = "BRIEF_STORE_NOBODY_DIR"
	nobodyUID = 65534
)

func TestOpenStoreInADirectoryWithoutWritePermission(t *testing.T) {
	if dir := os.Getenv(nobodyEnv); dir != "" {
		checkNoPermission(t, dir)
		return
	}
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		prepareNoPermission(t, dir)
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
		checkNoPermission(t, dir)
		return
	}
	// As root: the test binary and the data directory must be reachable by
	// nobody, so both live in fresh directories under the system temp dir.
	binDir := mkdirShared(t)
	bin := filepath.Join(binDir, "quiz.test")
	data, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := mkdirShared(t)
	prepareNoPermission(t, dir)
	cmd := exec.Command(bin, "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Env = append(os.Environ(), nobodyEnv+"="+dir, "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobodyUID, Gid: nobodyUID}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child as nobody failed: %v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("--- PASS: "+t.Name())) {
		t.Fatalf("child as nobody did not run the test:\n%s", out)
	}
}

// mkdirShared makes a directory everyone may enter but only its owner may
// write, removed after the test.
func mkdirShared(t *testing.T) string {
	dir, err := os.MkdirTemp("", "brief-store-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700); os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// prepareNoPermission leaves in dir a store with one answer, then takes
// write permission away from the directory and the database.
func prepareNoPermission(t *testing.T, dir string) {
	existing := filepath.Join(dir, "existing")
	s, err := Open(existing)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := s.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "a", Mode: ModeExam})
	s.RecordAnswer(answer(id, "a", "q", 1, 1, time.Now()))
	s.Close()
	for path, mode := range map[string]os.FileMode{
		filepath.Join(existing, StoreFile): 0o444, existing: 0o555, dir: 0o555,
	} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
	}
}

// checkNoPermission runs as a user who cannot write dir.
func checkNoPermission(t *testing.T, dir string) {
	if err := os.WriteFile(filepath.Join(dir, "probe"), nil, 0o600); err == nil {
		t.Fatalf("%s is writable: the test cannot show anything", dir)
	}
	tests := map[string]string{
		"new store in the directory":     dir,
		"new directory inside it":        filepath.Join(dir, "sub"),
		"existing store, read-only file": filepath.Join(dir, "existing"),
	}
	for name, d := range tests {
		t.Run(name, func(t *testing.T) {
			s, err := Open(d)
			if err == nil {
				s.Close()
			}
			assertNotWritable(t, err, d)
		})
	}
}
