package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brief/content"
	"brief/content/lint"
)

// teach runs brief with the teacher's and student's commands, whether or
// not root.go registers them yet, in the working directory dir and with
// data as the data directory. It returns stdout, stderr and the exit code.
func teach(t *testing.T, dir, data string, args ...string) (string, string, int) {
	t.Helper()
	return teachIn(t, dir, data, "", args...)
}

// teachIn is teach with stdin as the command's input.
func teachIn(t *testing.T, dir, data, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := Env{Version: "test", Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut}
	g := &globalOptions{}
	root := newRootCommand(g, env)
	root.SilenceErrors, root.SilenceUsage = true, true
	root.SetArgs(append([]string{"--data-dir", data}, args...))
	root.SetOut(&out)
	root.SetErr(&errOut)
	t.Chdir(dir)
	err := root.ExecuteContext(context.Background())
	var ee exitError
	switch {
	case err == nil:
		return out.String(), errOut.String(), exitOK
	case errors.As(err, &ee):
		return out.String(), errOut.String(), ee.code
	case isUsage(err):
		errOut.WriteString("brief: " + err.Error() + "\n")
		return out.String(), errOut.String(), exitUsage
	default:
		errOut.WriteString("brief: " + err.Error() + "\n")
		return out.String(), errOut.String(), exitFailure
	}
}

// seedText is the saved web page the walk-through starts from.
func seedText(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../content/webimport/testdata/import/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// mustContain fails unless s holds every one of want.
func mustContain(t *testing.T, what, s string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, s)
		}
	}
}

// TestTeacherWalkThrough follows docs/teachers.md: a saved page becomes
// an article, drafted questions, a pack zip, and a student's installed
// pack.
func TestTeacherWalkThrough(t *testing.T) {
	work, data := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(work, "page.txt"), seedText(t), 0o644)
	os.Mkdir(filepath.Join(work, "summit"), 0o755)
	os.WriteFile(filepath.Join(work, "summit", "pack.yaml"), []byte("id: summit\ntitle: The Russia–DPRK summit\nauthor: Ms Perera\nversion: 1.0.0\n"), 0o644)

	out, errOut, code := teach(t, work, data, "import", "page.txt", "-o", "summit/summit.md")
	if code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	mustContain(t, "import output", out, "wrote summit/summit.md", "Russia, North Korea leaders’ meeting under global spotlight", "by Fazli M.Auff", "published 2023-09-17", "4 sections")

	out, errOut, code = teach(t, work, data, "draft", "summit/summit.md")
	if code != 0 {
		t.Fatalf("draft: exit %d\n%s%s", code, out, errOut)
	}
	mustContain(t, "draft output", out, "wrote summit/summit.quiz.yaml", "draft questions", "brief lint summit")

	out, errOut, code = teach(t, work, data, "lint", "summit")
	if code != 0 || !strings.Contains(out, "warning: draft question") || strings.Contains(out, "error:") {
		t.Fatalf("lint of the drafted pack: exit %d\n%s%s", code, out, errOut)
	}

	out, errOut, code = teach(t, work, data, "pack", "summit", "-o", "summit.brief.zip")
	if code != 0 {
		t.Fatalf("pack: exit %d\n%s%s", code, out, errOut)
	}
	mustContain(t, "pack output", out, "packed summit 1.0.0 (1 article, ", "into summit.brief.zip", "content hash sha256:")
	first, _ := os.ReadFile(filepath.Join(work, "summit.brief.zip"))

	_, errOut, code = teach(t, work, data, "pack", "summit", "-o", "summit.brief.zip")
	if code != 1 || !strings.Contains(errOut, "summit.brief.zip exists") || !strings.Contains(errOut, "--force") {
		t.Errorf("packing over an existing zip: exit %d, %s", code, errOut)
	}
	if _, _, code = teach(t, work, data, "pack", "summit", "-o", "summit.brief.zip", "--force"); code != 0 {
		t.Fatal("pack --force failed")
	}
	second, _ := os.ReadFile(filepath.Join(work, "summit.brief.zip"))
	if !bytes.Equal(first, second) {
		t.Error("packing twice gave different zips")
	}

	out, errOut, code = teach(t, work, data, "add", "summit.brief.zip")
	if code != 0 || !strings.Contains(out, "added summit 1.0.0: The Russia–DPRK summit") {
		t.Fatalf("add: exit %d\n%s%s", code, out, errOut)
	}
	out, _, _ = teach(t, work, data, "list")
	mustContain(t, "list", out, "ID", "QUESTIONS", "brief-default", "summit ", "The Russia–DPRK summit")
	out, errOut, code = teach(t, work, data, "add", "summit.brief.zip")
	if code != 0 || !strings.Contains(out, "reinstalled summit 1.0.0 (scores kept)") {
		t.Errorf("adding again: exit %d\n%s%s", code, out, errOut)
	}

	out, _, code = teach(t, work, data, "remove", "summit")
	if code != 0 || !strings.Contains(out, "removed summit") {
		t.Errorf("remove: exit %d, %s", code, out)
	}
	if out, _, _ = teach(t, work, data, "list"); strings.Contains(out, "summit ") {
		t.Errorf("list after remove still shows summit:\n%s", out)
	}
	_, errOut, code = teach(t, work, data, "remove", "summit")
	if code != exitFailure || !strings.Contains(errOut, "not installed") {
		t.Errorf("removing twice: exit %d, %s", code, errOut)
	}
}

