package content

import (
	"brief/internal/sanitize"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// outline is what a partial article has: everything but its text and
// questions, which the index leaves out.
func outline(a *Article) Article {
	o := *a
	o.Body, o.Questions, o.partial = "", nil, nil
	o.Sections = nil
	for _, s := range a.Sections {
		s.Markdown = ""
		o.Sections = append(o.Sections, s)
	}
	return o
}

// installedPack adds a two-article pack (one article without questions)
// to a fresh library and returns the library and the pack's folder.
func installedPack(t *testing.T) (Library, string) {
	t.Helper()
	src := writeTestPack(t, "week-3", "1.0.0")
	os.WriteFile(filepath.Join(src, "aside.md"), []byte("---\ntitle: Aside\nbyline: A. Writer\npublished: 2023-09-18\ntags: [one, two]\n---\n\nA lead.\n\n## Later\n\nMore words here.\n"), 0o644)
	lib := Library{Dir: t.TempDir()}
	if _, err := lib.Add(src); err != nil {
		t.Fatal(err)
	}
	return lib, filepath.Join(lib.Dir, LibraryDirName, "week-3")
}

// loadOne is LoadLibrary for a library of one pack.
func loadOne(t *testing.T, lib Library) *Pack {
	t.Helper()
	packs, errs := LoadLibrary(lib.Dir)
	if len(errs) != 0 || len(packs) != 1 {
		t.Fatalf("LoadLibrary = %d packs, %v", len(packs), errs)
	}
	return packs[0]
}

// An install indexes the pack; the library then reads the index alone,
// and what it gives is what loading the pack gives, bar the text and the
// questions, which Complete reads.
func TestLibraryReadsTheIndex(t *testing.T) {
	lib, dir := installedPack(t)
	if _, err := os.Stat(filepath.Join(dir, indexName)); err != nil {
		t.Fatalf("the install wrote no index: %v", err)
	}
	whole, err := Load(FolderFS(dir), dir)
	if err != nil {
		t.Fatal(err)
	}
	p := loadOne(t, lib)
	if p.Manifest != whole.Manifest || p.Origin != whole.Origin || len(p.Articles) != len(whole.Articles) {
		t.Fatalf("partial pack %+v\nwhole pack   %+v", p, whole)
	}
	for i, a := range p.Articles {
		w := whole.Articles[i]
		if !a.Partial() || a.Body != "" || a.Questions != nil {
			t.Errorf("%s: not partial, or has text or questions", a.ID)
		}
		if a.QuestionCount() != len(w.Questions) || a.Words() != w.Words() || a.ReadingTime() != w.ReadingTime() {
			t.Errorf("%s: %d questions, %d words; want %d, %d", a.ID, a.QuestionCount(), a.Words(), len(w.Questions), w.Words())
		}
		if got, want := outline(a), outline(w); !reflect.DeepEqual(got, want) {
			t.Errorf("%s from the index:\n%+v\nwant\n%+v", a.ID, got, want)
		}
	}

	held := p.Articles[1]
	if err := Complete(p); err != nil {
		t.Fatal(err)
	}
	if p.Articles[1] != held {
		t.Error("Complete replaced the article instead of filling it in")
	}
	for i, a := range p.Articles {
		if a.Partial() || !reflect.DeepEqual(*a, *whole.Articles[i]) {
			t.Errorf("%s after Complete differs from the whole article", a.ID)
		}
	}
	if err := Complete(p); err != nil {
		t.Errorf("Complete of a whole pack: %v", err)
	}
}

// The index is no part of the pack: packing the installed folder leaves
// it out and gives the content hash the install recorded.
func TestLibraryIndexIsNotPackContent(t *testing.T) {
	lib, dir := installedPack(t)
	installed, err := lib.manifest("week-3")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	m, err := WritePackZip(dir, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if m.ContentHash != installed.ContentHash {
		t.Errorf("packing the installed folder gives hash %s, want %s", m.ContentHash, installed.ContentHash)
	}
	if bytes.Contains(buf.Bytes(), []byte(indexName)) {
		t.Error("the zip holds the index")
	}
}

// A pack installed by a brief that wrote no index is loaded whole on its
// first read, which writes the index the next reads use; a library that
// cannot be written to is read all the same.
func TestLibraryIndexesAPackInstalledWithoutOne(t *testing.T) {
	lib, dir := installedPack(t)
	os.Remove(filepath.Join(dir, indexName))
	if p := loadOne(t, lib); p.Articles[1].Partial() || p.Articles[1].QuestionCount() == 0 {
		t.Error("the first read of a pack without an index should load it whole")
	}
	if _, err := os.Stat(filepath.Join(dir, indexName)); err != nil {
		t.Fatalf("the first read wrote no index: %v", err)
	}
	if p := loadOne(t, lib); !p.Articles[0].Partial() {
		t.Error("the second read did not use the index")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, indexName+".*")); len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	if os.Geteuid() == 0 {
		t.Skip("root writes to read-only folders")
	}
	os.Remove(filepath.Join(dir, indexName))
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if p := loadOne(t, lib); p.Articles[1].QuestionCount() == 0 {
		t.Error("a read-only pack without an index should still load")
	}
}

// An index that does not match the pack beside it, or cannot be read, is
// not used: the pack is loaded whole and the index written again.
func TestLibraryRebuildsAnIndexItCannotUse(t *testing.T) {
	tests := map[string]func(t *testing.T, dir string){
		"damaged": func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, indexName), []byte(`{"brief_pack_index": 1, "files": [`), 0o644)
		},
		"another format": func(t *testing.T, dir string) {
			editIndex(t, dir, func(idx map[string]any) { idx["brief_pack_index"] = indexFormat + 1 })
		},
		"unknown fields": func(t *testing.T, dir string) {
			editIndex(t, dir, func(idx map[string]any) { idx["extra"] = true })
		},
		"another pack's": func(t *testing.T, dir string) {
			other, otherDir := installedPack(t)
			_ = other
			data, _ := os.ReadFile(filepath.Join(otherDir, indexName))
			os.WriteFile(filepath.Join(dir, indexName), data, 0o644)
			// Same files, same sizes: only the times tell them apart.
			later := time.Now().Add(time.Hour)
			os.Chtimes(filepath.Join(dir, "aside.md"), later, later)
		},
		"an article edited since": func(t *testing.T, dir string) {
			appendParagraph(t, filepath.Join(dir, "aside.md"))
		},
		"an article added since": func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "zz.md"), []byte("---\ntitle: ZZ\n---\n\nText.\n"), 0o644)
		},
		"too many questions claimed": func(t *testing.T, dir string) {
			editIndex(t, dir, func(idx map[string]any) {
				idx["articles"].([]any)[1].(map[string]any)["questions"] = MaxPackQuestions + 1
			})
		},
		"an article file that is not there": func(t *testing.T, dir string) {
			editIndex(t, dir, func(idx map[string]any) {
				idx["articles"].([]any)[0].(map[string]any)["file"] = "../elsewhere.md"
			})
		},
	}
	for name, spoil := range tests {
		t.Run(name, func(t *testing.T) {
			lib, dir := installedPack(t)
			spoil(t, dir)
			whole, err := Load(FolderFS(dir), dir)
			if err != nil {
				t.Fatal(err)
			}
			p := loadOne(t, lib)
			if p.Articles[0].Partial() || len(p.Articles) != len(whole.Articles) {
				t.Fatalf("the spoilt index was used: %d articles, partial %v", len(p.Articles), p.Articles[0].Partial())
			}
			p = loadOne(t, lib)
			if !p.Articles[0].Partial() {
				t.Fatal("the index was not written again")
			}
			for i, a := range p.Articles {
				if a.ID != whole.Articles[i].ID || a.QuestionCount() != len(whole.Articles[i].Questions) || a.Title != whole.Articles[i].Title {
					t.Errorf("rebuilt index gives %s (%d questions), want %s (%d)", a.ID, a.QuestionCount(), whole.Articles[i].ID, len(whole.Articles[i].Questions))
				}
			}
		})
	}
}

