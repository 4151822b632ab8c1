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

// Read-only and full file systems are real ones: a small tmpfs mounted in a
// private mount namespace of a child process (a user namespace makes that
// possible without privileges, and keeps the mount away from the host).
// The test re-runs itself in that child, where mountEnv is set.
const mountEnv = "BRIEF_STORE_MOUNT_TEST"

// inMountNamespace reports whether the test is the child; if it is not, it
// runs the same test in a child with its own user and mount namespaces and
// reports the child's result.
func inMountNamespace(t *testing.T) bool {
	t.Helper()
	if os.Getenv(mountEnv) == t.Name() {
		// Mounts made here must not propagate anywhere.
		if err := syscall.Mount("", "/", "", syscall.MS_REC|syscall.MS_PRIVATE, ""); err != nil {
			t.Fatalf("make mounts private: %v", err)
		}
		return true
	}
	out, err := runInMountNamespace(t, true)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) && os.Getuid() == 0 {
		// The kernel refuses user namespaces (some containers do), but
		// root may make a mount namespace without one.
		out, err = runInMountNamespace(t, false)
	}
	if err != nil && !errors.As(err, &exit) {
		// Only when the kernel refuses both: nothing in brief is at
		// fault, and there is no honest way to fill or freeze a disk.
		t.Skipf("cannot start a child in a private mount namespace here: %v", err)
	}
	if err != nil {
		t.Fatalf("child in a mount namespace failed: %v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("--- PASS: "+t.Name())) {
		t.Fatalf("child did not run the test:\n%s", out)
	}
	return false
}

// runInMountNamespace runs the current test again in a child with its own
// mount namespace, and its own user namespace too if asUser (so that no
// privilege is needed), and returns the child's output.
func runInMountNamespace(t *testing.T, asUser bool) ([]byte, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Env = append(os.Environ(), mountEnv+"="+t.Name())
	cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNS}
	if asUser {
		cmd.SysProcAttr.Cloneflags |= syscall.CLONE_NEWUSER
		cmd.SysProcAttr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}
		cmd.SysProcAttr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}}
	}
	return cmd.CombinedOutput()
}

// mountTmpfs mounts a tmpfs with the given options on a fresh directory.
func mountTmpfs(t *testing.T, opts string) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, opts); err != nil {
		t.Fatalf("mount tmpfs: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// fillDisk writes a file in dir until the file system is full.
func fillDisk(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 4096)
	for {
		if _, err := f.Write(block); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("fill the disk: %v", err)
			}
			return path
		}
	}
}

func TestStoreOnAReadOnlyFileSystem(t *testing.T) {
	if !inMountNamespace(t) {
		return
	}
	fs := mountTmpfs(t, "size=4m")
	existing := filepath.Join(fs, "existing")
	s, err := Open(existing)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := s.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "a", Mode: ModeExam})
	if err := s.RecordAnswer(answer(id, "a", "q", 1, 1, time.Now())); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Mkdir(filepath.Join(fs, "empty"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", fs, "tmpfs", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatalf("remount read-only: %v", err)
	}
	tests := map[string]string{
		"existing store":            existing,
		"empty directory":           filepath.Join(fs, "empty"),
		"directory not created yet": filepath.Join(fs, "new", "brief"),
	}
	for name, dir := range tests {
		t.Run(name, func(t *testing.T) {
			s, err := Open(dir)
			if err == nil {
				s.Close()
			}
			assertNotWritable(t, err, dir)
		})
	}
}

func TestStoreOnAFullDisk(t *testing.T) {
	if !inMountNamespace(t) {
		return
	}
	t.Run("opening", func(t *testing.T) {
		fs := mountTmpfs(t, "size=256k")
		fillDisk(t, fs)
		s, err := Open(fs)
		if err == nil {
			s.Close()
		}
		assertDiskFull(t, err, fs)
	})
	t.Run("answering", func(t *testing.T) {
		fs := mountTmpfs(t, "size=1m")
		s, err := Open(fs)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		id, err := s.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "a", Mode: ModeExam})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"q1", "q2", "q3"} {
			if err := s.RecordAnswer(answer(id, "a", q, 0, 1, time.Now())); err != nil {
				t.Fatal(err)
			}
		}
		filler := fillDisk(t, fs)
		var full error
		// The WAL may have room left in blocks it already holds; keep
		// answering until a write needs a new block.
		for i := 0; i < 1000 && full == nil; i++ {
			full = s.RecordAnswer(answer(id, "a", "more", 0, 1, time.Now()))
		}
		assertDiskFull(t, full, fs)
		// What was recorded before the disk filled is still there...
		_, answers, err := s.UnfinishedAttempt("p", "a")
		if err != nil || len(answers) < 3 {
			t.Fatalf("after the disk filled: %d answers, %v; want the 3 recorded", len(answers), err)
		}
		// ...and once there is room again, recording carries on.
		if err := os.Remove(filler); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordAnswer(answer(id, "a", "q4", 1, 1, time.Now())); err != nil {
			t.Fatalf("after freeing space: %v", err)
		}
		var check string
		if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
			t.Errorf("integrity_check = %q, %v", check, err)
		}
	})
}

// assertDiskFull checks err is the disk-full error a student sees.
func assertDiskFull(t *testing.T, err error, dir string) {
	t.Helper()
	t.Logf("the student sees: %v", err)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("error %v, want ErrDiskFull", err)
	}
	want := "scores are not being saved: the disk holding " + dir + " is full"
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q, want it to start %q", err.Error(), want)
	}
}
