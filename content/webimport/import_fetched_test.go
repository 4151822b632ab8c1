package webimport

import (
	"net/url"
	"strings"
	"testing"
)

// A page in windows-1252 reads as the same text in UTF-8, whether its
// server or the page itself says so, or, for text, nothing does.
func TestImportFetchedLegacyEncodings(t *testing.T) {
	u, _ := url.Parse("https://news.example/world/summit.html")
	story := "<p>The leaders\x92 talks focused on sanctions, trade and the war, according to officials who attended the two days of meetings at the spaceport.</p>"
	tests := map[string]struct {
		mediaType, contentType, body string
	}{
		"HTML, charset in the header only": {"text/html", "text/html; charset=windows-1252",
			"<html><head><title>Leaders\x92 summit</title></head><body><main>" + strings.Repeat(story, 4) + "</main></body></html>"},
		"HTML, the header wins over the page": {"text/html", "text/html; charset=windows-1252",
			"<html><head><meta charset=\"utf-8\"><title>Leaders\x92 summit</title></head><body><main>" + strings.Repeat(story, 4) + "</main></body></html>"},
		"HTML, charset in <meta> only": {"text/html", "text/html",
			"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Leaders\x92 summit</title></head><body><main>" + strings.Repeat(story, 4) + "</main></body></html>"},
		"text, charset in the header": {"text/plain", "text/plain; charset=windows-1252",
			"Leaders\x92 summit\n\nThe leaders\x92 talks focused on sanctions.\n"},
		"text, no charset and not UTF-8": {"text/plain", "text/plain",
			"Leaders\x92 summit\n\nThe leaders\x92 talks focused on sanctions.\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a, err := ImportFetched(u, tc.mediaType, tc.contentType, []byte(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Leaders’ summit" || !strings.Contains(a.Body, "The leaders’ talks") {
				t.Errorf("title %q, body %.80q: want the curly apostrophe decoded", a.Title, a.Body)
			}
		})
	}
}

// Relative links are made absolute against where the page was fetched
// from, after its redirects.
func TestImportFetchedLinksAreAbsolute(t *testing.T) {
	u, _ := url.Parse("https://news.example/world/2024/summit.html")
	story := "<p>The leaders met for two days at the spaceport, where they spoke of sanctions, trade and the war, officials said afterwards.</p>"
	page := "<html><body><article>" + strings.Repeat(story, 3) +
		`<p>See the <a href="../economy/deal.html">full text of the deal</a> and <a href="/about">our policy</a> for more on what was agreed.</p></article></body></html>`
	a, err := ImportFetched(u, "text/html", "text/html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"[full text of the deal](https://news.example/world/economy/deal.html)", "[our policy](https://news.example/about)"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
}
