package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A name saved is the name read back; a folder with no profile has no
// name yet.
func TestSaveThenLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "brief")
	p, err := Load(dir)
	if err != nil || p.Name != "" {
		t.Fatalf("empty folder: %+v, %v", p, err)
	}
	if err := Save(dir, Profile{Name: "Ana Perera"}); err != nil {
		t.Fatal(err)
	}
	if p, err := Load(dir); err != nil || p.Name != "Ana Perera" {
		t.Errorf("read back %+v, %v", p, err)
	}
}

// A profile edited by hand cannot put escapes on screen, and one that is
// not brief's says how to set the name again.
func TestLoadDistrustsTheFile(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) {
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"name": "Ana \u001b]0;owned\u0007Perera"}`)
	if p, err := Load(dir); err != nil || strings.ContainsAny(p.Name, "\x1b\x07") {
		t.Errorf("read %q, %v", p.Name, err)
	}
	write("not json")
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "brief config name") {
		t.Errorf("got %v", err)
	}
}

func TestCheckName(t *testing.T) {
	for name, want := range map[string]string{
		"Ana Perera":             "",
		"  ":                     "give a name",
		"Ana\x1b[2J":             "control characters",
		strings.Repeat("a", 81):  "at most 80",
		"Nuwan Jayasuriya-Silva": "",
	} {
		if got := CheckName(name); want == "" && got != "" || !strings.Contains(got, want) {
			t.Errorf("CheckName(%q) = %q, want %q", name, got, want)
		}
	}
}
