package webimport

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/internal/lazyre"
)

// pageMeta is what a saved web page says about its article, read from the
// places news sites put it: Open Graph and other <meta> tags, schema.org
// JSON-LD, and the markup itself.
type pageMeta struct {
	Title     string
	Byline    string
	SiteName  string
	Language  string
	Published time.Time
	// URL is where the page lives, for making its relative links
	// absolute: its <base>, else its canonical address.
	URL string
}

// readPageMeta gathers the article's metadata from a parsed page's tags.
// Each field takes the first source that has it, the most deliberate
// first: JSON-LD and Open Graph are written for machines, <title> for
// tabs. The byline and date lines in the page itself are read once the
// page's furniture is gone (bylineInMarkup, timeInMarkup).
func readPageMeta(doc *html.Node) pageMeta {
	meta := map[string]string{}
	var ld []map[string]any
	var titleTag, lang, base, canonical string
	elements(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Html:
			lang = attr(n, "lang")
		case atom.Base:
			base = first(base, absoluteURL(attr(n, "href")))
		case atom.Link:
			if attr(n, "rel") == "canonical" {
				canonical = first(canonical, absoluteURL(attr(n, "href")))
			}
		case atom.Meta:
			// A tag may carry several names at once
			// (itemprop="name" property="og:title").
			for _, naming := range []string{"property", "name", "itemprop", "http-equiv"} {
				key := strings.ToLower(attr(n, naming))
				if _, seen := meta[key]; !seen && key != "" {
					meta[key] = strings.TrimSpace(attr(n, "content"))
				}
			}
		case atom.Title:
			if titleTag == "" {
				titleTag = textOf(n)
			}
		case atom.Script:
			if strings.Contains(attr(n, "type"), "ld+json") {
				ld = append(ld, jsonLDObjects(textOf(n))...)
			}
			return false
		}
		return true
	})
	article := jsonLDArticle(ld)
	m := pageMeta{
		URL:      first(base, canonical, absoluteURL(meta["og:url"])),
		SiteName: first(meta["og:site_name"], ldName(article["publisher"]), meta["application-name"]),
		Language: first(lang, meta["content-language"], meta["og:locale"]),
	}
	m.Title = first(meta["og:title"], meta["twitter:title"], ldString(article["headline"]),
		titleWithoutSite(titleTag, m.SiteName))
	m.Byline = first(ldName(article["author"]), notURL(meta["author"]), notURL(meta["article:author"]))
	m.Published = firstDate(ldString(article["datePublished"]), meta["article:published_time"],
		meta["datepublished"], meta["date"], meta["pubdate"], meta["dc.date"])
	return m
}

// absoluteURL is s if it is an absolute http or https address, else "".
func absoluteURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// first is the first of values that is not blank.
func first(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// notURL drops an author "name" that is a link to a profile page, as
// article:author often is.
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// titleWithoutSite removes the site's name that <title> usually carries
// ("Story | The Daily Example"). Without the site's name it cuts only a
// short last part from a title that keeps three words or more, as
// Readability does, so "Café closes — owners’ statement" stays whole.
func titleWithoutSite(title, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		before, after, ok := cutLast(title, sep)
		if !ok {
			continue
		}
		if site != "" {
			if strings.EqualFold(strings.TrimSpace(after), site) {
				return before
			}
			if b, a, _ := strings.Cut(title, sep); strings.EqualFold(strings.TrimSpace(b), site) {
				return a
			}
			continue
		}
		if len(strings.Fields(before)) >= 3 && len(strings.Fields(after)) <= 4 {
			return before
		}
	}
	return title
}

func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// bylineClass names the element that says who wrote the story.
var bylineClass = lazyre.New(`(?i)byline|author|writtenby|p-author`)

// bylineInMarkup is the text of an element marked as the byline, for pages
// that say who wrote the story only on the page.
func bylineInMarkup(doc *html.Node) string {
	for _, n := range findAll(doc, func(n *html.Node) bool {
		return attr(n, "rel") == "author" || attr(n, "itemprop") == "author" || bylineClass().MatchString(classAndID(n))
	}) {
		if t := textOf(n); t != "" && len(t) < 100 {
			return bylinePrefix().ReplaceAllString(t, "")
		}
	}
	return ""
}

// timeInMarkup is the first <time datetime> on the page.
func timeInMarkup(doc *html.Node) string {
	for _, n := range findAll(doc, func(n *html.Node) bool { return n.DataAtom == atom.Time }) {
		if d := attr(n, "datetime"); d != "" {
			return d
		}
	}
	return ""
}

// firstDate is the calendar date of the first value that reads as a date.
// The date is the one where the story was published (2023-09-17T01:08+05:30
// is the 17th), not converted to UTC.
func firstDate(values ...string) time.Time {
	layouts := []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04Z0700",
		"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02"}
	for _, v := range values {
		v = strings.TrimSpace(v)
		for _, layout := range layouts {
			if t, err := time.Parse(layout, v); err == nil {
				return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			}
		}
	}
	return time.Time{}
}

// jsonLDObjects are the objects of a JSON-LD script: a single object, an
// array of them, or an @graph. A script that is not valid JSON (pages carry
// many) gives none.
func jsonLDObjects(text string) []map[string]any {
	var v any
	if json.Unmarshal([]byte(text), &v) != nil {
		return nil
	}
	var out []map[string]any
	var collect func(any)
	collect = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				collect(e)
			}
		case map[string]any:
			out = append(out, v)
			if g, ok := v["@graph"]; ok {
				collect(g)
			}
		}
	}
	collect(v)
	return out
}

// jsonLDArticle is the JSON-LD object describing the story (a schema.org
// Article or one of its kinds), or nil.
func jsonLDArticle(objects []map[string]any) map[string]any {
	for _, o := range objects {
		types, ok := o["@type"].([]any)
		if !ok {
			types = []any{o["@type"]}
		}
		for _, t := range types {
			if t, _ := t.(string); strings.HasSuffix(t, "Article") || t == "Report" || strings.HasSuffix(t, "BlogPosting") {
				return o
			}
		}
	}
	return nil
}

// ldString is a JSON-LD value that is a string, or "".
func ldString(v any) string {
	s, _ := v.(string)
	return s
}

// ldName is the name of a JSON-LD person or organisation (or of the
// first of a list of them); a plain string is its own name.
func ldName(v any) string {
	switch v := v.(type) {
	case string:
		return notURL(v)
	case []any:
		var names []string
		for _, e := range v {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	case map[string]any:
		return ldString(v["name"])
	}
	return ""
}
