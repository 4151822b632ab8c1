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

// ldArticleBody is the articleBody the page's JSON-LD gives its own
// article, "" when there is none: of those at the top (a script's object,
// its list, its @graph) the longest, and only when there is none there,
// one nested in another object (a related article, a part). Pages drawn
// by JavaScript, and pages that show only a teaser to readers without a
// subscription, often carry the whole story there, in plain text, for
// search engines. It must be read before the scripts are removed.
func ldArticleBody(doc *html.Node) string {
	best, bestDepth := "", -1
	for _, s := range findAll(doc, func(n *html.Node) bool {
		return isTag(n, atom.Script) && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json")
	}) {
		src := strings.TrimSpace(textOf(s))
		src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>") // as some CMSs wrap it
		var v any
		if json.Unmarshal([]byte(src), &v) != nil {
			continue
		}
		walkLD(v, 0, func(body string, depth int) {
			if bestDepth < 0 || depth < bestDepth || depth == bestDepth && len(body) > len(best) {
				best, bestDepth = body, depth
			}
		})
	}
	return best
}

// walkLD calls found with the articleBody of every article in a decoded
// JSON-LD value and how deep it is: a list or an @graph is the top, as
// the value itself is; every other object nests one deeper.
func walkLD(v any, depth int, found func(body string, depth int)) {
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			walkLD(item, depth, found)
		}
	case map[string]any:
		if body, ok := v["articleBody"].(string); ok && isArticleType(v["@type"]) {
			found(body, depth)
		}
		for key, child := range v {
			switch key {
			case "articleBody":
			case "@graph":
				walkLD(child, depth, found)
			default:
				walkLD(child, depth+1, found)
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
