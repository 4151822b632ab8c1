package webimport

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// go-readability reads a page's metadata (JSON-LD, Open Graph and other
// <meta> tags, the byline in the markup); brief adds two things news
// pages need that it leaves out.

// dateInStory is the first <time datetime> inside the page's <article>
// or <main>, for a page whose head gives no publication date: the one
// in the story's own header, not a comment's or a teaser's elsewhere.
func dateInStory(doc *html.Node) time.Time {
	var found time.Time
	elements(doc, func(n *html.Node) bool {
		if !found.IsZero() {
			return false
		}
		if n.DataAtom == atom.Time && insideStory(n) {
			found = dateOf(attr(n, "datetime"))
		}
		return true
	})
	return found
}

// insideStory reports whether one of n's ancestors is the page's
// <article> or <main>.
func insideStory(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if isTag(a, atom.Article, atom.Main) || attr(a, "role") == "main" {
			return true
		}
	}
	return false
}

// dateOf is the calendar date a datetime attribute gives, where the
// story was published (2023-09-17T01:08+05:30 is the 17th), or zero.
func dateOf(v string) time.Time {
	v = strings.TrimSpace(v)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// titleWithoutSite removes the site's name from a title taken from
// <title> ("Leaders meet | The Daily Example"), which go-readability
// keeps when what is left would be short.
func titleWithoutSite(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
		if before, after, ok := strings.Cut(title, sep); ok && strings.EqualFold(strings.TrimSpace(before), site) {
			return strings.TrimSpace(after)
		}
	}
	return title
}
