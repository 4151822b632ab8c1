package startgc

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The ballast is made at start when the user has not tuned the
// collector, and Done lets it go.
func TestDoneDropsTheBallast(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Setenv("GOGC", "")
		t.Setenv("GOMEMLIMIT", "")
		rerun(t, "TestDoneDropsTheBallast")
		return
	}
	if len(ballast) != ballastSize {
		t.Fatalf("the ballast is %d bytes at start, want %d", len(ballast), ballastSize)
	}
	Done()
	Done()
	if ballast != nil {
		t.Error("the ballast is still held after Done")
	}
}

// GOGC or GOMEMLIMIT set by the user means no ballast at all.
func TestUsersSettingsAreKept(t *testing.T) {
	for _, name := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(name, func(t *testing.T) {
			if os.Getenv("STARTGC_CHILD") == name {
				if ballast != nil {
					t.Fatalf("a ballast was made though %s=%s", name, os.Getenv(name))
				}
				return
			}
			t.Setenv("STARTGC_CHILD", name)
			t.Setenv(name, map[string]string{"GOGC": "50", "GOMEMLIMIT": "1GiB"}[name])
			rerun(t, "TestUsersSettingsAreKept/"+name)
		})
	}
}

// rerun runs one test of this package again in a process of its own, with
// the environment t has set: the ballast is decided as the process starts.
func rerun(t *testing.T, name string) {
	t.Helper()
	out, err := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.v").CombinedOutput()
	if err != nil {
		t.Fatalf("%s in a process of its own: %v\n%s", name, err, out)
	}
	if !strings.Contains(string(out), "--- PASS: "+name+" ") {
		t.Fatalf("%s did not run in its own process:\n%s", name, out)
	}
}
