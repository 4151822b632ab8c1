package webimport

import (
	"brief/internal/lazyre"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Finding a saved page's main text follows the signals of Mozilla's
// Readability (the reader view of Firefox), kept to what news pages need:
// drop what is never the story (scripts, menus, sidebars, comment forms,
// share buttons), then take the element the page marks as the story if it
// holds the bulk of the prose, or else the container whose paragraphs
// score highest; last, clean that container of bylines, media and lists of
// links.

var (
	// unlikelyChrome names the parts of a page that are not the story.
	unlikelyChrome = lazyre.New(`(?i)-ad-|\bads?\b|advert|agegate|banner|breadcrumb|combx|comment|community|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|pager|pagination|popup|promo|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|tags|widget|you-may|paywall|regwall|gate\b|sign-?in|sign-?up`)
	// alwaysChrome names furniture that no story word in the same name
	// redeems ("article-gate", "post-newsletter").
	alwaysChrome = lazyre.New(`(?i)paywall|regwall|(^|[-_ ])gate([-_ ]|$)|sign-?in|sign-?up|advert|newsletter|cookie|gdpr`)
	// maybeStory names containers that may hold the story even when their
	// name also matches unlikelyChrome ("main-header-content").
	maybeStory = lazyre.New(`(?i)article|body|column|content|entry|main|post|story|text`)
	// storyClass and chromeClass weigh a candidate's name when scoring.
	storyClass  = lazyre.New(`(?i)article|body|content|entry|h-entry|hentry|main|page|post|story|text|blog`)
	chromeClass = lazyre.New(`(?i)hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget`)
	// bylineClass names the element that says who wrote the story.
	bylineClass = lazyre.New(`(?i)byline|author|writtenby|p-author`)
	// storyMetaClass names the short lines around a story that repeat
	// what the front matter holds: who wrote it and when.
	storyMetaClass = lazyre.New(`(?i)byline|author|writtenby|dateline|timestamp|posted-on|entry-meta|post-meta|article-meta`)
)

// neverStory are elements whose content is never part of an article's
// text: code, forms, embedded media, and the page's own furniture.
var neverStory = []atom.Atom{
	atom.Script, atom.Style, atom.Template, atom.Iframe, atom.Object, atom.Embed,
	atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Svg, atom.Math, atom.Canvas,
	atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Menu, atom.Link, atom.Meta, atom.Head,
}

// media are elements a terminal cannot show.
var media = []atom.Atom{atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Source, atom.Track}

// chromeRoles are ARIA roles of page furniture.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
}

// minStoryText is the text a story found by the strict rules must reach
// (in bytes) before the lenient ones are not tried; Readability's own
// threshold.
const minStoryText = 500

// findStory removes page furniture from a parsed page and returns the
// element holding the story, or nil when there is no prose at all. The
// lenient pass keeps what only a class name, an ARIA role or a hidden
// attribute calls furniture: pages name their wrappers oddly
// ("has-sidebar"), and one saved with a dialog open has the whole page
// aria-hidden.
func findStory(doc *html.Node, lenient bool) *html.Node {
	body := doc
	if b := findAll(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); len(b) > 0 {
		body = b[0]
	}
	// The element the page marks as its story is kept, with all that
	// holds it, whatever their names say.
	keep := map[*html.Node]bool{}
	if marked := markedStory(body, measureText(body)); marked != nil {
		for a := marked; a != nil; a = a.Parent {
			keep[a] = true
		}
	}
	dropChrome(doc, lenient, keep)
	sizes := measureText(body)
	root := pickStory(markedStory(body, sizes), bestScored(body, sizes), sizes)
	if root == nil || sizes[root].text == 0 {
		return nil
	}
	return root
}

// isStoryMarker reports whether the page marks n as (holding) its story.
func isStoryMarker(n *html.Node) bool {
	return isTag(n, atom.Article, atom.Main) || attr(n, "role") == "main" || attr(n, "itemprop") == "articleBody"
}

// insideStoryMarker reports whether one of n's ancestors marks the story.
func insideStoryMarker(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if isStoryMarker(a) {
			return true
		}
	}
	return false
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

// markedStory is the element the page itself marks as the story: the
// schema.org articleBody (the one holding them all, when the story is
// split into several), or else the <article> (or <main>) with the most
// text, if it holds a few sentences.
func markedStory(body *html.Node, sizes textSizes) *html.Node {
	if parts := findAll(body, func(n *html.Node) bool { return attr(n, "itemprop") == "articleBody" }); len(parts) > 0 {
		return commonAncestor(parts)
	}
	if updates := siblingStories(body, sizes); updates != nil {
		return updates
	}
	for _, match := range []func(*html.Node) bool{
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
		func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" },
	} {
		var best *html.Node
		for _, n := range findAll(body, match) {
			if best == nil || sizes[n].text > sizes[best].text {
				best = n
			}
		}
		if best != nil && sizes[best].text >= 140 {
			return best
		}
	}
	return nil
}

// siblingStories is what holds two or more <article>s of prose side by
// side, as a live blog's updates are, when together they hold more text
// than any one <article>; nil otherwise.
func siblingStories(body *html.Node, sizes textSizes) *html.Node {
	byParent := map[*html.Node]int{}
	longest := 0
	for _, a := range findAll(body, func(n *html.Node) bool { return n.DataAtom == atom.Article && sizes[n].prose }) {
		if a.Parent != nil {
			byParent[a.Parent] += sizes[a].text
		}
		longest = max(longest, sizes[a].text)
	}
	var best *html.Node
	for parent, text := range byParent {
		siblings := 0
		for c := parent.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Article && sizes[c].prose {
				siblings++
			}
		}
		if siblings >= 2 && text > longest && (best == nil || text > byParent[best]) {
			best = parent
		}
	}
	return best
}

