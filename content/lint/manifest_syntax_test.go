package lint

import (
	"strings"
	"testing"
	"testing/fstest"

	"brief/content"
)

// TestManifestSyntaxErrorIsAtItsLine: a broken pack.yaml is located at
// the line (and, for a value left open, the column) of the mistake, by
// brief lint and by loading the pack alike, as question files and front
// matter are: yaml.v3 names the line before for some errors, and the
// first line for a [ list left open.
func TestManifestSyntaxErrorIsAtItsLine(t *testing.T) {
	tests := map[string]struct{ manifest, want string }{
		"a [ list left open":     {"id: x\ntitle: [unclosed\n", "p/pack.yaml:2:8: error: YAML syntax: the [ list that starts here is never closed: end it with ]"},
		"a { mapping left open":  {"id: x\ntitle: a\nauthor: {x: 1\nversion: 2\n", "p/pack.yaml:3:9: error: YAML syntax: the { mapping that starts here is never closed: end it with }"},
		"a quote left open":      {"id: x\ntitle: \"unclosed\n", "p/pack.yaml:2:8: error: YAML syntax: the quoted value that starts here is never closed: end it with \""},
		"a list item among keys": {"id: x\ntitle: a\n- b\n", "p/pack.yaml:3:1: error: YAML syntax: did not find expected key"},
		"a tab":                  {"id: x\n\ttitle: a\n", "p/pack.yaml:2:1: error: YAML syntax: found a tab character that violates indentation"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"pack.yaml": {Data: []byte(tc.manifest)},
				"a.md":      {Data: []byte("---\ntitle: A\n---\n\nSome text.\n")},
			}
			var got []string
			for _, d := range Pack(fsys, "p") {
				if d.Path == "p/pack.yaml" {
					got = append(got, d.String())
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("lint says:\n%s\nwant:\n%s", strings.Join(got, "\n"), tc.want)
			}
			at, _, _ := strings.Cut(tc.want, " error: YAML syntax")
			if _, err := content.Load(fsys, "p"); err == nil || !strings.HasPrefix(err.Error(), at+" ") {
				t.Errorf("loading the pack: %v\nwant it at %s", err, at)
			}
		})
	}
}
