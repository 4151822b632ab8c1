package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

const assignedManifest = "id: floods\ntitle: Floods\nversion: 1.0.0\nassignment:\n  mode: exam\n  time: 15m\n  questions: 1\n  attempts: 2\n  due: 2026-12-14\n"

// A teacher's assignment block is read as written, and survives packing
// into a zip and installing, where home reads it from the library index.
func TestAssignmentIsReadPackedAndInstalled(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"pack.yaml": assignedManifest, "mini.md": miniArticle, "mini.quiz.yaml": miniQuiz} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := Assignment{Mode: "exam", Time: "15m", Questions: 1, Attempts: 2, Due: "2026-12-14"}
	p, err := Load(FolderFS(dir), dir)
	if err != nil {
		t.Fatal(err)
	}
	if p.Assignment == nil || *p.Assignment != want {
		t.Fatalf("assignment %+v, want %+v", p.Assignment, want)
	}
	if got := p.Assignment.TimeLimit().Minutes(); got != 15 {
		t.Errorf("time limit %v minutes, want 15", got)
	}
	var zip bytes.Buffer
	if _, err := WritePackZip(dir, &zip); err != nil {
		t.Fatal(err)
	}
	zipped, err := VerifyPackZip("floods.brief.zip", zip.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if zipped.Assignment == nil || *zipped.Assignment != want {
		t.Errorf("zipped assignment %+v, want %+v", zipped.Assignment, want)
	}
	zipPath := filepath.Join(t.TempDir(), "floods.brief.zip")
	if err := os.WriteFile(zipPath, zip.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	lib := Library{Dir: t.TempDir()}
	if _, err := lib.Add(zipPath); err != nil {
		t.Fatal(err)
	}
	packs, errs := lib.Packs()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(packs) != 1 || packs[0].Assignment == nil || *packs[0].Assignment != want {
		t.Errorf("installed assignment: %+v", packs)
	}
}

// An assignment brief could not run is a located error at its field.
func TestAssignmentErrorsAreLocated(t *testing.T) {
	tests := map[string]struct{ from, to, want string }{
		"a mode":        {"mode: exam", "mode: test", `pack/pack.yaml:5:9: assignment: mode "test" is not exam or practice`},
		"a time":        {"time: 15m", "time: soon", `pack/pack.yaml:6:9: assignment: time "soon" is not a time limit`},
		"a long time":   {"time: 15m", "time: 48h", `pack/pack.yaml:6:9: assignment: time "48h" is not a time limit`},
		"a due date":    {"due: 2026-12-14", "due: Monday", `pack/pack.yaml:9:8: assignment: due "Monday" is not a date`},
		"attempts":      {"attempts: 2", "attempts: -1", `pack/pack.yaml:8:13: assignment: attempts -1 is not between 1 and 100`},
		"unknown field": {"due: 2026-12-14", "deadline: 2026-12-14", `pack/pack.yaml:9:1: unknown field "deadline"`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			manifest := strings.Replace(assignedManifest, tc.from, tc.to, 1)
			_, err := Load(fstest.MapFS{"pack.yaml": {Data: []byte(manifest)}, "mini.md": {Data: []byte(miniArticle)}}, "pack")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}
