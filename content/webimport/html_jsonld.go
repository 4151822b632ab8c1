package webimport

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// articleTypes are the schema.org types whose articleBody is a story.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"OpinionNewsArticle": true, "BackgroundNewsArticle": true, "ReviewNewsArticle": true,
	"BlogPosting": true, "Report": true, "ScholarlyArticle": true,
}

// ldArticleBody is the longest articleBody the page's JSON-LD gives an
// article, "" when there is none. Pages drawn by JavaScript, and pages
// that show only a teaser to readers without a subscription, often carry
// the whole story there, in plain text, for search engines. It must be
// read before the scripts are removed.
func ldArticleBody(doc *html.Node) string {
	best := ""
	for _, s := range findAll(doc, func(n *html.Node) bool {
		return isTag(n, atom.Script) && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json")
	}) {
		src := strings.TrimSpace(textOf(s))
		src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>") // as some CMSs wrap it
		var v any
		if json.Unmarshal([]byte(src), &v) != nil {
			continue
		}
		walkLD(v, func(body string) {
			if len(body) > len(best) {
				best = body
			}
		})
	}
	return best
}

// walkLD calls found with the articleBody of every article in a decoded
// JSON-LD value: a list, an @graph, or objects nested in others.
func walkLD(v any, found func(string)) {
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			walkLD(item, found)
		}
	case map[string]any:
		if body, ok := v["articleBody"].(string); ok && isArticleType(v["@type"]) {
			found(body)
		}
		for key, child := range v {
			if key != "articleBody" {
				walkLD(child, found)
			}
		}
	}
}

// isArticleType reports whether a JSON-LD @type (a name or a list of
// names) is one of articleTypes.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[strings.TrimPrefix(strings.TrimPrefix(t, "https://schema.org/"), "http://schema.org/")]
	case []any:
		for _, one := range t {
			if isArticleType(one) {
				return true
			}
		}
	}
	return false
}

// ldStory makes a story of an articleBody. Most are plain text: one
// paragraph per line (blank lines dropped), made HTML so that the Markdown
// it becomes escapes whatever Markdown would read as markup. Some CMSs put
// the story's HTML there, which is read as HTML.
func ldStory(body string) *html.Node {
	story := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	if strings.Contains(body, "</p>") || strings.Contains(body, "<br") {
		if nodes, err := html.ParseFragment(strings.NewReader(body), story); err == nil {
			for _, n := range nodes {
				story.AppendChild(n)
			}
			cleanStory(story)
			return story
		}
	}
	for line := range strings.Lines(body) {
		text := strings.Join(strings.Fields(html.UnescapeString(line)), " ")
		if text == "" {
			continue
		}
		p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		story.AppendChild(p)
	}
	return story
}
