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

// A teacher's next version of a pack goes in as an update; a stranger's
// pack that took the same id is refused, saying whose each is and what to
// do, and goes in only with --force.
func TestAddRefusesAnotherTeachersPackWithTheSameID(t *testing.T) {
	work, data := t.TempDir(), t.TempDir()
	for name, manifest := range map[string]string{
		"v1":       "id: racepack\ntitle: Summit\nauthor: Ms Perera\nversion: 1.0.0\n",
		"v2":       "id: racepack\ntitle: Summit, corrected\nauthor: Ms Perera\nversion: 2.0.0\n",
		"stranger": "id: racepack\ntitle: Race pack\nauthor: Mr X\nversion: 6.0.0\n",
	} {
		dir := filepath.Join(work, name)
		os.Mkdir(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "pack.yaml"), []byte(manifest), 0o644)
		os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\n---\n\nText.\n"), 0o644)
	}
	if _, errOut, code := teach(t, work, data, "add", "v1"); code != 0 {
		t.Fatal(errOut)
	}
	if out, errOut, code := teach(t, work, data, "add", "v2"); code != 0 || out != "updated racepack from 1.0.0 to 2.0.0: Summit, corrected (scores kept)\n" || errOut != "" {
		t.Errorf("the teacher's next version: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, errOut, code := teach(t, work, data, "add", "stranger")
	want := "brief: stranger: this is not an update of the installed pack racepack: it has the same id but another author (Mr X, where the installed one has Ms Perera); " +
		"remove the installed one first with `brief remove racepack`, or add --force to replace it\n"
	if code != 1 || out != "" || errOut != want {
		t.Errorf("a stranger's pack: exit %d, stdout %q\nstderr %q\nwant   %q", code, out, errOut, want)
	}
	if out, _, _ := teach(t, work, data, "list"); !strings.Contains(out, "Summit, corrected") {
		t.Errorf("the refused pack replaced the installed one:\n%s", out)
	}
	out, errOut, code = teach(t, work, data, "add", "stranger", "--force")
	if want := "replaced racepack 2.0.0 by Ms Perera with another pack of that id, 6.0.0 by Mr X: Race pack (scores kept)\n"; code != 0 || out != want {
		t.Errorf("--force: exit %d, stdout %q, want %q; stderr %q", code, out, want, errOut)
	}
}

// A quiz on a pack run as it is, not installed, says afterwards that
// brief review only goes over installed packs and how to install this
// one; once it is installed, or for the built-in pack or a lone
// article, which brief add does not take, nothing is said.
func TestQuizOnAPackNotInstalledSaysHowToReviewIt(t *testing.T) {
	src, data := t.TempDir(), t.TempDir()
	pack := filepath.Join(src, "class-pack")
	os.Mkdir(pack, 0o755)
	os.WriteFile(filepath.Join(pack, "pack.yaml"), []byte("id: week-3\ntitle: Week 3\nversion: 1.0.0\n"), 0o644)
	os.WriteFile(filepath.Join(pack, "vote.md"), []byte("---\ntitle: The vote\n---\nTurnout rose to 61 percent.\n"), 0o644)
	os.WriteFile(filepath.Join(pack, "vote.quiz.yaml"), []byte("questions:\n  - {id: turnout, type: numeric, level: recall, prompt: What was the turnout, answer: 61}\n"), 0o644)
	os.WriteFile(filepath.Join(src, "lone.md"), []byte("---\ntitle: Lone\n---\nTurnout rose to 61 percent.\n"), 0o644)
	os.WriteFile(filepath.Join(src, "lone.quiz.yaml"), []byte("questions:\n  - {id: turnout, type: numeric, level: recall, prompt: What was the turnout, answer: 61}\n"), 0o644)
	const note = "brief review goes over installed packs only. To have what you missed here come back for review, install this pack with: brief add class-pack"
	quiz := func(what string) string {
		t.Helper()
		out, errOut, code := teachIn(t, src, data, "\n", "quiz", what, "--plain", "--seed", "1", "-n", "1")
		if code != 0 || !strings.HasSuffix(out, "Score: 0/1 (0%)\n") {
			t.Fatalf("quiz %s: exit %d, the score is not the last line:\n%s%s", what, code, out, errOut)
		}
		return errOut
	}
	if errOut := quiz("class-pack"); !strings.Contains(errOut, note) {
		t.Errorf("a pack not installed: stderr %q, want %q", errOut, note)
	}
	for _, what := range []string{"lone.md", "brief-default"} {
		if errOut := quiz(what); strings.Contains(errOut, "brief add") {
			t.Errorf("%s: stderr %q, want no word of brief add", what, errOut)
		}
	}
	if _, errOut, code := teach(t, src, data, "add", "class-pack"); code != 0 {
		t.Fatalf("add: exit %d: %s", code, errOut)
	}
	if errOut := quiz("class-pack"); strings.Contains(errOut, "brief add") {
		t.Errorf("once installed: stderr %q, want no word of brief add", errOut)
	}
}