// Removing what cannot be removed fails, but the command line was right:
// no pointer to --help.
func TestRemoveRefusalsAreNotUsageErrors(t *testing.T) {
	tests := map[string]struct {
		id   string
		want string
	}{
		"not installed": {"nope", "brief: remove nope: not installed (brief list shows the installed packs)\n"},
		"built in":      {content.DefaultPackID, "brief: brief-default is built into brief and cannot be removed\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := runIn(t, t.TempDir(), "", "remove", tc.id)
			if code != exitFailure || errOut != tc.want || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, out, errOut, exitFailure, tc.want)
			}
		})
	}
}

func TestPackAndAddRefuseBrokenPacks(t *testing.T) {
	work, data := t.TempDir(), t.TempDir()
	dir := filepath.Join(work, "broken")
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\n---\n\nText.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.quiz.yaml"), []byte("questions:\n  - id: q\n    type: choice\n    prompt: Which?\n"), 0o644)

	out, errOut, code := teach(t, work, data, "pack", "broken", "-o", "b.brief.zip")
	if code != 1 || !strings.Contains(out, "broken/a.quiz.yaml:2:") || !strings.Contains(out, "error:") {
		t.Errorf("pack of a broken folder: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(work, "b.brief.zip")); err == nil {
		t.Error("a zip was written for a broken pack")
	}
	out, errOut, code = teach(t, work, data, "add", "broken")
	if code != 1 || !strings.Contains(out, "broken/a.quiz.yaml:2:") {
		t.Errorf("add of a broken folder: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}

func TestAddRefusesAnOlderVersion(t *testing.T) {
	work, data := t.TempDir(), t.TempDir()
	for _, v := range []string{"2", "1"} {
		dir := filepath.Join(work, "v"+v)
		os.Mkdir(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\n---\n\nText.\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "pack.yaml"), []byte("id: p\nversion: \""+v+"\"\n"), 0o644)
	}
	if _, errOut, code := teach(t, work, data, "add", "v2"); code != 0 {
		t.Fatal(errOut)
	}
	_, errOut, code := teach(t, work, data, "add", "v1")
	if code != 1 || !strings.Contains(errOut, "older than the installed 2") || !strings.Contains(errOut, "--force") {
		t.Errorf("adding an older version: exit %d, %s", code, errOut)
	}
	if out, _, code := teach(t, work, data, "add", "v1", "--force"); code != 0 || !strings.Contains(out, "replaced p 2 with the older 1") {
		t.Errorf("--force: exit %d, %s", code, out)
	}
}

func TestAddRefusesTheSameVersionWithOtherContent(t *testing.T) {
	work, data := t.TempDir(), t.TempDir()
	for name, articles := range map[string][]string{"two": {"a", "b"}, "one": {"a"}} {
		dir := filepath.Join(work, name)
		os.Mkdir(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "pack.yaml"), []byte("id: cycle\nversion: 1.0.0\n"), 0o644)
		for _, a := range articles {
			os.WriteFile(filepath.Join(dir, a+".md"), []byte("---\ntitle: "+a+"\n---\n\nText.\n"), 0o644)
		}
		if _, errOut, code := teach(t, work, data, "pack", name, "-o", name+".brief.zip"); code != 0 {
			t.Fatalf("pack %s: %s", name, errOut)
		}
	}
	if _, errOut, code := teach(t, work, data, "add", "two.brief.zip"); code != 0 {
		t.Fatal(errOut)
	}
	out, errOut, code := teach(t, work, data, "add", "one.brief.zip")
	if code != 1 || out != "" {
		t.Errorf("adding other content at the same version: exit %d, stdout %q", code, out)
	}
	mustContain(t, "the refusal", errOut, "version 1.0.0", "already installed with different content", "--force")
	if out, _, _ := teach(t, work, data, "list"); !regexp.MustCompile(`(?m)^cycle +1\.0\.0 +2 `).MatchString(out) {
		t.Errorf("the installed pack changed:\n%s", out)
	}
	if out, errOut, code := teach(t, work, data, "add", "two.brief.zip"); code != 0 || !strings.Contains(out, "reinstalled cycle 1.0.0") {
		t.Errorf("the same content again: exit %d, %s%s", code, out, errOut)
	}
	if out, errOut, code := teach(t, work, data, "add", "one.brief.zip", "--force"); code != 0 || !strings.Contains(out, "replaced cycle 1.0.0 with different content") {
		t.Errorf("--force: exit %d, %s%s", code, out, errOut)
	}
}

func TestImportQuestions(t *testing.T) {
	tests := map[string]struct {
		name, input string
		args        []string
		wantOut     string // the written file's name, or "" when nothing is written
		wantCode    int
		wantStdout  string
		wantStderr  string
	}{
		"gift": {
			name: "bank.gift", input: "::Venue:: Where did they meet? {=Vostochny ~Moscow}\n\n::Essay:: Discuss. {}\n",
			wantOut: "bank.quiz.yaml", wantStdout: "wrote bank.quiz.yaml: 1 of 2 questions (1 warning above)", wantStderr: "bank.gift:3:1: warning: skipped: essay",
		},
		"aiken": {
			name: "bank.aiken.txt", input: "Where did they meet?\nA. Vostochny\nB. Moscow\nANSWER: A\n",
			wantOut: "bank.quiz.yaml", wantStdout: "wrote bank.quiz.yaml: 1 question",
		},
		"forced format": {
			name: "bank.txt", input: "Where did they meet?\nA. Vostochny\nB. Moscow\nANSWER: A\n", args: []string{"--format", "aiken"},
			wantOut: "bank.quiz.yaml", wantStdout: "wrote bank.quiz.yaml: 1 question",
		},
		"broken gift writes nothing": {
			name: "bank.gift", input: "::Venue:: Where did they meet? {=Vostochny ~Moscow\n",
			wantCode: 1, wantStderr: "bank.gift:1:",
		},
		"unknown extension": {
			name: "bank.doc", input: "x", wantCode: exitUsage, wantStderr: "cannot tell the format",
		},
		"unknown format": {
			name: "bank.gift", input: "x", args: []string{"--format", "docx"}, wantCode: exitUsage, wantStderr: "use gift, aiken, text, html",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			os.WriteFile(filepath.Join(work, tc.name), []byte(tc.input), 0o644)
			out, errOut, code := teach(t, work, t.TempDir(), append([]string{"import", tc.name}, tc.args...)...)
			if code != tc.wantCode || !strings.Contains(out, tc.wantStdout) || !strings.Contains(errOut, tc.wantStderr) {
				t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
			}
			entries, _ := os.ReadDir(work)
			if tc.wantOut == "" && len(entries) != 1 {
				t.Errorf("files written for a failed import: %v", entries)
			}
			if tc.wantOut != "" {
				diags, err := lint.Path(filepath.Join(work, tc.wantOut))
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range diags {
					if strings.Contains(d.Msg, "YAML") || strings.Contains(d.Msg, "missing") {
						t.Errorf("the written file: %s", d)
					}
				}
				_, errOut, code := teach(t, work, t.TempDir(), append([]string{"import", tc.name}, tc.args...)...)
				if code != 1 || !strings.Contains(errOut, "exists") {
					t.Errorf("importing over the output: exit %d, %s", code, errOut)
				}
			}
		})
	}
}

func TestImportHTMLArticle(t *testing.T) {
	work := t.TempDir()
	page, err := os.ReadFile("../content/webimport/testdata/import/article.html")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(work, "page.html"), page, 0o644)
	out, errOut, code := teach(t, work, t.TempDir(), "import", "page.html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	mustContain(t, "import output", out, `wrote page.md: "Leaders meet at a spaceport"`, "by Jane Reporter, The Daily Example, published 2023-09-17")
	md, _ := os.ReadFile(filepath.Join(work, "page.md"))
	mustContain(t, "page.md", string(md), "id: page\n", "source: The Daily Example\n", "## Struggling")
}

func TestExport(t *testing.T) {
	tests := map[string]struct {
		args       []string
		wantStdout string
		wantStderr string
		wantCode   int
	}{
		"gift to stdout": {
			args: []string{"export", "--format", "gift"}, wantStdout: "::", wantStderr: "no GIFT form; skipped",
		},
		"aiken skips what it cannot hold": {
			args: []string{"export", "--format", "aiken"}, wantStdout: "ANSWER: ", wantStderr: "has no Aiken form",
		},
		"unknown article": {
			args: []string{"export", "--article", "nope"}, wantCode: exitUsage, wantStderr: `no article "nope"`,
		},
		"unknown format": {
			args: []string{"export", "--format", "qti"}, wantCode: exitUsage, wantStderr: "use gift or aiken",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := teach(t, t.TempDir(), t.TempDir(), tc.args...)
			if code != tc.wantCode || !strings.Contains(out, tc.wantStdout) || !strings.Contains(errOut, tc.wantStderr) {
				t.Fatalf("exit %d\nstdout %.300s\nstderr %s", code, out, errOut)
			}
		})
	}
	// What export writes, import reads back.
	work := t.TempDir()
	if _, errOut, code := teach(t, work, t.TempDir(), "export", "--format", "gift", "-o", "bank.gift"); code != 0 {
		t.Fatal(errOut)
	}
	out, errOut, code := teach(t, work, t.TempDir(), "import", "bank.gift")
	if code != 0 || !strings.Contains(out, "wrote bank.quiz.yaml") {
		t.Errorf("importing the export: exit %d\n%s%s", code, out, errOut)
	}
}

