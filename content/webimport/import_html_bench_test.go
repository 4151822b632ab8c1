package webimport

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkImportHTML imports the newspaper page, and a 1.7 MB page of
// 20,000 paragraphs of linked text nested 30 deep, near the bound on
// what a page may cost (maxNestingWork).
func BenchmarkImportHTML(b *testing.B) {
	observer, err := os.ReadFile("testdata/import/observer.html")
	if err != nil {
		b.Fatal(err)
	}
	var nested strings.Builder
	nested.WriteString("<html><body><article>" + strings.Repeat("<section>", 30))
	for range 20_000 {
		nested.WriteString(`<p>The council voted, after a long debate, to close the <a href="/b">old bridge</a>.</p>`)
	}
	nested.WriteString(strings.Repeat("</section>", 30) + "</article></body></html>")
	for name, page := range map[string][]byte{"newspaper": observer, "nested-1.7MB": []byte(nested.String())} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := ImportHTML("page.html", page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
