package webimport

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The article body is found in the shapes sites write JSON-LD in, and
// only an article's counts.
func TestLDArticleBody(t *testing.T) {
	script := func(json string) string { return `<script type="application/ld+json">` + json + `</script>` }
	tests := map[string]struct{ head, want string }{
		"a type given as a list":           {script(`{"@type":["NewsArticle","Article"],"articleBody":"Story."}`), "Story."},
		"nested in @graph":                 {script(`{"@graph":[{"@type":"WebPage"},{"@type":"https://schema.org/BlogPosting","articleBody":"Post."}]}`), "Post."},
		"wrapped in CDATA":                 {script(`<![CDATA[{"@type":"Article","articleBody":"Wrapped."}]]>`), "Wrapped."},
		"the longest of several":           {script(`[{"@type":"Article","articleBody":"Short."},{"@type":"Article","articleBody":"The longer one."}]`), "The longer one."},
		"not an article's":                 {script(`{"@type":"Recipe","articleBody":"Not a story."}`), ""},
		"the page's, not a related one":    {script(`{"@type":"NewsArticle","articleBody":"Main.","hasPart":[{"@type":"Article","articleBody":"A much longer related story."}]}`), "Main."},
		"a main entity nested in the page": {script(`{"@graph":[{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","articleBody":"Story."}}]}`), "Story."},
		"broken JSON, then a good":         {script(`{"@type":"Article",`) + script(`{"@type":"Article","articleBody":"Good."}`), "Good."},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tc.head + "</head><body></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := ldArticleBody(doc); got != tc.want {
				t.Errorf("ldArticleBody = %q, want %q", got, tc.want)
			}
		})
	}
}
