package webimport

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkImportHTML imports the newspaper page, and a page as nested as
// the HTML parser allows with 20,000 paragraphs of linked text: choosing
// and cleaning the story measures every element once, not once per
// ancestor.
func BenchmarkImportHTML(b *testing.B) {
	observer, err := os.ReadFile("testdata/import/observer.html")
	if err != nil {
		b.Fatal(err)
	}
	var nested strings.Builder
	nested.WriteString("<html><body><article>" + strings.Repeat("<section>", 500))
	for range 20_000 {
		nested.WriteString(`<p>The council voted, after a long debate, to close the <a href="/b">old bridge</a>.</p>`)
	}
	nested.WriteString(strings.Repeat("</section>", 500) + "</article></body></html>")
	for name, page := range map[string][]byte{"newspaper": observer, "nested-2MB": []byte(nested.String())} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := ImportHTML("page.html", page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
