package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The plain quiz's breakdown names each section by its heading once,
// however the question file spelt it, and the questions about the whole
// article as "Whole article", as the results screen and the stats do.
func TestPlainBreakdownNamesEachSectionOnce(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"floods.md": "---\ntitle: Floods\n---\nRain fell.\n\n## Rescue efforts\n\nBoats came.\n",
		"floods.quiz.yaml": `questions:
  - {id: a, type: truefalse, prompt: Rain fell., answer: true, section: Rescue efforts}
  - {id: b, type: truefalse, prompt: Boats came., answer: true, section: rescue-efforts}
  - {id: c, type: truefalse, prompt: It is about floods., answer: true}
`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := run(t, "t\nt\nt\n", "quiz", dir, "--plain", "--seed", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	_, breakdown, ok := strings.Cut(out, "By section:\n")
	if !ok {
		t.Fatalf("no breakdown:\n%s", out)
	}
	breakdown, _, _ = strings.Cut(breakdown, "By level")
	var rows []string
	for _, l := range strings.Split(breakdown, "\n") {
		if strings.HasPrefix(l, "  ") {
			rows = append(rows, strings.Join(strings.Fields(l), " "))
		} else {
			break
		}
	}
	slices.Sort(rows)
	want := []string{"Rescue efforts 2/2", "Whole article 1/1"}
	if !slices.Equal(rows, want) {
		t.Errorf("breakdown rows %q, want %q\n%s", rows, want, out)
	}
}
