package lint

import (
	"archive/zip"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"brief/content"
	"brief/internal/diag"
)

var update = flag.Bool("update", false, "rewrite testdata/lint/*/expected.txt from the current lint output")

// lintCorpus is the directory of broken packs, one case per directory,
// each with the exact lint output it must produce in expected.txt.
const lintCorpus = "testdata/lint"

// formatDiagnostics renders diagnostics as `brief lint` prints them, one
// per line.
func formatDiagnostics(ds []*diag.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// TestLintCorpus lints every case of the corpus and compares the output
// line for line. Each case also names a phrase its output must hold, so
// that regenerating expected.txt with -update cannot quietly bless a check
// that stopped working.
func TestLintCorpus(t *testing.T) {
	cases := map[string]struct {
		mustSay string // a phrase the output must hold ("" for a clean pack)
	}{
		"clean":              {mustSay: ""},
		"yaml-syntax":        {mustSay: "error: YAML syntax"},
		"unknown-field":      {mustSay: `unknown field "explian"`},
		"missing-field":      {mustSay: "missing prompt"},
		"wrong-type":         {mustSay: `unknown type "multiple-choice"`},
		"answer-not-option":  {mustSay: "Vostochny"},
		"duplicate-options":  {mustSay: "duplicate option"},
		"duplicate-ids":      {mustSay: `duplicate id "venue"`},
		"order-one-item":     {mustSay: "needs 2 to 10 items, this one has 1"},
		"match-one-pair":     {mustSay: "needs 2 to 10 pairs, this one has 1"},
		"cloze-no-blank":     {mustSay: "no blank"},
		"evidence-not-found": {mustSay: `closest passage: "North Korea’s airline flew to China after almost five years."`},
		"section-missing":    {mustSay: `section "hermit-kingdom" does not exist in summit.md (sections: lead, struggling)`},
		"no-article":         {mustSay: "sumit.quiz.yaml has no article sumit.md beside it"},
		"bad-front-matter":   {mustSay: "published"},
		"missing-title":      {mustSay: "title is missing"},
		"no-front-matter":    {mustSay: "missing front matter"},
		"draft":              {mustSay: "warning: draft question: review it and remove draft: true"},
		"bad-manifest":       {mustSay: `unknown field "authors"`},
		"manifest-syntax":    {mustSay: `pack.yaml:1:8: error: YAML syntax: the quoted value that starts here is never closed: end it with "`},
		"bad-assignment":     {mustSay: `pack.yaml:6:9: error: assignment: time "a while" is not a time limit such as 15m`},
		"assignment-several": {mustSay: "pack.yaml:8:13: error: assignment: attempts 0 is not between 1 and 100 (leave it out for no limit)"},
		"bad-version":        {mustSay: `pack.yaml:3:10: error: version "one" is not a version like 1.2.0`},
		"empty-pack":         {mustSay: "no articles"},
		"gift-errors":        {mustSay: `question id "venue" is also used at`},
		"gift-orphan":        {mustSay: "sumit.aiken.txt has no article sumit.md beside it"},
		"no-questions":       {mustSay: "no-questions/floods.md:1:1: warning: floods.md has no question file, so it has no quiz"},
	}
	dirs, err := os.ReadDir(lintCorpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if _, ok := cases[d.Name()]; d.IsDir() && !ok {
			t.Errorf("%s/%s has no entry in the table: add one saying what it checks", lintCorpus, d.Name())
		}
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(lintCorpus, name)
			got := formatDiagnostics(Pack(os.DirFS(dir), name))
			expectedPath := filepath.Join(dir, "expected.txt")
			if *update {
				if err := os.WriteFile(expectedPath, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(expectedPath)
			if err != nil {
				t.Fatalf("%v (run go test -run TestLintCorpus -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("lint output differs from %s\ngot:\n%s\nwant:\n%s", expectedPath, got, want)
			}
			if tc.mustSay == "" && got != "" {
				t.Errorf("want no diagnostics for a clean pack, got:\n%s", got)
			}
			if !strings.Contains(got, tc.mustSay) {
				t.Errorf("output does not say %q:\n%s", tc.mustSay, got)
			}
		})
	}
}

// TestLintPath checks each kind of path a teacher may name: the whole
// pack, one article (with its question file), one question file (with its
// article), and a zip.
func TestLintPath(t *testing.T) {
	caseDir := filepath.Join(lintCorpus, "evidence-not-found")
	zipPath := writeZip(t, caseDir, "summit.md", "summit.quiz.yaml")
	wantLines := func(prefix string) []string {
		return []string{
			prefix + `summit.quiz.yaml:8:15: error: evidence not found in summit.md: quote the article word for word; closest passage: "North Korea’s airline flew to China after almost five years."`,
			prefix + `summit.quiz.yaml:14:15: error: evidence not found in summit.md: quote the article word for word`,
		}
	}
	cases := map[string]struct {
		path string
		want []string
	}{
		"directory":     {path: caseDir, want: wantLines(caseDir + "/")},
		"article":       {path: filepath.Join(caseDir, "summit.md"), want: wantLines(caseDir + "/")},
		"question file": {path: filepath.Join(caseDir, "summit.quiz.yaml"), want: wantLines(caseDir + "/")},
		"zip":           {path: zipPath, want: wantLines(zipPath + "/")},
		"lone question file": {
			path: filepath.Join(lintCorpus, "no-article", "sumit.quiz.yaml"),
			want: []string{filepath.Join(lintCorpus, "no-article") + "/sumit.quiz.yaml:1:1: error: sumit.quiz.yaml has no article sumit.md beside it: a question file is named after its article"},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			ds, err := Path(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(strings.TrimSuffix(formatDiagnostics(ds), "\n"), "\n")
			if !slices.Equal(got, tc.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// writeZip packs files of dir into a zip in a temporary directory.
func writeZip(t *testing.T, dir string, names ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "pack.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLintPathRefuses(t *testing.T) {
	cases := map[string]struct {
		path    string
		wantErr string
	}{
		"missing path":   {path: filepath.Join(lintCorpus, "nowhere"), wantErr: "no such file"},
		"not a pack":     {path: writeFile(t, "notes.txt", "notes"), wantErr: "not a pack"},
		"not a zip file": {path: writeFile(t, "broken.zip", "not a zip"), wantErr: "zip"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Path(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("Path(%s) error = %v, want one mentioning %q", tc.path, err, tc.wantErr)
			}
		})
	}
}

// Linting pack.yaml, the file a teacher has open, lints its pack.
func TestLintOfPackYAMLLintsThePack(t *testing.T) {
	dir := filepath.Join(lintCorpus, "bad-manifest")
	fromFile, err := Path(filepath.Join(dir, "pack.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	fromDir, _ := Path(dir)
	if got, want := formatDiagnostics(fromFile), formatDiagnostics(fromDir); got != want || !strings.Contains(got, `unknown field "authors"`) {
		t.Errorf("lint of pack.yaml:\n%s\nwant the pack's:\n%s", got, want)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvidenceMatching(t *testing.T) {
	body := "Putin met *Kim* at the [Vostochny](https://example.org) spaceport.\n" +
		"The spokesman said visits are “due to take place”.\n\n" +
		"## North Korea’s plight\n\n" +
		"North Korea’s  airline flew\nto China after almost five years.\n"
	cases := map[string]struct {
		quote string
		found bool
	}{
		"exact":                          {quote: "North Korea’s  airline flew", found: true},
		"straight apostrophe for curly":  {quote: "North Korea's airline flew", found: true},
		"straight quotes for curly":      {quote: `visits are "due to take place".`, found: true},
		"line break in article":          {quote: "airline flew to China", found: true},
		"emphasis and link text dropped": {quote: "Putin met Kim at the Vostochny spaceport.", found: true},
		"heading text":                   {quote: "North Korea's plight", found: true},
		"one word changed":               {quote: "airline flew to China after nearly five years", found: false},
		"case differs":                   {quote: "putin met kim", found: false},
		"link target is not text":        {quote: "example.org", found: false},
		"only spaces":                    {quote: "   ", found: false},
	}
	p := newPassages(body)
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := p.contains(tc.quote); got != tc.found {
				t.Errorf("contains(%q) = %v, want %v", tc.quote, got, tc.found)
			}
		})
	}
}

func TestClosestPassage(t *testing.T) {
	body := "Both leaders met on September 12 and 13. The summit was held at Vostochny, not far from the Chinese border.\n\n" +
		"## Hermit kingdom\n\n" +
		"North Korea apparently has a huge stockpile of munitions. Selling it will earn cash.\n"
	cases := map[string]struct {
		quote  string
		want   string
		wantOK bool
	}{
		"misquoted word":     {quote: "the summit was held in Vostochny", want: "The summit was held at Vostochny, not far from the Chinese border.", wantOK: true},
		"paraphrase":         {quote: "a huge stockpile of weapons", want: "North Korea apparently has a huge stockpile of munitions.", wantOK: true},
		"word order matters": {quote: "leaders met on September", want: "Both leaders met on September 12 and 13.", wantOK: true},
		"nothing in common":  {quote: "zebra quantum", wantOK: false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, ok := newPassages(body).closest(tc.quote)
			if ok != tc.wantOK || got != tc.want {
				t.Errorf("closest(%q) = %q, %v; want %q, %v", tc.quote, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

// TestClosestPassageIsBounded checks that a file full of misquotes gets
// hints for the first few only, so linting it stays quick.
func TestClosestPassageIsBounded(t *testing.T) {
	p := newPassages("The summit was held at Vostochny.")
	for i := range maxHints {
		if _, ok := p.closest("summit held"); !ok {
			t.Fatalf("hint %d refused; want %d hints", i+1, maxHints)
		}
	}
	if _, ok := p.closest("summit held"); ok {
		t.Errorf("hint %d given; want at most %d per file", maxHints+1, maxHints)
	}
}

func TestLintSortsByPosition(t *testing.T) {
	ds := []*diag.Diagnostic{
		diag.Errorf("b.md", 1, 1, "b"),
		diag.Errorf("a.quiz.yaml", 10, 2, "late"),
		diag.Warnf("a.quiz.yaml", 2, 5, "second"),
		diag.Errorf("a.quiz.yaml", 2, 3, "first"),
		diag.Errorf("a.quiz.yaml", 0, 0, "whole file"),
	}
	sortDiagnostics(ds)
	var got []string
	for _, d := range ds {
		got = append(got, d.Msg)
	}
	want := []string{"whole file", "first", "second", "late", "b"}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func BenchmarkLintDefaultPack(b *testing.B) {
	fsys := content.DefaultFS()
	for b.Loop() {
		Pack(fsys, content.DefaultOrigin)
	}
}

// BenchmarkClosestPassage measures a hint over a long article, the cost a
// misquote pays.
func BenchmarkClosestPassage(b *testing.B) {
	body := strings.Repeat("North Korea apparently has a huge stockpile of munitions and other conventional weapons. ", 5000)
	p := newPassages(body)
	for b.Loop() {
		p.hints = 0
		p.closest("a huge stockpile of shells and other weapons")
	}
}

// A question missing both explain and evidence gets one warning saying
// so; missing one, a warning naming that one.
func TestLintWarnsOnceAQuestionForExplainAndEvidence(t *testing.T) {
	quizText := `questions:
  - {id: neither, type: truefalse, prompt: A, answer: true}
  - {id: no-explain, type: truefalse, prompt: B, answer: true, evidence: Lead text.}
  - {id: no-evidence, type: truefalse, prompt: C, answer: true, explain: It says so.}
  - {id: both, type: truefalse, prompt: D, answer: true, explain: It says so., evidence: Lead text.}
`
	ds := Pack(fstest.MapFS{
		"mini.md":        {Data: []byte(miniArticle)},
		"mini.quiz.yaml": {Data: []byte(quizText)},
	}, "p")
	want := "p/mini.quiz.yaml:2:5: warning: question \"neither\" has no explain or evidence: say why the answer is right, and quote the passage of the article that supports it\n" +
		"p/mini.quiz.yaml:3:5: warning: question \"no-explain\" has no explain: say why the answer is right\n" +
		"p/mini.quiz.yaml:4:5: warning: question \"no-evidence\" has no evidence: quote the passage of the article that supports the answer\n"
	if got := formatDiagnostics(ds); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A question with an error of its own is still checked against the
// article, so a teacher sees everything wrong with it in one run.
func TestLintChecksABrokenQuestionAgainstTheArticleToo(t *testing.T) {
	quizText := `questions:
  - id: x
    type: truefalse
    prompt: P
    answer: true
    level: hard
    section: nowhere
    evidence: not in the text at all
`
	ds := Pack(fstest.MapFS{
		"mini.md":        {Data: []byte(miniArticle)},
		"mini.quiz.yaml": {Data: []byte(quizText)},
	}, "p")
	got := formatDiagnostics(ds)
	for _, want := range []string{
		`p/mini.quiz.yaml:6:12: error: unknown level "hard"`,
		`p/mini.quiz.yaml:7:14: error: section "nowhere" does not exist in mini.md`,
		`p/mini.quiz.yaml:8:15: error: evidence not found in mini.md`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lint does not say %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "warning") {
		t.Errorf("advice given about a question that has errors:\n%s", got)
	}
}

// A match question whose items all share one answer marks every student
// right: lint says so at its pairs, in brief's format and in Moodle's.
// Items that share an answer with only some others are ordinary.
func TestLintWarnsOfAMatchWithOneAnswer(t *testing.T) {
	const fields = "level: recall, explain: It says so., evidence: Lead text."
	quizText := "questions:\n" +
		"  - {id: one, type: match, prompt: A, pairs: {a: x, b: x, c: x}, " + fields + "}\n" +
		"  - {id: shared, type: match, prompt: B, pairs: {a: x, b: y, c: x}, " + fields + "}\n"
	ds := Pack(fstest.MapFS{
		"mini.md":        {Data: []byte(miniArticle)},
		"mini.quiz.yaml": {Data: []byte(quizText)},
	}, "p")
	want := "p/mini.quiz.yaml:2:46: warning: every item of match question \"one\" has the same answer \"x\", so it cannot be answered wrong: give the items different answers\n"
	if got := formatDiagnostics(ds); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	gift := "::one::Match {\n=a -> x\n=b -> x\n}\n"
	ds = Pack(fstest.MapFS{
		"mini.md":   {Data: []byte(miniArticle)},
		"mini.gift": {Data: []byte(gift)},
	}, "p")
	if got := formatDiagnostics(ds); !strings.Contains(got, "p/mini.gift:1:1: warning: every item of match question \"one\" has the same answer \"x\"") {
		t.Errorf("Moodle's format: got\n%s", got)
	}
}
