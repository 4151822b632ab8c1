package cli

import (
	"strings"
	"testing"
)

// A command missing its one argument, or given more, says what the
// argument is and exits as a usage error.
func TestOneArgumentCommandsSayWhatTheyNeed(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"remove with none": {[]string{"remove"}, "brief: remove: give the id of the pack to remove (brief list shows them)\n"},
		"add with none":    {[]string{"add"}, "brief: add: give the pack to add (FILE.brief.zip or DIR)\n"},
		"import with two":  {[]string{"import", "a.gift", "b.gift"}, "brief: import: give only the file to import (.gift, .aiken.txt, .html or .txt) or the address of a web page; got 2 arguments\n"},
		"pack with none":   {[]string{"pack"}, "brief: pack: give the pack folder to bundle (DIR)\n"},
		"draft with two":   {[]string{"draft", "a.md", "b.md"}, "brief: draft: give only the article to write questions about (ARTICLE.md); got 2 arguments\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := run(t, "", tc.args...)
			if code != exitUsage || out != "" || !strings.HasPrefix(errOut, tc.want) || !strings.Contains(errOut, "Try 'brief --help'") {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, out, errOut, exitUsage, tc.want)
			}
		})
	}
}

// An article's id given where a pack belongs names the pack to give.
func TestArticleIDGivenAsAPackSaysWhichPack(t *testing.T) {
	for _, cmd := range []string{"quiz", "read"} {
		_, errOut, code := run(t, "", cmd, "russia-dprk-summit-2023", "--plain")
		want := `brief: "russia-dprk-summit-2023" is an article, not a pack: it is in the pack brief-default, so give brief-default --article russia-dprk-summit-2023`
		if code != exitUsage || !strings.HasPrefix(errOut, want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", cmd, code, errOut, want)
		}
	}
}
