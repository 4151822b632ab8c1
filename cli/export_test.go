package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportGIFTFoldsLineSeparators: line and paragraph separators a
// question file writes as YAML's \L and \P reach the GIFT file as its \n,
// never raw.
func TestExportGIFTFoldsLineSeparators(t *testing.T) {
	work := t.TempDir()
	files := map[string]string{
		"a.md":        "---\ntitle: Separators\n---\n\nSome text.\n",
		"a.quiz.yaml": "questions:\n  - id: sep\n    type: truefalse\n    prompt: \"One\\Ltwo\\Pthree?\"\n    answer: true\n    explain: \"A\\LB\"\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(work, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := teach(t, work, t.TempDir(), "export", ".", "--format", "gift")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.ContainsAny(out, "\u2028\u2029") {
		t.Errorf("raw separators written:\n%q", out)
	}
	if !strings.Contains(out, `::sep:: One\ntwo\nthree? {TRUE ####A\nB}`) {
		t.Errorf("the question is not written with \\n:\n%s", out)
	}
}
