package webimport

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/internal/lazyre"
)

// Page furniture: what is never the story.
var (
	// unlikelyChrome names the parts of a page that are not the story.
	unlikelyChrome = lazyre.New(`(?i)-ad-|\bads?\b|advert|agegate|banner|breadcrumb|combx|comment|community|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|pager|pagination|popup|promo|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|tags|widget|you-may|paywall|regwall|gate\b|sign-?in|sign-?up`)
	// alwaysChrome names furniture that no story word in the same name
	// redeems ("article-gate", "post-newsletter").
	alwaysChrome = lazyre.New(`(?i)paywall|regwall|(^|[-_ ])gate([-_ ]|$)|sign-?in|sign-?up|advert|newsletter|cookie|gdpr`)
	// maybeStory names containers that may hold the story even when their
	// name also matches unlikelyChrome ("main-header-content").
	maybeStory = lazyre.New(`(?i)article|body|column|content|entry|main|post|story|text`)
)

// neverStory are elements whose content is never part of an article's
// text: code, forms, embedded media, and the page's own furniture.
var neverStory = []atom.Atom{
	atom.Script, atom.Style, atom.Template, atom.Iframe, atom.Object, atom.Embed,
	atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Svg, atom.Math, atom.Canvas,
	atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Menu, atom.Link, atom.Meta, atom.Head,
}

// chromeRoles are ARIA roles of page furniture.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
}

// dropChrome removes the elements that are never the story, and the
// comments, which can carry anything but text.
func dropChrome(doc *html.Node, lenient bool, keep map[*html.Node]bool) {
	var doomed []*html.Node
	elements(doc, func(n *html.Node) bool {
		if !keep[n] && isPageFurniture(n, lenient) {
			doomed = append(doomed, n)
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.CommentNode {
				doomed = append(doomed, c)
			}
		}
		return true
	})
	for _, n := range doomed {
		remove(n)
	}
}

// isPageFurniture reports whether an element is page furniture, never the
// story: by kind, by ARIA role, hidden, a page's <header> (one inside the
// story holds its standfirst), or named so by its class or id.
func isPageFurniture(n *html.Node, lenient bool) bool {
	if isTag(n, neverStory...) {
		return true
	}
	if isTag(n, atom.Html, atom.Body, atom.Article, atom.Main, atom.A) {
		return false
	}
	if n.DataAtom == atom.Header && !insideStoryMarker(n) {
		return true
	}
	if lenient {
		return false
	}
	if chromeRoles[attr(n, "role")] || isHidden(n) {
		return true
	}
	if n.DataAtom == atom.Noscript {
		// Parsed without scripting, a <noscript> shows what a page
		// without JavaScript shows: sometimes the story, more often a
		// tracking pixel or "enable JavaScript".
		return len(textOf(n)) < 80
	}
	name := classAndID(n)
	if alwaysChrome().MatchString(name) {
		return true
	}
	if !unlikelyChrome().MatchString(name) || maybeStory().MatchString(name) {
		return false
	}
	// A paragraph or heading of the story is text, whatever its class
	// says; only blocks around it can be furniture.
	return !(isTag(n, textBlocks...) && insideStoryMarker(n))
}

// textBlocks are the elements that hold a story's own text.
var textBlocks = []atom.Atom{
	atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Li, atom.Pre, atom.Table,
}

// isHidden reports whether the page hides an element from readers.
func isHidden(n *html.Node) bool {
	_, hidden := attrOK(n, "hidden")
	return hidden || attr(n, "aria-hidden") == "true" ||
		strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "display:none")
}

// attrOK is an attribute's value and whether the element has it at all.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
