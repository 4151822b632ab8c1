package webimport

import (
	"mime"
	"net/url"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// ImportFetched makes an article of a page fetched from the web at u:
// HTML as ImportPage reads it, with the charset its server declared
// winning over the page's own, and plain text as ImportText reads a
// saved page, once decoded to UTF-8. mediaType is "text/html" or
// "text/plain"; contentType is the server's header, charset and all.
// Messages name the page by its address.
func ImportFetched(u *url.URL, mediaType, contentType string, body []byte) (*ImportedArticle, error) {
	name := u.Redacted()
	if mediaType == "text/html" {
		return ImportPage(name, body, Origin{URL: u, ContentType: contentType})
	}
	text, err := decodeText(body, contentType)
	if err != nil {
		return nil, err
	}
	return ImportText(name, text)
}

// decodeText is a text page as UTF-8: in the charset its Content-Type
// names, else as it is when it is valid UTF-8, else as windows-1252,
// which is what browsers take an undeclared legacy page for.
func decodeText(body []byte, contentType string) ([]byte, error) {
	_, params, _ := mime.ParseMediaType(contentType)
	if enc, name := charset.Lookup(params["charset"]); enc != nil && name != "utf-8" {
		return enc.NewDecoder().Bytes(body)
	}
	if utf8.Valid(body) || params["charset"] != "" {
		return body, nil
	}
	return charmap.Windows1252.NewDecoder().Bytes(body)
}
