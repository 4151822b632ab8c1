package lint

import (
	"brief/content"
	"brief/internal/diag"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// Test helpers shared with the content package's own tests.

// headings writes n "## " sections, the heading of section i being name(i).
func headings(n int, name func(i int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("## " + name(i) + "\n\nSome text.\n\n")
	}
	return b.String()
}

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

func packZipBytes(t *testing.T, dir string) ([]byte, content.Manifest) {
	t.Helper()
	var buf bytes.Buffer
	m, err := content.WritePackZip(dir, &buf)
	if err != nil {
		t.Fatalf("content.WritePackZip: %v", err)
	}
	return buf.Bytes(), m
}

// writeTestPack copies the embedded pack into a new folder under a new id
// and version, with a file the pack format does not know beside it.
func writeTestPack(t testing.TB, id, version string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := fs.ReadDir(content.DefaultFS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(content.DefaultFS(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == content.ManifestName {
			data = []byte("id: " + id + "\ntitle: Test pack\n# a comment the zip drops\nversion: " + version + "\n")
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("teacher's notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// diagStrings is each diagnostic as lint prints it.
func diagStrings(ds []*diag.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func mustZipFS(t *testing.T, path string) fs.FS {
	t.Helper()
	z, err := content.OpenZip(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { z.Close() })
	return z.FS()
}

// packOfQuestions is a pack with one article per count, each with a GIFT
// file of that many questions.
func packOfQuestions(counts ...int) fstest.MapFS {
	files := fstest.MapFS{"pack.yaml": {Data: []byte("id: many\ntitle: Many\n")}}
	for i, n := range counts {
		name := fmt.Sprintf("a%d", i+1)
		files[name+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: Article " + name + "\n---\n\nSome text.\n")}
		files[name+".gift"] = &fstest.MapFile{Data: giftQuestions(n)}
	}
	return files
}

// giftQuestions is a GIFT file of n short questions, one every two lines.
func giftQuestions(n int) []byte {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "::Q%d:: Question %d {=a ~b}\n\n", i, i)
	}
	return []byte(b.String())
}
