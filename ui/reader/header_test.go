package reader

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The header names the article, then its pack; an article opened on its
// own (its pack's title is its own) is named once.
func TestReaderHeaderTitles(t *testing.T) {
	article := defaultPack(t).Articles[0].Title
	tests := map[string]struct {
		packTitle string
		want      string // after the article's title and the separator
	}{
		"article in a pack":  {"Week 38", "Week 38"},
		"article on its own": {article, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := *defaultPack(t)
			p.Title = tc.packTitle
			d := drive(t, newRoot(t, &p, false), 120, 24)
			first := strings.TrimSpace(strings.Split(ansi.Strip(d.view()), "\n")[0])
			rest, ok := strings.CutPrefix(first, article)
			if !ok || strings.Contains(rest, article) || !strings.HasSuffix(rest, tc.want) || (tc.want == "") != (rest == "") {
				t.Errorf("header %q, want the article's title then %q", first, tc.want)
			}
		})
	}
}
