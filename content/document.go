package content

import (
	"fmt"
	"strings"
)

// Document is the whole article as one Markdown text: a title block
// (title, then byline, source, date and reading time) and the body. It is
// what plain output renders.
func (a *Article) Document() string {
	var b strings.Builder
	b.WriteString("# ")
	b.WriteString(EscapeMarkdown(a.Title))
	b.WriteString("\n\n")
	if meta := a.Meta(); meta != "" {
		b.WriteString("*")
		b.WriteString(EscapeMarkdown(meta))
		b.WriteString("*\n\n")
	}
	for _, s := range a.Sections {
		b.WriteString(s.Markdown)
		b.WriteString("\n\n")
	}
	return b.String()
}

// Meta is the line under an article's title: byline, source, date and
// reading time, those that are known, joined with " · ".
func (a *Article) Meta() string {
	var parts []string
	if a.Byline != "" {
		parts = append(parts, "By "+a.Byline)
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	parts = append(parts, fmt.Sprintf("%d min read", int(a.ReadingTime().Minutes())))
	return strings.Join(parts, " · ")
}

// markdownSpecial holds the characters that could turn plain text into
// Markdown structure (emphasis, links, HTML, headings).
const markdownSpecial = "\\`*_[]<>#|~!"

// EscapeMarkdown backslash-escapes text so that it renders literally, for
// values such as titles that are text, not Markdown.
func EscapeMarkdown(s string) string {
	if !strings.ContainsAny(s, markdownSpecial) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(markdownSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
