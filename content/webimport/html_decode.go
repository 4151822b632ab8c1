package webimport

import (
	"bytes"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// decodePage is a page's bytes as UTF-8, read in the encoding it
// declares: a byte-order mark, else the charset of contentType (the
// server's Content-Type header, "" for a saved file), else a <meta> tag.
// A page that declares nothing is read as UTF-8 when it is valid UTF-8:
// the HTML standard's guess from the first kilobyte alone would be
// windows-1252 for a page whose first kilobyte is ASCII, garbling every
// accent after it.
func decodePage(data []byte, contentType string) io.Reader {
	text := io.Reader(bytes.NewReader(data))
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if name != "utf-8" && (certain || !utf8.Valid(data)) {
		text = enc.NewDecoder().Reader(text)
	}
	return text
}

// parseHTML parses a page, decoded as decodePage says. It parses as a
// browser with scripting does, <noscript> holding text, since that is
// what go-readability expects of the tree it is given.
func parseHTML(data []byte, contentType string) (*html.Node, error) {
	return html.Parse(decodePage(data, contentType))
}

// pageAddress is where a page lives, for making its relative links
// absolute: the address it was fetched from, else what the page says of
// itself (its <base>, its canonical link, its og:url), else the "saved
// from url" comment a browser writes into a page it saves. nil when
// none is known.
func pageAddress(doc *html.Node, fetched *url.URL, data []byte) *url.URL {
	var base, canonical, ogURL string
	elements(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Base && base == "":
			base = attr(n, "href")
		case n.DataAtom == atom.Link && attr(n, "rel") == "canonical" && canonical == "":
			canonical = attr(n, "href")
		case n.DataAtom == atom.Meta && attr(n, "property") == "og:url" && ogURL == "":
			ogURL = attr(n, "content")
		}
		return n.DataAtom != atom.Body // the page's own address is in its head
	})
	if fetched != nil {
		// A <base> may be relative to where the page was fetched from.
		if b, err := fetched.Parse(strings.TrimSpace(base)); err == nil && base != "" && isWebURL(b) {
			return b
		}
		return fetched
	}
	for _, s := range []string{base, canonical, ogURL, savedFromURL(data)} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && isWebURL(u) {
			return u
		}
	}
	return nil
}

// isWebURL reports whether u is an absolute http or https address.
func isWebURL(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// savedFromURL is the address a browser noted when it saved the page
// ("<!-- saved from url=(0051)https://... -->"), or "".
func savedFromURL(data []byte) string {
	head := string(data[:min(len(data), 2048)])
	_, rest, found := strings.Cut(head, "saved from url=(")
	if !found {
		return ""
	}
	_, rest, _ = strings.Cut(rest, ")")
	u, _, _ := strings.Cut(rest, " ")
	return strings.TrimSuffix(u, "-->")
}
