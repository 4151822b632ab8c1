package webimport

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textCount is how much text an element holds, and how much of that sits
// inside links, in bytes of whitespace-squeezed text.
type textCount struct {
	text, linked int
	// prose says it holds a paragraph of real text: over 80 bytes, at
	// most half of it links.
	prose bool
}

// textSizes measures every element under root in one pass from the
// leaves up, so that choosing and cleaning the story asks for sizes in
// constant time rather than walking a subtree each time: a 4 MB page of
// nested sections would otherwise take seconds.
type textSizes map[*html.Node]textCount

// measureText measures root and everything under it.
func measureText(root *html.Node) textSizes {
	sizes := textSizes{}
	// Post-order without recursion: a node is pushed, then its children;
	// it is measured when popped the second time.
	type frame struct {
		n    *html.Node
		done bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !f.done {
			stack = append(stack, frame{n: f.n, done: true})
			for c := f.n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					stack = append(stack, frame{n: c})
				}
			}
			continue
		}
		var count textCount
		if isTag(f.n, atom.Script, atom.Style, atom.Template) {
			sizes[f.n] = count // code, not text a reader sees
			continue
		}
		for c := f.n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				count.text += squeezedLen(c.Data)
			case html.ElementNode:
				count.text += sizes[c].text
				count.linked += sizes[c].linked
				count.prose = count.prose || sizes[c].prose
			}
		}
		if f.n.DataAtom == atom.A {
			count.linked = count.text
		}
		if f.n.DataAtom == atom.P && count.text > 80 && count.linked*2 <= count.text {
			count.prose = true
		}
		sizes[f.n] = count
	}
	return sizes
}

// squeezedLen is the length of s with its whitespace runs made single
// spaces and its ends trimmed.
func squeezedLen(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		n += len(w) + 1
	}
	return n
}

// linkDensity is the share of n's text that sits inside links: near 1 for
// menus and "related stories" lists, near 0 for prose.
func (s textSizes) linkDensity(n *html.Node) float64 {
	c := s[n]
	if c.text == 0 {
		return 0
	}
	return float64(c.linked) / float64(c.text)
}

// nesting is how much reading a page costs go-readability, which measures
// each candidate container's text afresh: the sum, over the text a reader
// sees, of its length times its depth in the markup. It also gives the
// deepest level text sits at, for the message refusing a page.
func nesting(root *html.Node) (work, deepest int) {
	type frame struct {
		n     *html.Node
		depth int
	}
	stack := []frame{{root, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.n.Type == html.TextNode {
			work += len(f.n.Data) * f.depth
			deepest = max(deepest, f.depth)
			continue
		}
		if isTag(f.n, atom.Script, atom.Style, atom.Template, atom.Head) {
			continue // removed before go-readability measures anything
		}
		for c := f.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, frame{c, f.depth + 1})
		}
	}
	return work, deepest
}
