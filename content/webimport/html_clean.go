package webimport

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/internal/lazyre"
)

// storyMetaClass names the short lines around a story that repeat what
// the front matter holds: who wrote it and when.
var storyMetaClass = lazyre.New(`(?i)byline|author|writtenby|dateline|timestamp|posted-on|entry-meta|post-meta|article-meta`)

// media are elements a terminal cannot show.
var media = []atom.Atom{atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Source, atom.Track}

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