func TestDraftRefuses(t *testing.T) {
	tests := map[string]struct {
		files map[string]string
		args  []string
		want  string
		code  int
	}{
		"not an article": {map[string]string{"a.txt": "x"}, []string{"draft", "a.txt"}, "a.txt is not an article: give the article's .md file", exitUsage},
		"no such file":   {nil, []string{"draft", "nope"}, "nope does not exist", 1},
		"no such .md":    {nil, []string{"draft", "nope.md"}, "read nope.md: no such file", 1},
		"existing questions": {map[string]string{"a.md": "---\ntitle: A\n---\n\nPresident Jane Doe met the Finance Minister John Roe in Paris on May 4.\n", "a.quiz.yaml": "questions: []\n"},
			[]string{"draft", "a.md"}, "a.quiz.yaml exists", 1},
		"nothing to ask": {map[string]string{"a.md": "---\ntitle: A\n---\n\nShort.\n"}, []string{"draft", "a.md"}, "found no sentence", 1},
		"broken article": {map[string]string{"a.md": "no front matter"}, []string{"draft", "a.md"}, "a.md:1:1: missing front matter", 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			for n, s := range tc.files {
				os.WriteFile(filepath.Join(work, n), []byte(s), 0o644)
			}
			_, errOut, code := teach(t, work, t.TempDir(), tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %s; want exit %d saying %q", code, errOut, tc.code, tc.want)
			}
		})
	}
}

