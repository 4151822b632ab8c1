package cli

import (
	"bytes"
	"strings"
	"testing"

	"brief/content"
)

// `brief read --plain | less -R` shows colour when the student asks for
// it, with --style or CLICOLOR_FORCE=1; a pipe used to get raw Markdown
// markers whatever was asked. NO_COLOR and the default keep a pipe
// plain.
func TestPlainReadIntoAPipeHasColourWhenAsked(t *testing.T) {
	p, err := content.OpenArticles("")
	if err != nil {
		t.Fatal(err)
	}
	a := p.Articles[0]
	tests := map[string]struct {
		style   string
		environ []string
		colour  bool
	}{
		"--style dark":                  {"dark", []string{"TERM=xterm-256color"}, true},
		"--style light, no TERM":        {"light", nil, true},
		"CLICOLOR_FORCE=1":              {"auto", []string{"CLICOLOR_FORCE=1"}, true},
		"the default":                   {"auto", []string{"TERM=xterm-256color"}, false},
		"--style notty":                 {"notty", []string{"CLICOLOR_FORCE=1"}, false},
		"NO_COLOR beats --style":        {"dark", []string{"NO_COLOR=1"}, false},
		"NO_COLOR beats CLICOLOR_FORCE": {"auto", []string{"CLICOLOR_FORCE=1", "NO_COLOR=1"}, false},
		"CLICOLOR_FORCE=0":              {"auto", []string{"CLICOLOR_FORCE=0"}, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			if err := printArticleInColour(Env{Stdout: &out, Environ: tc.environ}, tc.style, 0, a); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(out.String(), "\x1b[38;"); got != tc.colour {
				t.Errorf("coloured: %v, want %v:\n%.300q", got, tc.colour, out.String())
			}
			if !strings.Contains(out.String(), "Putin") {
				t.Errorf("the article is not printed:\n%.300q", out.String())
			}
		})
	}
}
