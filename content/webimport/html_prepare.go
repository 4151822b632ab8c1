package webimport

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/internal/lazyre"
)

// Before go-readability reads a page, brief corrects three things about
// news pages that mislead it: class names that only say how a block
// looks, small boxes every news site adds to its stories, and a page
// saved with a dialog open, which hides the whole page from readers.

// namedFurniture names the boxes a news page puts inside its story
// (an advertisement slot, also named as namesAdSlot says; a newsletter or subscription box, a paywall's
// gate, a cookie notice) that go-readability does not know.
var namedFurniture = lazyre.New(`(?i)advert|newsletter|paywall|regwall|(^|[-_ ])gate([-_ ]|$)|sign-?in|sign-?up|subscribe|subscription|cookie|gdpr|promo`)

// maxFurnitureShare is the most of a page's text a box named as
// furniture may hold and still be dropped: a wrapper named oddly
// ("has-newsletter") that holds the story is not a box.
const maxFurnitureShare = 0.5

// preparePage readies a parsed page for go-readability (see above).
func preparePage(doc *html.Node) {
	sizes := measureText(doc)
	total := sizes[doc].text
	var doomed []*html.Node
	elements(doc, func(n *html.Node) bool {
		dropLookClasses(n)
		if attr(n, "aria-hidden") == "true" && 2*sizes[n].text > total {
			// Hidden while a dialog was open: the page itself.
			setAttr(n, "aria-hidden", "")
		}
		if isTag(n, atom.Html, atom.Body, atom.Article, atom.Main) || n.Parent == nil {
			return true
		}
		furniture := namedFurniture().MatchString(attr(n, "class")+" "+attr(n, "id")) || namesAdSlot(n)
		if furniture && float64(sizes[n].text) <= maxFurnitureShare*float64(total) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		remove(n)
	}
}

// maxNameLen bounds the class and id go-readability matches its patterns
// against, several times over for every element: real class lists are a
// few dozen characters, and a 4 MB class attribute made importing a page
// take most of a second.
const maxNameLen = 1024

// dropLookClasses removes the class names that only say how a block
// looks (WordPress's "has-extra-large-font-size", "is-layout-flex"),
// which go-readability would read as signals: "extra" there makes a
// lead paragraph look like page furniture. It also cuts class and id
// to maxNameLen.
func dropLookClasses(n *html.Node) {
	for i, a := range n.Attr {
		switch a.Key {
		case "id":
			n.Attr[i].Val = a.Val[:min(len(a.Val), maxNameLen)]
		case "class":
			var kept []string
			size := 0
			for _, c := range strings.Fields(a.Val) {
				if size += len(c) + 1; size > maxNameLen {
					break
				}
				if !strings.HasPrefix(c, "has-") && !strings.HasPrefix(c, "is-") {
					kept = append(kept, c)
				}
			}
			n.Attr[i].Val = strings.Join(kept, " ")
		}
	}
}

// setAttr sets an attribute that n has.
func setAttr(n *html.Node, key, val string) {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			n.Attr[i].Val = val
		}
	}
}
