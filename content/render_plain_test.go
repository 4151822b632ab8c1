package content

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/colorprofile"
)

// everyElement is Markdown with each kind of block and span Glamour
// styles, so that no style setting a printed article shows is missed.
const everyElement = "# Title\n\n## Section\n\n### Sub\n\n#### Four\n\n##### Five\n\n###### Six\n\n" +
	"Text with *emphasis*, **strength**, ~~struck~~, `code` and a [link](https://example.org).\n\n" +
	"> A quote\n> over two lines.\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n\n- [x] done\n- [ ] to do\n\n" +
	"```go\nfunc main() { println(\"hi\") }\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\n![an image](https://example.org/i.png)\n"

// printed is what a pipe receives of rendered text: brief's writer for
// output that is not a terminal strips every escape sequence.
func printed(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	w := colorprofile.NewWriter(&b, nil)
	w.Profile = colorprofile.NoTTY
	if _, err := w.WriteString(s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// An article printed into a pipe is the same, in every style, whether it
// was rendered in colour and stripped (as before) or rendered plain.
func TestPlainRendererPrintsWhatStrippingDid(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{"seed": p.Articles[0].Document(), "every element": everyElement}
	for _, style := range Styles[1:] {
		full, err := NewRenderer(style)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := NewPlainRenderer(style)
		if err != nil {
			t.Fatal(err)
		}
		for name, md := range docs {
			want, err := full.Render(md, 60)
			if err != nil {
				t.Fatal(err)
			}
			got, err := plain.Render(md, 60)
			if err != nil {
				t.Fatal(err)
			}
			if printed(t, got) != printed(t, want) {
				t.Errorf("%s, %s: plain rendering printed\n%s\nwant\n%s", style, name, printed(t, got), printed(t, want))
			}
			// Code blocks keep Chroma's colours; the writer strips those.
			if name == "seed" && strings.Contains(got, "\x1b[") {
				t.Errorf("%s, %s: plain rendering still has styling", style, name)
			}
		}
	}
}

// unstyled leaves no colour or text attribute in any element of any
// style, and every other setting as Glamour has it. The JSON form of a
// style is what style files are written in, so it is what is compared.
func TestUnstyledKeepsOnlyLayout(t *testing.T) {
	for name, cfg := range styles.DefaultStyles {
		before, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		plain := unstyled(*cfg)
		after, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if string(after) != string(before) {
			t.Fatalf("%s: unstyled changed Glamour's own style", name)
		}
		var want, got any
		if err := json.Unmarshal(before, &want); err != nil {
			t.Fatal(err)
		}
		dropKeysFromTree(want)
		b, err := json.Marshal(plain)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			wantJSON, _ := json.MarshalIndent(want, "", " ")
			t.Errorf("%s: unstyled gave\n%s\nwant\n%s", name, b, wantJSON)
		}
		for _, key := range styleKeys {
			if strings.Contains(string(b), `"`+key+`"`) {
				t.Errorf("%s: %q is still set", name, key)
			}
		}
	}
}

// dropKeysFromTree deletes styleKeys at every level of a decoded JSON
// tree: the plain style as its file would read.
func dropKeysFromTree(v any) {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range styleKeys {
			delete(v, k)
		}
		for _, child := range v {
			dropKeysFromTree(child)
		}
	case []any:
		for _, child := range v {
			dropKeysFromTree(child)
		}
	}
}
