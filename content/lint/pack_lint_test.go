package lint

import (
	"brief/content"
	"brief/content/internal/packtest"
	"brief/internal/diag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// Every problem in the front matter is reported at once, each located.
func TestFrontMatterReportsEveryProblem(t *testing.T) {
	src := "---\nid: Floods_Bad\ntitle: Floods\npublished: 5 March 2024\ncolour: blue\n---\nText.\n"
	ds := Pack(fstest.MapFS{"floods.md": {Data: []byte(src)}}, "p")
	var errs []string
	for _, d := range ds {
		if d.Severity != diag.Warning {
			errs = append(errs, d.String())
		}
	}
	want := []string{
		`p/floods.md:2:5: error: front matter: id "Floods_Bad" may hold only a-z, 0-9 and '-'`,
		`p/floods.md:4:12: error: front matter: published "5 March 2024" is not a date like 2023-09-17`,
		`p/floods.md:5:1: error: front matter: unknown key "colour" (known: id, title, byline, source, published, language, tags)`,
	}
	if strings.Join(errs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
	}
}

func TestDefaultPackLintsClean(t *testing.T) {
	for _, d := range Pack(content.DefaultFS(), content.DefaultOrigin) {
		t.Errorf("lint: %s", d)
	}
}

// A teacher linting a pack zip before handing it out hears that it was
// changed after `brief pack` made it, as a student's `brief add` would.
func TestLintOfATamperedZip(t *testing.T) {
	src := packZipFile(t, writeTestPack(t, "p", "1"))
	ds, err := Path(src)
	if err != nil || diag.CountErrors(ds) != 0 {
		t.Fatalf("the zip as packed: %v, %v", ds, err)
	}
	changed := packtest.RewriteZipEntry(t, src, "russia-dprk-summit-2023.md", func(b []byte) []byte {
		return append(b, []byte("\nAn added paragraph.\n")...)
	})
	ds, err = Path(changed)
	if err != nil {
		t.Fatal(err)
	}
	got := formatDiagnostics(ds)
	want := changed + "/pack.yaml:"
	if diag.CountErrors(ds) != 1 || !strings.HasPrefix(got, want) || !strings.Contains(got, "error: content_hash in pack.yaml does not match the files") {
		t.Errorf("lint said:\n%s\nwant one error at %s… about the content_hash", got, want)
	}
}

// Pack reports the pack's question limit where pack and add would refuse
// it, so a teacher learns of it before handing the pack out.
func TestLintReportsThePackQuestionLimit(t *testing.T) {
	diags := Pack(packOfQuestions(2000, 2000, 1001), "many")
	for _, d := range diags {
		if d.Severity == diag.Error && strings.Contains(d.Error(), "many/a3.gift:2001:1: question 5001 of the pack is over the limit") {
			return
		}
	}
	t.Errorf("lint does not report the limit: %v", diags)
}

// A zip made by compressing the pack's folder, as a file manager does,
// holds the pack one folder down (and, from macOS, a __MACOSX folder
// beside it); it opens as the pack. A zip with two folders at the top is
// not one pack and is refused as before.
func TestZipOfThePackFolderOpens(t *testing.T) {
	files := map[string]string{
		"floods/pack.yaml":            "id: floods\ntitle: Floods\nversion: 1.0.0\n",
		"floods/mini.md":              miniArticle,
		"floods/mini.quiz.yaml":       miniQuiz,
		"__MACOSX/floods/._mini.md":   "attributes",
		"__MACOSX/floods/._pack.yaml": "attributes",
	}
	path := filepath.Join(t.TempDir(), "floods.zip")
	packtest.WriteZip(t, path, files)
	p, err := content.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != "floods" || len(p.Articles) != 1 || len(p.Articles[0].Questions) != 1 {
		t.Fatalf("pack %q with %d articles, want floods with mini and its question", p.ID, len(p.Articles))
	}
	if ds := Pack(mustZipFS(t, path), path); diag.CountErrors(ds) != 0 {
		t.Errorf("lint of the zip: %v", ds)
	}

	two := filepath.Join(t.TempDir(), "two.zip")
	packtest.WriteZip(t, two, map[string]string{"a/mini.md": miniArticle, "b/mini.md": miniArticle})
	if _, err := content.Open(two); err == nil || !strings.Contains(err.Error(), "no articles") {
		t.Errorf("a zip of two folders: %v, want it refused as holding no articles", err)
	}
}

// A zip brief pack writes lints clean.
func TestWrittenPackZipLintsClean(t *testing.T) {
	dir := writeTestPack(t, "summit", "2.1.0")
	data, _ := packZipBytes(t, dir)
	out := filepath.Join(t.TempDir(), "summit.brief.zip")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	diags, err := Path(out)
	if err != nil || diag.CountErrors(diags) > 0 {
		t.Errorf("lint of the zip: %v %q", err, diagStrings(diags))
	}
}
