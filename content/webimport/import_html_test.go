package webimport

import (
	"brief/content"
	"os"
	"strings"
	"testing"
	"time"
)

func TestImportHTML(t *testing.T) {
	data, err := os.ReadFile("testdata/import/article.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ImportHTML("article.html", data)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Leaders meet at a spaceport" || a.Byline != "Jane Reporter" || a.Source != "The Daily Example" || a.Language != "en" {
		t.Errorf("front matter values: title %q, byline %q, source %q, language %q", a.Title, a.Byline, a.Source, a.Language)
	}
	if !a.Published.Equal(time.Date(2023, 9, 17, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v, want 2023-09-17", a.Published)
	}
	art, err := content.ParseArticle("article.md", a.Markdown())
	if err != nil {
		t.Fatalf("the article file does not parse: %v\n%s", err, a.Markdown())
	}
	var headings []string
	for _, s := range art.Sections {
		headings = append(headings, s.Slug)
	}
	if got := strings.Join(headings, " "); got != "lead struggling" {
		t.Errorf("sections %q, want lead and struggling (h3 stays inside its section)", got)
	}
	for _, want := range []string{
		"met at the *Vostochny* spaceport on September 12 and 13",
		"[Western intelligence reports](https://example.com/intel)",
		"### What comes next",
		"due to take place by the Russian Foreign Minister Sergei Lavrov.",
	} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	for _, chrome := range []string{"Home", "owned", "color: red", "logo", "shake hands", "Another story", "All rights reserved", "555", "By Jane"} {
		if strings.Contains(a.Body, chrome) {
			t.Errorf("body keeps page chrome %q:\n%s", chrome, a.Body)
		}
	}
}

func TestImportHTMLRefuses(t *testing.T) {
	tests := map[string]struct {
		in   []byte
		want string
	}{
		"no text": {[]byte("<html><body><script>x()</script></body></html>"), "cannot find an article"},
		"a list of headlines": {[]byte(`<html><body><main><h2>World</h2><ul><li><a href="/a">Ceasefire talks resume in Geneva after a pause</a></li>` +
			`<li><a href="/b">Earthquake strikes off the coast of Japan</a></li><li><a href="/c">EU leaders agree on a new migration pact</a></li></ul></main></body></html>`), "a list of links, not an article"},
		"a line of text": {[]byte(`<html><body><main><p>Page under construction.</p></main></body></html>`), "it holds no readable text"},
		"too large":      {make([]byte, content.MaxFileSize+1), "file is 4.1 MiB, over the limit of 4 MiB for an article"},
		"nested too deep to read in time": {[]byte("<html><body>" + strings.Repeat("<div>", 400) +
			strings.Repeat("<p>The council voted, after a long debate, to close the old bridge for good.</p>", 4000) + "</body></html>"), "too deeply nested to read (text 404 levels deep)"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ImportHTML("page.html", tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// A page whose story sits in an element with a 4 MB class attribute
// still imports its story: reading class names stays linear in their
// length.
func TestHugeClassAttributeKeepsTheStory(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Huge attribute</title></head><body><div class="`)
	b.WriteString(strings.Repeat("a", 4_000_000-200))
	b.WriteString(`"><h1>Huge attribute</h1>`)
	for range 20 {
		b.WriteString("<p>A paragraph of the story, long enough to count as text that a reader would want to keep.</p>")
	}
	b.WriteString("</div></body></html>\n")
	a, err := ImportHTML("huge.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Huge attribute" || strings.Count(string(a.Markdown()), "A paragraph of the story") != 20 {
		t.Errorf("title %q; the story's 20 paragraphs are not all kept:\n%.500s", a.Title, a.Markdown())
	}
}
