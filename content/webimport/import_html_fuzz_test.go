package webimport

import (
	"os"
	"testing"

	"brief/content"
	"brief/internal/sanitize/sanitizetest"
)

// FuzzImportHTML feeds the page importer arbitrary markup: it must never
// panic, and whatever it makes of a page (title, byline, body...) carries
// no control or escape sequence.
func FuzzImportHTML(f *testing.F) {
	for _, name := range []string{"testdata/import/article.html", "testdata/import/observer.html"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, in := range sanitizetest.HostileInputs {
		f.Add("<html><head><title>t " + in.Payload + "</title></head><body><main><p>before " + in.Payload + " after, a sentence long enough to count as prose.</p></main></body></html>")
	}
	f.Fuzz(func(t *testing.T, page string) {
		a, err := ImportHTML("page.html", []byte(page))
		if err != nil {
			return
		}
		for field, s := range map[string]string{"title": a.Title, "byline": a.Byline, "source": a.Source, "language": a.Language, "body": a.Body} {
			if v := sanitizetest.TextViolation(s); v != "" {
				t.Fatalf("%s %q has %s", field, s, v)
			}
		}
		if _, err := content.ParseArticle("page.md", a.Markdown()); err != nil {
			t.Fatalf("the imported article does not parse: %v\n%s", err, a.Markdown())
		}
	})
}