// editIndex changes a pack's index as JSON, keeping its fingerprint (an
// edit that changes nothing leaves an index the library uses: see
// TestLibraryIndexTextIsCleaned).
func editIndex(t *testing.T, dir string, edit func(map[string]any)) {
	t.Helper()
	path := filepath.Join(dir, indexName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var idx map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // times in nanoseconds do not survive a float64
	if err := dec.Decode(&idx); err != nil {
		t.Fatal(err)
	}
	edit(idx)
	data, _ = json.Marshal(idx)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Text in an index is cleaned as the pack's own text is: an index that
// matches its pack but was written by something else cannot put escape
// sequences on the home screen.
func TestLibraryIndexTextIsCleaned(t *testing.T) {
	lib, dir := installedPack(t)
	editIndex(t, dir, func(idx map[string]any) {
		idx["manifest"].(map[string]any)["title"] = "Week\x1b]0;owned\x07 3"
		a := idx["articles"].([]any)[0].(map[string]any)
		a["title"] = "Aside\x1b[2J\u202e"
		a["sections"].([]any)[0].(map[string]any)["heading"] = "Lead\x9b6n"
	})
	p := loadOne(t, lib)
	if !p.Articles[0].Partial() {
		t.Fatal("the index was not used")
	}
	for _, s := range []string{p.Title, p.Articles[0].Title, p.Articles[0].Sections[0].Heading} {
		if s != sanitize.Line(s) || strings.ContainsAny(s, "\x1b\x07\u202e\u009b") {
			t.Errorf("uncleaned text from the index: %q", s)
		}
	}
}

// An article whose file changed under a running brief into another
// article is not filled in with it.
func TestReadWholeOfAnArticleThatChanged(t *testing.T) {
	lib, dir := installedPack(t)
	p := loadOne(t, lib)
	os.WriteFile(filepath.Join(dir, "aside.md"), []byte("---\nid: something-else\ntitle: Else\n---\n\nText.\n"), 0o644)
	read := ReadWhole(p.Articles)
	if _, err := read(); err == nil || !strings.Contains(err.Error(), "changed since brief started") {
		t.Errorf("ReadWhole = %v, want an error saying the article changed", err)
	}
	if !p.Articles[0].Partial() {
		t.Error("a failed read changed the article")
	}
}

// A pack that does not load keeps failing with the same error without
// being loaded at every start, until its files change.
func TestLibraryIndexKeepsALoadError(t *testing.T) {
	lib, dir := installedPack(t)
	os.WriteFile(filepath.Join(dir, "aside.md"), []byte("---\ntitle: [unclosed\n---\n\nText.\n"), 0o644)
	_, errs := LoadLibrary(lib.Dir)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "aside.md:") {
		t.Fatalf("LoadLibrary errors = %v, want one located in aside.md", errs)
	}
	first := errs[0].Error()
	if data, _ := os.ReadFile(filepath.Join(dir, indexName)); !bytes.Contains(data, []byte(`"error"`)) {
		t.Fatalf("the error was not kept in the index:\n%s", data)
	}
	if _, errs := LoadLibrary(lib.Dir); len(errs) != 1 || errs[0].Error() != first {
		t.Errorf("second read: %v, want %q again", errs, first)
	}
	os.WriteFile(filepath.Join(dir, "aside.md"), []byte("---\ntitle: Aside, fixed\n---\n\nText.\n"), 0o644)
	if p := loadOne(t, lib); p.Articles[0].Title != "Aside, fixed" {
		t.Errorf("after the fix the pack reads %q", p.Articles[0].Title)
	}
}
