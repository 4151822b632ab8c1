package content

import (
	"brief/content/internal/packtest"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// packZipFile packs dir into a .brief.zip file and returns its path.
func packZipFile(t *testing.T, dir string) string {
	t.Helper()
	data, _ := packZipBytes(t, dir)
	out := filepath.Join(t.TempDir(), filepath.Base(dir)+".brief.zip")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLibraryAddListRemove(t *testing.T) {
	data := t.TempDir()
	lib := Library{Dir: data}
	store := filepath.Join(data, "brief.db")
	os.WriteFile(store, []byte("scores"), 0o600)

	zipPath := packZipFile(t, writeTestPack(t, "summit", "1.0.0"))
	m, err := lib.Add(zipPath)
	if err != nil {
		t.Fatalf("Add zip: %v", err)
	}
	if m.ID != "summit" || m.Version != "1.0.0" {
		t.Errorf("Add returned %+v", m)
	}
	if _, err := lib.Add(writeTestPack(t, "other", "0.1")); err != nil {
		t.Fatalf("Add folder: %v", err)
	}
	list, err := lib.List()
	if err != nil || len(list) != 2 || list[0].ID != "other" || list[1].ID != "summit" {
		t.Fatalf("List = %+v, %v; want other and summit", list, err)
	}
	if _, err := os.Stat(filepath.Join(data, LibraryDirName, "summit", "notes.txt")); err == nil {
		t.Error("a file the pack format does not know was installed")
	}
	packs, errs := LoadLibrary(data)
	if len(errs) != 0 || len(packs) != 2 || packs[1].Articles[0].QuestionCount() == 0 {
		t.Fatalf("LoadLibrary = %d packs, %v", len(packs), errs)
	}

	if err := lib.Remove("summit"); err != nil {
		t.Fatalf("Remove: %v", err)
	}
	if list, _ := lib.List(); len(list) != 1 || list[0].ID != "other" {
		t.Errorf("after Remove, List = %+v", list)
	}
	if err := lib.Remove("summit"); !errors.Is(err, ErrNotInstalled) {
		t.Errorf("removing twice: %v, want ErrNotInstalled", err)
	}
	if err := lib.Remove("../other"); err == nil || !strings.Contains(err.Error(), "not a pack id") {
		t.Errorf("Remove with a path: %v", err)
	}
	if got, _ := os.ReadFile(store); string(got) != "scores" {
		t.Error("the score store was touched")
	}
	leftovers, _ := filepath.Glob(filepath.Join(data, LibraryDirName, ".*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary folders left behind: %v", leftovers)
	}
}

func TestLibraryVersions(t *testing.T) {
	tests := map[string]struct {
		installed, adding string
		changed           bool // the added pack's article has a paragraph more
		force             bool
		wantErr           error
		wantVersion       string
		wantChanged       bool // the changed article is the one installed after
	}{
		"newer replaces":                    {"1.0.0", "1.2.0", false, false, nil, "1.2.0", false},
		"equal replaces":                    {"1.2.0", "1.2.0", false, false, nil, "1.2.0", false},
		"numeric order":                     {"1.9", "1.10", false, false, nil, "1.10", false},
		"older refused":                     {"2.0.0", "1.9.9", false, false, ErrOlderVersion, "2.0.0", false},
		"older with force":                  {"2.0.0", "1.9.9", false, true, nil, "1.9.9", false},
		"no version gets default":           {"0.5", "", false, false, nil, DefaultVersion, false},
		"equal with other content refused":  {"1.0.0", "1.0.0", true, false, ErrChangedContent, "1.0.0", false},
		"equal with other content forced":   {"1.0.0", "1.0.0", true, true, nil, "1.0.0", true},
		"newer with other content replaces": {"1.0.0", "1.0.1", true, false, nil, "1.0.1", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			lib := Library{Dir: t.TempDir()}
			if _, err := lib.Add(writeTestPack(t, "p", tc.installed)); err != nil {
				t.Fatal(err)
			}
			dir := writeTestPack(t, "p", tc.adding)
			if tc.adding == "" {
				os.WriteFile(filepath.Join(dir, ManifestName), []byte("id: p\ntitle: Test pack\n"), 0o644)
			}
			if tc.changed {
				appendParagraph(t, filepath.Join(dir, "russia-dprk-summit-2023.md"))
			}
			_, err := lib.Install(dir, tc.force)
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), "--force") {
				t.Errorf("refusal %q should say how to force it", err)
			}
			list, _ := lib.List()
			if len(list) != 1 || list[0].Version != tc.wantVersion {
				t.Errorf("installed %+v, want version %s", list, tc.wantVersion)
			}
			installed, _ := os.ReadFile(filepath.Join(lib.Dir, LibraryDirName, "p", "russia-dprk-summit-2023.md"))
			if got := strings.Contains(string(installed), addedParagraph); got != tc.wantChanged {
				t.Errorf("installed article has the added paragraph: %v, want %v", got, tc.wantChanged)
			}
		})
	}
}

