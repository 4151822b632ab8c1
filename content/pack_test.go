package content

import (
	"brief/content/internal/packtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

const miniArticle = "---\ntitle: Mini\n---\nLead text.\n\n## Part\n\nMore text.\n"

const miniQuiz = `questions:
  - id: part
    type: truefalse
    level: recall
    prompt: The article has a part.
    answer: true
    explain: It does.
    evidence: More text.
`

const miniGIFT = "::extra:: The lead says what? {=Lead text ~Nothing}\n"

func TestLoadPackFromEveryKindOfSource(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"pack.yaml":      "id: mini\ntitle: Mini pack\nversion: 2.0.0\n",
		"mini.md":        miniArticle,
		"mini.quiz.yaml": miniQuiz,
		"mini.gift":      miniGIFT,
		"other.md":       "---\nid: other\ntitle: Other\n---\nText.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	zipPath := filepath.Join(t.TempDir(), "mini.brief.zip")
	packtest.WriteZip(t, zipPath, files)

	mapFS := fstest.MapFS{}
	for name, text := range files {
		mapFS[name] = &fstest.MapFile{Data: []byte(text)}
	}
	sources := map[string]func() (*Pack, error){
		"directory": func() (*Pack, error) { return Open(dir) },
		"zip":       func() (*Pack, error) { return Open(zipPath) },
		"fs.FS":     func() (*Pack, error) { return Load(mapFS, "memory") },
	}
	for name, open := range sources {
		t.Run(name, func(t *testing.T) {
			p, err := open()
			if err != nil {
				t.Fatal(err)
			}
			if p.ID != "mini" || p.Title != "Mini pack" || p.Version != "2.0.0" {
				t.Errorf("manifest = %+v", p.Manifest)
			}
			if len(p.Articles) != 2 {
				t.Fatalf("want 2 articles, got %d", len(p.Articles))
			}
			a, ok := p.Article("mini")
			if !ok {
				t.Fatal("article mini missing")
			}
			var ids []string
			for _, q := range a.Questions {
				ids = append(ids, q.ID)
			}
			if strings.Join(ids, ",") != "part,extra" {
				t.Errorf("questions = %v; want the YAML one then the GIFT one", ids)
			}
		})
	}
}

func TestOpenSingleArticleWithItsQuestions(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mini.md"), []byte(miniArticle), 0o644)
	os.WriteFile(filepath.Join(dir, "mini.quiz.yaml"), []byte(miniQuiz), 0o644)
	p, err := Open(filepath.Join(dir, "mini.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Articles) != 1 || len(p.Articles[0].Questions) != 1 {
		t.Fatalf("want one article with one question, got %+v", p.Articles)
	}
}

func TestOpenErrorsSayWhatToDo(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	empty := t.TempDir()
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "a.md"), []byte(miniArticle), 0o644)
	os.WriteFile(filepath.Join(bad, "a.quiz.yaml"), []byte("questions:\n  - id: x\n    type: essay\n"), 0o644)
	dup := t.TempDir()
	os.WriteFile(filepath.Join(dup, "a.md"), []byte(miniArticle), 0o644)
	os.WriteFile(filepath.Join(dup, "a.quiz.yaml"), []byte(miniQuiz), 0o644)
	os.WriteFile(filepath.Join(dup, "a.gift"), []byte("::part:: Again? {T}\n"), 0o644)
	tests := map[string]struct {
		path string
		want string
	}{
		"missing":         {filepath.Join(dir, "nope"), "no such file or directory"},
		"not a pack":      {filepath.Join(dir, "notes.txt"), "not a pack: give a directory, a .zip pack, or a .md article"},
		"no articles":     {empty, "no articles"},
		"bad question":    {bad, filepath.Join(bad, "a.quiz.yaml") + ":3:11:"},
		"id in two files": {dup, `question id "part" is also used at`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Open(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestDefaultPackOpens(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if p.Origin != DefaultOrigin || len(p.Articles) != 1 {
		t.Fatalf("default pack: %+v", p)
	}
	a := p.Articles[0]
	if a.ID != "russia-dprk-summit-2023" || len(a.Sections) != 4 || len(a.Questions) < 24 {
		t.Errorf("default article: id %s, %d sections, %d questions", a.ID, len(a.Sections), len(a.Questions))
	}
	for _, chrome := range []string{"by admin", "1.3K views", "0 comment", "You may also like", "Leave a Comment", "lakehouse", "Call Us", "Facebook Page", "All Right Reserved", "email"} {
		if strings.Contains(a.Body, chrome) {
			t.Errorf("page chrome %q left in the article", chrome)
		}
	}
	if !strings.Contains(a.Body, "Labourers from North Korea are working") {
		t.Errorf("the paragraph the page broke in two should be joined")
	}
}

// A version brief cannot order would sort after every real one and lock
// out each later update, so a pack carrying one does not load (and so is
// neither packed nor added).
func TestPackVersionMustBeOrderable(t *testing.T) {
	for version, ok := range map[string]bool{
		"1.0.0": true, "2": true, "v3.1": true, "1.0.0-beta.2": true, "": true,
		"one": false, "1.x": false, "latest": false, "1..2": false, "-1": false,
	} {
		t.Run(version, func(t *testing.T) {
			fsys := fstest.MapFS{
				"pack.yaml": {Data: []byte("id: mini\nversion: \"" + version + "\"\n")},
				"mini.md":   {Data: []byte(miniArticle)},
			}
			_, err := Load(fsys, "mini")
			if ok && err != nil {
				t.Fatalf("version %q refused: %v", version, err)
			}
			if !ok && (err == nil || !strings.Contains(err.Error(), "mini/pack.yaml:1:1: version")) {
				t.Fatalf("version %q: error %v, want a located refusal", version, err)
			}
		})
	}
}

// Question files may name a section by its heading or its slug; scores
// are kept by the name, so the loaded questions all carry the slug and a
// section is counted once in the stats.
func TestQuestionSectionsAreNamedOneWay(t *testing.T) {
	quizText := `questions:
  - {id: by-heading, type: truefalse, prompt: A, answer: true, section: "Part"}
  - {id: by-case, type: truefalse, prompt: B, answer: true, section: "part"}
  - {id: by-slug, type: truefalse, prompt: C, answer: true, section: part}
  - {id: whole, type: truefalse, prompt: D, answer: true}
`
	p, err := Load(fstest.MapFS{
		"mini.md":        {Data: []byte(miniArticle)},
		"mini.quiz.yaml": {Data: []byte(quizText)},
	}, "mini")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range p.Articles[0].Questions {
		got = append(got, q.ID+"="+q.Section)
	}
	want := []string{"by-heading=part", "by-case=part", "by-slug=part", "whole="}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("sections %v, want %v", got, want)
	}
}

func TestAFileThatIsNotAZipSaysSo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pack.brief.zip")
	if err := os.WriteFile(path, []byte("this is not a zip\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if err == nil || err.Error() != path+" is not a zip file, or it is damaged: ask for a fresh copy (brief pack makes one)" {
		t.Errorf("error %v", err)
	}
}