// pickStory chooses between the element the page marks as the story and
// the one scoring found: the marked one if it holds the scored one or at
// least half as much text, since a teaser card is an <article> too.
func pickStory(marked, scored *html.Node, sizes textSizes) *html.Node {
	switch {
	case marked == nil:
		return scored
	case scored == nil, contains(marked, scored), 2*sizes[marked].text >= sizes[scored].text:
		return marked
	}
	return scored
}

// contains reports whether n is a or under it.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// commonAncestor is the deepest element holding all of nodes.
func commonAncestor(nodes []*html.Node) *html.Node {
	root := nodes[0]
	for _, n := range nodes[1:] {
		for !contains(root, n) {
			root = root.Parent
		}
	}
	return root
}

// scoredLevels is how many ancestors of a paragraph share in its score.
const scoredLevels = 5

// bestScored is the container whose paragraphs hold the most prose, scored
// as Readability does: a paragraph of 25 characters or more is worth a
// point, a point per comma and up to three for its length; its parent gets
// all of that, its grandparent half, and the ancestors above a share that
// shrinks with distance. A container's name and kind weigh in, and text
// inside links counts against it. nil when no paragraph counts.
func bestScored(body *html.Node, sizes textSizes) *html.Node {
	scores := map[*html.Node]float64{}
	var order []*html.Node
	for _, p := range findAll(body, func(n *html.Node) bool {
		return isTag(n, atom.P, atom.Pre, atom.Td, atom.Blockquote)
	}) {
		t := textOf(p)
		if len(t) < 25 {
			continue
		}
		s := 1 + float64(strings.Count(t, ",")) + min(float64(len(t))/100, 3)
		a := p.Parent
		for level := 0; level < scoredLevels && a != nil && a.Type == html.ElementNode; level++ {
			if _, ok := scores[a]; !ok {
				scores[a] = baseScore(a)
				order = append(order, a)
			}
			switch level {
			case 0:
				scores[a] += s
			case 1:
				scores[a] += s / 2
			default:
				scores[a] += s / float64(3*level)
			}
			if a == body {
				break
			}
			a = a.Parent
		}
	}
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		scores[n] *= 1 - sizes.linkDensity(n)
		if best == nil || scores[n] > bestScore {
			best, bestScore = n, scores[n]
		}
	}
	// A story whose paragraphs each sit in their own wrapper has many
	// candidates scoring alike; what holds three or more of them is the
	// story, not the first wrapper (Readability's "alternative candidate"
	// step).
	var alike []*html.Node
	for _, n := range order {
		if bestScore > 0 && scores[n] >= 0.75*bestScore && !contains(n, best) && !contains(best, n) {
			alike = append(alike, n)
		}
	}
	if len(alike) >= 2 {
		best = commonAncestor(append(alike, best))
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

// cleanStory cleans the story's own container: media (a terminal cannot
// show them) and figures that held nothing else, the byline and date lines
// (the front matter holds them), and blocks that are mostly links with no
// prose, such as "Read more" lists.
func cleanStory(root *html.Node) {
	sizes := measureText(root)
	var doomed []*html.Node
	elements(root, func(n *html.Node) bool {
		if n == root {
			return true
		}
		switch {
		case isTag(n, media...):
		case n.DataAtom == atom.Figure && !holdsText(n) && sizes[n].text < 80:
			// An image with a credit or a line of caption; a gallery's
			// captions that tell the story stay.
		case isStoryMeta(n) && sizes[n].text < 100:
		case n.DataAtom == atom.Time && !isTag(n.Parent, atom.P, atom.Li, atom.Td):
		case isTag(n, atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table, atom.Td) && sizes.linkDensity(n) > 0.5 && !sizes[n].prose:
		case n.DataAtom == atom.P && sizes[n].text < 100 && sizes.linkDensity(n) > 0.9:
			// "Subscribe now", "<< Back to news": a paragraph that is one
			// link is a button.
		default:
			return true
		}
		doomed = append(doomed, n)
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
	// The Markdown converter drops <noscript> whole; the ones left here
	// hold story text, so they give way to what they hold.
	for _, n := range findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.Noscript && n != root }) {
		unwrap(n)
	}
}

// unwrap replaces n with its children.
func unwrap(n *html.Node) {
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		n.Parent.InsertBefore(c, n)
	}
	remove(n)
}

// isStoryMeta reports whether an element is marked as the story's byline
// or date line.
func isStoryMeta(n *html.Node) bool {
	return n.DataAtom == atom.Address || attr(n, "rel") == "author" || attr(n, "itemprop") == "author" ||
		storyMetaClass().MatchString(classAndID(n))
}

// holdsText reports whether a figure holds text of its own (a table, a
// pull quote, code) rather than only media and their caption.
func holdsText(figure *html.Node) bool {
	found := false
	elements(figure, func(n *html.Node) bool {
		if n.DataAtom == atom.Figcaption {
			return false
		}
		found = found || isTag(n, atom.Table, atom.Blockquote, atom.Pre, atom.P, atom.Ul, atom.Ol, atom.Dl)
		return !found
	})
	return found
}