// addedParagraph is the text appendParagraph adds to an article.
const addedParagraph = "A paragraph the teacher added later."

// appendParagraph changes an article's content, as a teacher's edit does.
func appendParagraph(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, "\n"+addedParagraph+"\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLibraryRefuses(t *testing.T) {
	tests := map[string]struct {
		src  func(t *testing.T) string
		want string
	}{
		"lint errors": {func(t *testing.T) string {
			dir := writeTestPack(t, "p", "1")
			os.WriteFile(filepath.Join(dir, "extra.md"), []byte("no front matter"), 0o644)
			return dir
		}, "extra.md:1:1"},
		"built-in id": {func(t *testing.T) string { return writeTestPack(t, DefaultPackID, "9") }, "built-in"},
		"not a pack": {func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "x.txt")
			os.WriteFile(p, nil, 0o644)
			return p
		}, "not a pack"},
		"tampered zip": {func(t *testing.T) string {
			src := packZipFile(t, writeTestPack(t, "p", "1"))
			return packtest.RewriteZipEntry(t, src, "russia-dprk-summit-2023.md", func(b []byte) []byte {
				return append(b, []byte("\nAn added paragraph.\n")...)
			})
		}, "content_hash"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			lib := Library{Dir: t.TempDir()}
			_, err := lib.Add(tc.src(t))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one saying %q", err, tc.want)
			}
			if list, _ := lib.List(); len(list) != 0 {
				t.Errorf("a refused pack was installed: %+v", list)
			}
		})
	}
}

func TestLibraryBrokenPackIsAnError(t *testing.T) {
	data := t.TempDir()
	lib := Library{Dir: data}
	if _, err := lib.Add(writeTestPack(t, "good", "1")); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(data, LibraryDirName, "broken")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, "a.md"), []byte("not an article"), 0o644)
	packs, errs := LoadLibrary(data)
	if len(packs) != 1 || packs[0].ID != "good" || len(errs) != 1 || !strings.Contains(errs[0].Error(), "a.md") {
		t.Errorf("LoadLibrary = %d packs, errors %v; want the good pack and one error naming a.md", len(packs), errs)
	}
	if packs, errs := LoadLibrary(filepath.Join(data, "missing")); len(packs) != 0 || len(errs) != 0 {
		t.Errorf("an empty library gave %v, %v", packs, errs)
	}
}

func TestCompareVersions(t *testing.T) {
	tests := map[string]struct {
		a, b string
		want int
	}{
		"equal":                          {"1.0.0", "1.0.0", 0},
		"numeric parts":                  {"1.2.10", "1.2.9", 1},
		"shorter":                        {"1.0", "1.0.1", -1},
		"missing parts":                  {"1.0", "1.0.0", 0},
		"v prefix":                       {"v2", "1.9", 1},
		"text parts":                     {"1.0-beta", "1.0-alpha", 1},
		"pre-release before its release": {"1.0.0-beta", "1.0.0", -1},
		"release after its pre-release":  {"1.0.0", "1.0.0-rc.1", 1},
		"numeric pre-release parts":      {"1.0.0-rc.10", "1.0.0-rc.9", 1},
		"four numbers, part by part":     {"1.2.3.10", "1.2.3.9", 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := CompareVersions(tc.a, tc.b); got != tc.want {
				t.Errorf("CompareVersions(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// A pack moved aside by an install that was stopped before the new copy
// took its place comes back the next time the library is read.
func TestLibraryRestoresAPackLeftAside(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	aside := filepath.Join(lib.Dir, LibraryDirName, ".old-.new-week-3-123456")
	if err := os.MkdirAll(aside, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(aside, "pack.yaml"), []byte("id: week-3\ntitle: Week 3\nversion: 1.0.0\n"), 0o644)
	os.WriteFile(filepath.Join(aside, "a.md"), []byte("---\ntitle: A\n---\nText.\n"), 0o644)
	ms, err := lib.List()
	if err != nil || len(ms) != 1 || ms[0].ID != "week-3" {
		t.Fatalf("List = %+v, %v; want the pack put back", ms, err)
	}
	if _, err := os.Stat(aside); !os.IsNotExist(err) {
		t.Errorf("the aside folder is still there: %v", err)
	}
}
