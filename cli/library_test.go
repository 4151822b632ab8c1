package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A pack installed with `brief add` is opened by its id from anywhere,
// and a student's commands see it beside the built-in pack.
func TestInstalledPackOpensByID(t *testing.T) {
	src, elsewhere, data := t.TempDir(), t.TempDir(), t.TempDir()
	pack := filepath.Join(src, "class-pack")
	os.Mkdir(pack, 0o755)
	os.WriteFile(filepath.Join(pack, "pack.yaml"), []byte("id: week-3\ntitle: Week 3\nversion: 1.0.0\n"), 0o644)
	os.WriteFile(filepath.Join(pack, "vote.md"), []byte("---\ntitle: The vote\n---\nTurnout rose to 61 percent.\n"), 0o644)
	os.WriteFile(filepath.Join(pack, "vote.quiz.yaml"), []byte(`questions:
  - id: turnout
    type: numeric
    level: recall
    prompt: What was the turnout, in percent?
    answer: 61
    explain: The article gives it.
    evidence: Turnout rose to 61 percent.
`), 0o644)
	if out, errOut, code := teach(t, src, data, "add", "class-pack"); code != 0 {
		t.Fatalf("add: exit %d\n%s%s", code, out, errOut)
	}

	out, errOut, code := teach(t, elsewhere, data, "read", "week-3", "--plain")
	if code != 0 || !strings.Contains(out, "Turnout rose to 61 percent.") {
		t.Fatalf("read by id: exit %d\n%s%s", code, out, errOut)
	}
	out, _, code = teach(t, elsewhere, data, "quiz", "week-3", "--plain", "--seed", "1")
	if code != 1 || !strings.Contains(out, "What was the turnout, in percent?") {
		t.Errorf("quiz by id should ask the pack's question (and end on the empty input):\n%s", out)
	}
	for _, cmd := range []string{"read", "quiz"} {
		_, errOut, code = teach(t, elsewhere, data, cmd, "week-4", "--plain")
		if code != exitUsage || !strings.Contains(errOut, `no file and no installed pack called "week-4"`) || !strings.Contains(errOut, "brief list") {
			t.Errorf("%s of an unknown id: exit %d, %s; want a usage error naming it and brief list", cmd, code, errOut)
		}
	}
	if out, errOut, code = teach(t, elsewhere, data, "read", "brief-default", "--plain"); code != 0 || !strings.Contains(out, "Russia, North Korea") {
		t.Errorf("the built-in pack should open by its id: exit %d, %s", code, errOut)
	}
}
