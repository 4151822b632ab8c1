package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Finding a saved page's main text follows the signals of Mozilla's
// Readability (the reader view of Firefox), kept to what news pages need:
// drop what is never the story (scripts, menus, sidebars, comment forms,
// share buttons), then take the element the page marks as the story, or
// else the one whose paragraphs hold the most prose.

var (
	// unlikelyChrome names the parts of a page that are not the story.
	unlikelyChrome = lazyRegexp(`(?i)-ad-|\bads?\b|advert|agegate|banner|breadcrumb|combx|comment|community|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|pager|pagination|popup|promo|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|tags|widget|you-may`)
	// maybeStory names containers that may hold the story even when their
	// name also matches unlikelyChrome ("main-header-content").
	maybeStory = lazyRegexp(`(?i)article|body|column|content|entry|main|post|story|text`)
	// storyClass and chromeClass weigh a candidate's name when scoring.
	storyClass  = lazyRegexp(`(?i)article|body|content|entry|h-entry|hentry|main|page|post|story|text|blog`)
	chromeClass = lazyRegexp(`(?i)hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget`)
	// bylineClass names the element that says who wrote the story.
	bylineClass = lazyRegexp(`(?i)byline|author|writtenby|p-author`)
)

// neverStory are elements whose content is never part of an article's
// text: code, forms, embedded media, and the page's own furniture.
var neverStory = []atom.Atom{
	atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Embed,
	atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Svg, atom.Math, atom.Canvas,
	atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Menu, atom.Link, atom.Meta, atom.Head,
}

// chromeRoles are ARIA roles of page furniture.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
}

// mainText strips a parsed page of everything that is not the story and
// returns the element holding the story's text, or nil when the page has
// no prose at all.
func mainText(doc *html.Node) *html.Node {
	dropChrome(doc)
	body := doc
	if b := findAll(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); len(b) > 0 {
		body = b[0]
	}
	root := markedStory(body)
	if root == nil {
		root = bestScored(body)
	}
	if root == nil || textOf(root) == "" {
		return nil
	}
	dropInnerChrome(root)
	return root
}

// dropChrome removes the elements that are never the story: by kind,
// by ARIA role, hidden ones, a page <header>, and those whose class or id
// names page furniture.
func dropChrome(doc *html.Node) {
	var doomed []*html.Node
	elements(doc, func(n *html.Node) bool {
		if isPageFurniture(n) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		remove(n)
	}
	// Comments can carry anything; none of it is text.
	var comments []*html.Node
	elements(doc, func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.CommentNode {
				comments = append(comments, c)
			}
		}
		return true
	})
	for _, c := range comments {
		remove(c)
	}
}

// isPageFurniture reports whether an element is page furniture, never the story.
func isPageFurniture(n *html.Node) bool {
	if isTag(n, neverStory...) || chromeRoles[attr(n, "role")] {
		return true
	}
	if _, hidden := attrOK(n, "hidden"); hidden || attr(n, "aria-hidden") == "true" ||
		strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "display:none") {
		return true
	}
	if isTag(n, atom.Html, atom.Body, atom.Article, atom.Main, atom.A) {
		return false
	}
	if n.DataAtom == atom.Header {
		return true
	}
	name := classAndID(n)
	return unlikelyChrome().MatchString(name) && !maybeStory().MatchString(name)
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

// markedStory is the element the page itself marks as the story: the
// schema.org articleBody, or else the <article> (or <main>) with the most
// text. Teaser cards are <article>s too, so the longest one wins, and it
// must hold a few sentences to count.
func markedStory(body *html.Node) *html.Node {
	for _, match := range []func(*html.Node) bool{
		func(n *html.Node) bool { return attr(n, "itemprop") == "articleBody" },
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
		func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" },
	} {
		var best *html.Node
		bestLen := 0
		for _, n := range findAll(body, match) {
			if l := len(textOf(n)); l > bestLen {
				best, bestLen = n, l
			}
		}
		if bestLen >= 140 {
			return best
		}
	}
	return nil
}

// bestScored is the container whose paragraphs hold the most prose, scored
// as Readability does: each paragraph of 25 characters or more gives its
// parent a point, a point per comma and up to three for its length, and
// its grandparent half that; a container's name and kind weigh in, and
// text inside links counts against it.
func bestScored(body *html.Node) *html.Node {
	scores := map[*html.Node]float64{}
	var order []*html.Node
	add := func(n *html.Node, s float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := scores[n]; !ok {
			scores[n] = baseScore(n)
			order = append(order, n)
		}
		scores[n] += s
	}
	for _, p := range findAll(body, func(n *html.Node) bool {
		return isTag(n, atom.P, atom.Pre, atom.Td, atom.Blockquote)
	}) {
		t := textOf(p)
		if len(t) < 25 {
			continue
		}
		s := 1 + float64(strings.Count(t, ",")) + min(float64(len(t))/100, 3)
		add(p.Parent, s)
		if p.Parent != nil {
			add(p.Parent.Parent, s/2)
		}
	}
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		if s := scores[n] * (1 - linkDensity(n)); s > bestScore {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return body
	}
	return best
}

// baseScore is what a candidate's kind and name say before its text is
// counted.
func baseScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div:
		s += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s += 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s -= 5
	}
	name := classAndID(n)
	if storyClass().MatchString(name) {
		s += 25
	}
	if chromeClass().MatchString(name) {
		s -= 25
	}
	return s
}

// dropInnerChrome cleans the story's own container: the byline (the front
// matter holds it), images (a terminal cannot show them), and blocks that
// are mostly links with little prose, such as "Read more" lists.
func dropInnerChrome(root *html.Node) {
	var doomed []*html.Node
	elements(root, func(n *html.Node) bool {
		if n == root {
			return true
		}
		switch {
		case isTag(n, atom.Img, atom.Picture, atom.Figure, atom.Video, atom.Audio):
		case bylineClass().MatchString(classAndID(n)) && len(textOf(n)) < 100:
		case isTag(n, atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table) && linkDensity(n) > 0.5 && !hasProse(n):
		default:
			return true
		}
		doomed = append(doomed, n)
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}

// hasProse reports whether a block holds a paragraph of real text.
func hasProse(n *html.Node) bool {
	for _, p := range findAll(n, func(e *html.Node) bool { return e.DataAtom == atom.P }) {
		if len(textOf(p)) > 80 && linkDensity(p) < 0.5 {
			return true
		}
	}
	return false
}
