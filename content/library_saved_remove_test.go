package content

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// savedIDs lists the ids of the saved articles the library holds, as the
// home screen reads them; nil when there is no saved articles pack.
func savedIDs(t *testing.T, lib Library) []string {
	t.Helper()
	packs, errs := LoadLibrary(lib.Dir)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var ids []string
	for _, p := range packs {
		if p.ID == SavedPackID {
			for _, a := range p.Articles {
				ids = append(ids, a.ID)
			}
		}
	}
	return ids
}

// One saved page can be forgotten and the others stay; forgetting the
// last removes the pack, so home no longer lists an empty "Saved articles".
func TestRemoveSavedForgetsOnePage(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	for _, page := range []struct{ url, title string }{
		{"https://news.example/a", "Bridge closes"}, {"https://news.example/b", "Rates rise"}, {"https://news.example/c", "Bridge opens"},
	} {
		if _, _, err := lib.SaveArticle(page.url, page.title, savedPage(page.title, page.url, "Text of "+page.title+".")); err != nil {
			t.Fatal(err)
		}
	}
	if err := lib.RemoveSaved("bridge-closes"); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(savedIDs(t, lib), " "); got != "bridge-opens rates-rise" {
		t.Fatalf("after removing bridge-closes: %q, want the other two", got)
	}
	// Saving again after a removal still keeps each page apart.
	if _, a, err := lib.SaveArticle("https://news.example/a", "Bridge closes", savedPage("Bridge closes", "https://news.example/a", "Again.")); err != nil || a.ID != "bridge-closes" {
		t.Fatalf("saving the removed page again: %+v, %v", a, err)
	}
	for _, id := range []string{"bridge-closes", "bridge-opens", "rates-rise"} {
		if err := lib.RemoveSaved(id); err != nil {
			t.Fatalf("remove %s: %v", id, err)
		}
	}
	if ids := savedIDs(t, lib); ids != nil {
		t.Errorf("after removing every page the library still has saved articles %v", ids)
	}
	if _, err := os.Stat(filepath.Join(lib.Dir, LibraryDirName, SavedPackID)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the saved articles' folder is still there: %v", err)
	}
}

// An id that is not saved is refused with the ids that are; with nothing
// saved, the error says so; a teacher's pack with the id is left alone.
func TestRemoveSavedRefusesWhatIsNotThere(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	if err := lib.RemoveSaved("bridge-closes"); !errors.Is(err, ErrNotSaved) || !strings.Contains(err.Error(), "there are no saved articles") {
		t.Errorf("with nothing saved: %v", err)
	}
	if _, _, err := lib.SaveArticle("https://news.example/b", "Rates rise", savedPage("Rates rise", "https://news.example/b", "Text.")); err != nil {
		t.Fatal(err)
	}
	err := lib.RemoveSaved("bridge-closes")
	if !errors.Is(err, ErrNotSaved) || !strings.Contains(err.Error(), "the saved articles are rates-rise") {
		t.Errorf("an id not saved: %v", err)
	}
	if got := strings.Join(savedIDs(t, lib), " "); got != "rates-rise" {
		t.Errorf("a refused removal changed the saved articles: %q", got)
	}

	other := Library{Dir: t.TempDir()}
	if err := os.CopyFS(filepath.Join(other.Dir, LibraryDirName, SavedPackID), os.DirFS(writeTestPack(t, SavedPackID, "1.0.0"))); err != nil {
		t.Fatal(err)
	}
	if err := other.RemoveSaved("russia-dprk-summit-2023"); err == nil || !strings.Contains(err.Error(), "not brief's saved articles") {
		t.Errorf("removing from a teacher's pack with the id: %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(other.Dir, LibraryDirName, SavedPackID, "russia-dprk-summit-2023.md")); err != nil {
		t.Errorf("the teacher's pack lost its article: %v", err)
	}
}
