package webimport

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/internal/lazyre"
)

// adLabel is the whole text of an advertisement's slot.
var adLabel = lazyre.New(`(?i)^(advertisement|advertising|ad|sponsored|publicité|anzeige|werbung)$`)

// media are elements a terminal cannot show.
var media = []atom.Atom{atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Source, atom.Track, atom.Svg, atom.Canvas, atom.Iframe}

// cleanStory cleans the story go-readability found of what a terminal
// cannot show or the front matter already holds: media, and figures that
// held nothing else but a credit or a line of caption (a gallery's
// captions that tell the story stay); a date line standing on its own;
// an advertisement's label; blocks that are mostly links with no prose,
// such as "Read more" lists (go-readability keeps lists of links); and a
// short paragraph that is one link ("Subscribe now", "<< Back to news"),
// which is a button.
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
		case n.DataAtom == atom.Time && !isTag(n.Parent, atom.P, atom.Li, atom.Td):
		case sizes[n].text < 20 && adLabel().MatchString(strings.TrimSpace(textOf(n))):
		case isTag(n, atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table, atom.Td) && sizes.linkDensity(n) > 0.5 && !sizes[n].prose:
		case n.DataAtom == atom.P && sizes[n].text < 100 && sizes.linkDensity(n) > 0.9:
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
