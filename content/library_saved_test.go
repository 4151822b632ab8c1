package content

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// savedPage is an article file as `brief read URL` makes one: no id, the
// page's address as its source.
func savedPage(title, source, text string) []byte {
	return []byte("---\ntitle: " + title + "\nsource: " + source + "\n---\n\n" + text + "\n")
}

func TestSaveArticleKeepsPagesInOnePackHomeLists(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	p, a, err := lib.SaveArticle("https://news.example/a", "Bridge closes", savedPage("Bridge closes", "https://news.example/a", "The old bridge closes."))
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != SavedPackID || p.Title != SavedPackTitle || a == nil || a.ID != "bridge-closes" || a.Source != "https://news.example/a" {
		t.Fatalf("saved into %s %q as %+v", p.ID, p.Title, a)
	}
	// Another page with the same title gets an id of its own; the first
	// page read again takes its old place.
	if _, a, err := lib.SaveArticle("https://news.example/b", "Bridge closes", savedPage("Bridge closes", "https://news.example/b", "Another bridge closes.")); err != nil || a.ID != "bridge-closes-2" {
		t.Fatalf("second page: %+v, %v; want id bridge-closes-2", a, err)
	}
	if _, a, err := lib.SaveArticle("https://news.example/a", "Bridge closes for good", savedPage("Bridge closes for good", "https://news.example/a", "The old bridge closes for good.")); err != nil || a.ID != "bridge-closes" {
		t.Fatalf("first page again: %+v, %v; want its old id bridge-closes", a, err)
	}
	packs, errs := LoadLibrary(lib.Dir)
	if len(errs) != 0 || len(packs) != 1 {
		t.Fatalf("LoadLibrary = %d packs, %v", len(packs), errs)
	}
	var got []string
	for _, a := range packs[0].Articles {
		got = append(got, a.ID+" "+a.Title+" "+a.Source)
	}
	slices.Sort(got)
	want := "bridge-closes Bridge closes for good https://news.example/a|bridge-closes-2 Bridge closes https://news.example/b"
	if strings.Join(got, "|") != want {
		t.Errorf("home lists %q, want %q", strings.Join(got, "|"), want)
	}
	if err := Complete(packs[0]); err != nil {
		t.Fatal(err)
	}
	if a, _ := packs[0].Article("bridge-closes"); a == nil || !strings.Contains(a.Body, "for good") {
		t.Errorf("the saved article does not read back whole: %+v", a)
	}
}

func TestSaveArticleNames(t *testing.T) {
	tests := map[string]struct{ base, want string }{
		"a title":             {"Élections : les résultats", "elections-les-resultats"},
		"another script":      {"සිංහල", "sinhl"},
		"no letters at all":   {"— · —", "article"},
		"a long title is cut": {strings.Repeat("word ", 30), strings.TrimSuffix(strings.Repeat("word-", 12), "-")},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := savedID(tc.base, "https://x.example/", map[string]string{}); got != tc.want {
				t.Errorf("savedID(%q) = %q, want %q", tc.base, got, tc.want)
			}
		})
	}
}

// A teacher's pack cannot take the saved articles' id, and one that
// has it (installed by an older brief) is not written over.
func TestSaveArticleLeavesAnotherPackAlone(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	dir := writeTestPack(t, SavedPackID, "1.0.0")
	if _, err := lib.Install(dir, true); err == nil || !strings.Contains(err.Error(), "give the pack its own id") {
		t.Fatalf("installing a pack with the saved articles' id: %v, want a refusal", err)
	}
	if err := os.CopyFS(filepath.Join(lib.Dir, LibraryDirName, SavedPackID), os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	_, _, err := lib.SaveArticle("https://news.example/a", "A", savedPage("A", "https://news.example/a", "Text."))
	if err == nil || !strings.Contains(err.Error(), "not brief's saved articles") {
		t.Fatalf("err = %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(lib.Dir, LibraryDirName, SavedPackID, "russia-dprk-summit-2023.md")); err != nil {
		t.Errorf("the teacher's pack is gone: %v", err)
	}
}

// An article brief cannot load is refused, and what was saved stays.
func TestSaveArticleRefusesABrokenArticle(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	if _, _, err := lib.SaveArticle("https://news.example/a", "A", savedPage("A", "https://news.example/a", "Text.")); err != nil {
		t.Fatal(err)
	}
	_, _, err := lib.SaveArticle("https://news.example/b", "B", []byte("no front matter"))
	if err == nil || !strings.Contains(err.Error(), "missing front matter") {
		t.Fatalf("err = %v, want the article's own error", err)
	}
	if packs, _ := LoadLibrary(lib.Dir); len(packs) != 1 || len(packs[0].Articles) != 1 {
		t.Errorf("the saved articles changed: %d packs", len(packs))
	}
}
