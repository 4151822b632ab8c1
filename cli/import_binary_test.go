package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportRefusesABinaryFileOnce: a binary file given to import, in
// whatever format its name or --format says, is refused with one line
// located at its first byte that is not text, before its format is
// guessed from the braces and ANSWER: lines it happens to hold; nothing
// is written.
func TestImportRefusesABinaryFileOnce(t *testing.T) {
	// Its first byte that is not UTF-8 is at line 2, column 16.
	blob := "PK\x03\x04\n::t:: Q {=a ~b}\xe9\x00\x00\n}\nANSWER: A\n\xff\xfe{\n" + strings.Repeat("x}\n\xff\n", 50)
	tests := map[string][]string{
		"bin.txt":               {"bin.txt"},
		"bin.gift":              {"bin.gift"},
		"bin.aiken.txt":         {"bin.aiken.txt"},
		"bin.html":              {"bin.html"},
		"bin.dat as gift":       {"bin.dat", "--format", "gift"},
		"bin.dat as aiken":      {"bin.dat", "--format", "aiken"},
		"bin.dat as text":       {"bin.dat", "--format", "text"},
		"bin.dat as html":       {"bin.dat", "--format", "html"},
		"bin.txt as html again": {"bin.txt", "--format", "html"},
	}
	for name, args := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			if err := os.WriteFile(filepath.Join(work, args[0]), []byte(blob), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := teach(t, work, t.TempDir(), append([]string{"import"}, args...)...)
			want := "brief: " + args[0] + ":2:16: not UTF-8 text (a binary file?): brief imports text files (.gift, .aiken.txt, .html, .txt)\n"
			if code != exitFailure || out != "" || errOut != want {
				t.Errorf("exit %d\nstdout %q\nstderr %.600s\nwant %s", code, out, errOut, want)
			}
			if entries, _ := os.ReadDir(work); len(entries) != 1 {
				t.Errorf("files written for a refused import: %v", entries)
			}
		})
	}
}