const draftableArticle = "---\ntitle: A\n---\n\nPresident Jane Doe met the Finance Minister John Roe in Paris on May 4.\n"

// draftableQuiz is a clean question file for draftableArticle.
const draftableQuiz = `questions:
  - id: city
    type: choice
    prompt: Where did the President meet the Finance Minister?
    options: [Paris, Rome]
    answer: Paris
    explain: They met in Paris on May 4.
    evidence: "met the Finance Minister John Roe in Paris on May 4"
`

func TestOutputGoesIntoNewFolders(t *testing.T) {
	tests := map[string]struct {
		files map[string]string
		args  []string // each writes new/deeper/OUT
		out   string
	}{
		"import": {map[string]string{"page.txt": ""}, []string{"import", "page.txt"}, "a.md"},
		"draft":  {map[string]string{"a.md": draftableArticle}, []string{"draft", "a.md"}, "a.quiz.yaml"},
		"pack":   {map[string]string{"p/a.md": draftableArticle}, []string{"pack", "p"}, "p.brief.zip"},
		"export": {nil, []string{"export", "--format", "gift"}, "bank.gift"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			for n, body := range tc.files {
				data := []byte(body)
				if n == "page.txt" {
					data = seedText(t)
				}
				os.MkdirAll(filepath.Join(work, filepath.Dir(n)), 0o755)
				os.WriteFile(filepath.Join(work, n), data, 0o644)
			}
			out := filepath.Join("new", "deeper", tc.out)
			args := append(tc.args, "-o", out)
			if stdout, errOut, code := teach(t, work, t.TempDir(), args...); code != 0 {
				t.Fatalf("exit %d\n%s%s", code, stdout, errOut)
			}
			st, err := os.Stat(filepath.Join(work, "new"))
			if err != nil || st.Mode().Perm() != 0o755 {
				t.Fatalf("the new folder: %v, %v", st, err)
			}
			written, err := os.ReadFile(filepath.Join(work, out))
			if err != nil || len(written) == 0 {
				t.Fatalf("nothing written to %s: %v", out, err)
			}
			// A second run still refuses to overwrite without --force.
			if _, errOut, code := teach(t, work, t.TempDir(), args...); code != 1 || !strings.Contains(errOut, "exists") {
				t.Errorf("writing over %s: exit %d, %s", out, code, errOut)
			}
		})
	}
}

