package webimport

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr is the value of a node's attribute, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// elements calls visit for every element under root (root included), in
// document order; visit returning false skips that element's children.
// It walks with an explicit stack, so a deeply nested page cannot exhaust
// anything but the time a walk takes.
func elements(root *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode || n.Type == html.DocumentNode {
			if n.Type == html.ElementNode && !visit(n) {
				continue
			}
		}
		// Push children last-first so they pop in document order.
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, c)
			}
		}
	}
}

// findAll is every element under root for which match is true.
func findAll(root *html.Node, match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	elements(root, func(n *html.Node) bool {
		if match(n) {
			found = append(found, n)
		}
		return true
	})
	return found
}

// isTag reports whether n is an element of one of the given kinds.
func isTag(n *html.Node, tags ...atom.Atom) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, t := range tags {
		if n.DataAtom == t {
			return true
		}
	}
	return false
}

// textOf is the text under n with its whitespace runs squeezed to single
// spaces, as a reader would see it.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// remove takes n out of its tree.
func remove(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}
