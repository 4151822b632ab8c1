package webimport

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/internal/lazyre"
)

// Finding a saved page's main text follows the signals of Mozilla's
// Readability (the reader view of Firefox), kept to what news pages need:
// drop what is never the story (scripts, menus, sidebars, comment forms,
// share buttons: html_chrome.go), then take the element the page marks as
// the story if it holds the bulk of the prose, or else the container whose
// paragraphs score highest (this file); last, clean that container of
// bylines, media and lists of links (html_clean.go).

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

// Scoring containers by their prose.
var (
	// storyClass and chromeClass weigh a candidate's name when scoring.
	storyClass  = lazyre.New(`(?i)article|body|content|entry|h-entry|hentry|main|page|post|story|text|blog`)
	chromeClass = lazyre.New(`(?i)hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget`)
)

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