func TestLintSaysWhenNothingIsWrong(t *testing.T) {
	tests := map[string]struct {
		files map[string]string
		args  []string
		want  string
	}{
		"the built-in pack": {nil, []string{"lint"}, "no problems found in the built-in pack\n"},
		"two paths": {map[string]string{"a.md": draftableArticle, "a.quiz.yaml": draftableQuiz, "b.md": draftableArticle, "b.quiz.yaml": draftableQuiz},
			[]string{"lint", "a.md", "b.md"}, "no problems found in a.md, b.md\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			for n, body := range tc.files {
				os.WriteFile(filepath.Join(work, n), []byte(body), 0o644)
			}
			out, errOut, code := teach(t, work, t.TempDir(), tc.args...)
			if code != 0 || out != "" || errOut != tc.want {
				t.Errorf("exit %d, stdout %q, stderr %q; want 0, nothing on stdout and %q on stderr", code, out, errOut, tc.want)
			}
		})
	}
}

func TestLintWarnsOfAnArticleWithoutAQuiz(t *testing.T) {
	work := t.TempDir()
	os.Mkdir(filepath.Join(work, "pk"), 0o755)
	os.WriteFile(filepath.Join(work, "pk", "a.md"), []byte(draftableArticle), 0o644)
	os.WriteFile(filepath.Join(work, "pk", "a.quiz.yaml"), []byte(draftableQuiz), 0o644)
	os.WriteFile(filepath.Join(work, "pk", "floods.md"), []byte(draftableArticle), 0o644)
	out, errOut, code := teach(t, work, t.TempDir(), "lint", "pk")
	if code != 0 || out != "pk/floods.md:1:1: warning: floods.md has no question file, so it has no quiz: add floods.quiz.yaml beside it (or floods.gift, floods.aiken.txt)\n" {
		t.Errorf("exit %d, stdout %q; want 0 and a warning located at pk/floods.md", code, out)
	}
	mustContain(t, "the summary", errOut, "no errors, 1 warning(s)")
}

// A zip or folder with no articles is named without a line and column,
// which it does not have.
func TestAddAPackWithNoArticles(t *testing.T) {
	work := t.TempDir()
	os.Mkdir(filepath.Join(work, "other"), 0o755)
	os.WriteFile(filepath.Join(work, "other", "pack.yaml"), []byte("id: other\n"), 0o644)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("pack.yaml")
	w.Write([]byte("id: other\n"))
	zw.Close()
	os.WriteFile(filepath.Join(work, "other.zip"), buf.Bytes(), 0o644)
	for _, src := range []string{"other.zip", "other"} {
		t.Run(src, func(t *testing.T) {
			out, errOut, code := teach(t, work, t.TempDir(), "add", src)
			want := src + ": error: no articles: a pack holds at least one .md article file\n"
			if code != exitFailure || out != want {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errOut, want)
			}
		})
	}
}

// `brief pack .`, run inside the pack folder, names the zip after the
// folder, not "..brief.zip", a hidden file.
func TestPackDotNamesTheZipAfterTheFolder(t *testing.T) {
	work, data := t.TempDir(), t.TempDir()
	dir := filepath.Join(work, "tf-pack")
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "pack.yaml"), []byte("id: tf-pack\nversion: 1.0.0\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\n---\n\nText.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.gift"), []byte("::q:: Text is there. {T}\n"), 0o644)

	out, errOut, code := teach(t, dir, data, "pack", ".")
	if code != 0 {
		t.Fatalf("pack .: exit %d\n%s%s", code, out, errOut)
	}
	mustContain(t, "pack output", out, "into tf-pack.brief.zip")
	if _, err := os.Stat(filepath.Join(dir, "tf-pack.brief.zip")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "..brief.zip")); err == nil {
		t.Error("pack . wrote ..brief.zip")
	}
}
