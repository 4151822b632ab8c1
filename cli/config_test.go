package cli

import (
	"strings"
	"testing"
)

// A student sets their name once; it is kept in the data folder and shown
// back, and a name that is not one is a usage error that keeps the old.
func TestConfigName(t *testing.T) {
	dir := t.TempDir()
	if out, _, code := runIn(t, dir, "", "config", "name"); code != 0 || !strings.Contains(out, "not set") {
		t.Fatalf("before: %q, exit %d", out, code)
	}
	if out, _, code := runIn(t, dir, "", "config", "name", "  Ana Perera "); code != 0 || out != "your name is now Ana Perera\n" {
		t.Fatalf("set: %q, exit %d", out, code)
	}
	if _, errOut, code := runIn(t, dir, "", "config", "name", strings.Repeat("x", 100)); code != exitUsage || !strings.Contains(errOut, "at most 80") {
		t.Errorf("a long name: %q, exit %d", errOut, code)
	}
	if out, _, code := runIn(t, dir, "", "config"); code != 0 || out != "name: Ana Perera\n" {
		t.Errorf("config: %q, exit %d", out, code)
	}
}
