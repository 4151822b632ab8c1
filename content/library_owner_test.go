package content

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// withManifest rewrites a test pack's pack.yaml.
func withManifest(t *testing.T, dir, yaml string) string {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, ManifestName), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A pack with the id of an installed one replaces it only when it comes
// from the same teacher: the same author, or without authors the same
// title. A teacher's next version goes in without a word.
func TestLibraryRefusesAnotherTeachersPack(t *testing.T) {
	tests := map[string]struct {
		installed, adding string // pack.yaml after "id: racepack\n"
		force             bool
		want              string // "" when the pack is installed
	}{
		"next version by the same author": {
			"title: Summit\nauthor: Ms Perera\nversion: 1.0.0\n",
			"title: Summit 2023, corrected\nauthor: ms  perera\nversion: 1.1.0\n", false, ""},
		"same title, no authors": {
			"title: Summit\nversion: 1\n", "title: SUMMIT\nversion: 2\n", false, ""},
		"the teacher adds an author": {
			"title: Summit\nversion: 1\n", "title: Summit\nauthor: Ms Perera\nversion: 2\n", false, ""},
		"another author": {
			"title: Summit\nauthor: Ms Perera\nversion: 1.0.0\n",
			"title: Summit\nauthor: Mr X\nversion: 6.0.0\n", false,
			"this is not an update of the installed pack racepack: it has the same id but another author (Mr X, where the installed one has Ms Perera); " +
				"remove the installed one first with `brief remove racepack`, or add --force to replace it"},
		"an author where there was none, and another title": {
			"title: Summit\nversion: 1\n", "title: Race pack\nauthor: Mr X\nversion: 6\n", false,
			"another author (Mr X, where the installed one has no author)"},
		"no author where there was one, and another title": {
			"title: Summit\nauthor: Ms Perera\nversion: 1\n", "title: Race pack\nversion: 6\n", false,
			"another author (no author, where the installed one has Ms Perera)"},
		"another title, no authors": {
			"title: Summit\nversion: 1\n", "title: Race pack\nversion: 6\n", false,
			`another title ("Race pack", where the installed one has "Summit")`},
		"another author, forced": {
			"title: Summit\nauthor: Ms Perera\nversion: 1\n", "title: Summit\nauthor: Mr X\nversion: 6\n", true, ""},
		"another author and older": {
			"title: Summit\nauthor: Ms Perera\nversion: 2\n", "title: Summit\nauthor: Mr X\nversion: 1\n", false,
			"another author (Mr X"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			lib := Library{Dir: t.TempDir()}
			if _, err := lib.Add(withManifest(t, writeTestPack(t, "racepack", "1"), "id: racepack\n"+tc.installed)); err != nil {
				t.Fatal(err)
			}
			before, _ := lib.manifest("racepack")
			src := withManifest(t, writeTestPack(t, "racepack", "1"), "id: racepack\n"+tc.adding)
			m, err := lib.Install(src, tc.force)
			after, _ := lib.manifest("racepack")
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Install: %v", err)
				}
				if after.Version != m.Version || after.Title != m.Title {
					t.Errorf("installed %+v, want %+v", after, m)
				}
				return
			}
			if !errors.Is(err, ErrOtherPack) || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), src+": ") {
				t.Fatalf("err = %v\nwant ErrOtherPack saying %q", err, tc.want)
			}
			if after != before {
				t.Errorf("the refused pack replaced the installed one: %+v", after)
			}
		})
	}
}
