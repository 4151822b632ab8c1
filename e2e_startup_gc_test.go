package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// gcLine is one collection in the runtime's GODEBUG=gctrace=1 report.
var gcLine = regexp.MustCompile(`(?m)^gc \d+ @`)

// collections runs brief with the runtime reporting each garbage
// collection and returns how many it ran.
func collections(t *testing.T, env []string, args ...string) int {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), append(env, "GODEBUG=gctrace=1", "HOME="+t.TempDir(), "XDG_DATA_HOME=", "XDG_CONFIG_HOME=")...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("brief %v: %v\n%s", args, err, stderr.String())
	}
	return len(gcLine.FindAllString(stderr.String(), -1))
}

// Printing the default article collects garbage fewer times than Go
// would by itself: the packages Glamour brings allocate megabytes of
// garbage as they initialise, and collecting it twice before main was a
// tenth of brief's start-up (internal/startgc). A user who tunes the
// collector (GOGC, GOMEMLIMIT) keeps their setting, and so Go's own count.
func TestStartUpCollectsLessGarbage(t *testing.T) {
	args := []string{"read", "--plain", "--width", "80"}
	ballast := collections(t, []string{"GOGC=", "GOMEMLIMIT="}, args...)
	own := collections(t, []string{"GOGC=100", "GOMEMLIMIT="}, args...)
	if ballast < 1 || ballast >= own {
		t.Errorf("brief read --plain ran %d garbage collections, and %d with GOGC=100 set: want fewer without it", ballast, own)
	}
}
