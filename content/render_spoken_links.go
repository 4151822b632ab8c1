package content

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// spokenLinks makes the links of a document say their address once. The
// spoken style puts a link's address in brackets after its text, which
// would read "example.org, example.org" for a link whose text is its
// address; such a link becomes its text alone. A bare address (an
// autolink) is its text already: Glamour shows an e-mail autolink as its
// text and a web one as its address in the link style, brackets and all,
// so a web autolink is marked as an e-mail one to be shown as it reads.
type spokenLinks struct{}

// Transform implements parser.ASTTransformer.
func (spokenLinks) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	var repeated []*ast.Link
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if sameAddress(plainText(n, src), string(n.Destination)) {
				repeated = append(repeated, n)
			}
		case *ast.AutoLink:
			n.AutoLinkType = ast.AutoLinkEmail
		}
		return ast.WalkContinue, nil
	})
	for _, l := range repeated {
		parent := l.Parent()
		for c := l.FirstChild(); c != nil; c = l.FirstChild() {
			parent.InsertBefore(parent, l, c)
		}
		parent.RemoveChild(parent, l)
	}
}

// plainText is the text of n's inline children, without their marks.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
		case *ast.String:
			b.Write(c.Value)
		default:
			b.WriteString(plainText(c, src))
		}
	}
	return b.String()
}

// sameAddress reports whether a link's text is its address, as a reader
// would hear it: "example.org/news" for https://www.example.org/news/.
func sameAddress(text, address string) bool {
	bare := func(s string) string {
		s = strings.TrimSpace(s)
		for _, prefix := range []string{"https://", "http://", "mailto:", "www."} {
			if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
				s = s[len(prefix):]
			}
		}
		return strings.TrimSuffix(s, "/")
	}
	return strings.EqualFold(bare(text), bare(address))
}
