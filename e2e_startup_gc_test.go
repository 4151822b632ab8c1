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

// Printing the default article collects garbage once, at the very start,
// where there is nothing to mark: the packages Glamour brings allocate
// megabytes of garbage as they initialise, and collecting it twice before
// main was a tenth of brief's start-up (internal/startgc).
func TestStartUpCollectsGarbageOnce(t *testing.T) {
	env := []string{"GOGC=", "GOMEMLIMIT="}
	if n := collections(t, env, "read", "--plain", "--width", "80"); n != 1 {
		t.Errorf("brief read --plain ran %d garbage collections, want 1", n)
	}
	// A user who tunes the collector keeps their setting: at the default
	// percentage, start-up collects as often as Go would.
	if n := collections(t, []string{"GOGC=100", "GOMEMLIMIT="}, "read", "--plain", "--width", "80"); n < 2 {
		t.Errorf("with GOGC=100, brief read --plain ran %d garbage collections, want Go's own 2 or more", n)
	}
}
