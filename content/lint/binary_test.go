package lint

import (
	"strings"
	"testing"
	"testing/fstest"

	"brief/content"
)

// binaryBlob is the start of a file that is not text, holding braces,
// ANSWER: and line breaks as binary files happen to: its first byte that
// is not UTF-8 is at line 2, column 16.
const binaryBlob = "PK\x03\x04\n::t:: Q {=a ~b}\xe9\x00\x00\n}\nANSWER: A\n\xff\xfe{\n"

// TestBinaryPackFileIsOneError: a binary file named as an article, a
// question file or pack.yaml gets one error located at its first byte
// that is not text, not one for every line (and stray brace) it holds.
func TestBinaryPackFileIsOneError(t *testing.T) {
	const article = "---\ntitle: A\n---\n\nSome text.\n"
	for _, name := range []string{"a.md", "a.gift", "a.aiken.txt", "a.quiz.yaml", "pack.yaml"} {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"pack.yaml": {Data: []byte("id: p\ntitle: P\n")},
				"a.md":      {Data: []byte(article)},
				name:        {Data: []byte(binaryBlob + strings.Repeat("x}\n\xff\n", 50))},
			}
			var mine []string
			for _, d := range Pack(fsys, "p") {
				if d.Path == "p/"+name {
					mine = append(mine, d.String())
				}
			}
			want := "p/" + name + ":2:16: error: not UTF-8 text (a binary file?): a pack holds text files: articles (.md) and questions (.quiz.yaml, .gift, .aiken.txt)"
			if len(mine) != 1 || mine[0] != want {
				t.Errorf("got %d diagnostics for %s:\n%s\nwant one:\n%s", len(mine), name, strings.Join(mine, "\n"), want)
			}
			if _, err := content.Load(fsys, "p"); err == nil || err.Error() != strings.Replace(want, " error:", "", 1) {
				t.Errorf("loading the pack: %v\nwant %s", err, want)
			}
		})
	}
}
