package content

import (
	"brief/internal/sanitize"
	"strings"
)

// PlainFallback prepares text for showing verbatim inside a fenced code
// block: it is cleaned like any text, and the backticks or tildes of any
// line that could open or close a fence become look-alikes (U+02CB,
// U+02DC), so the text cannot break out of the block. Everything else,
// Markdown markers included, stays as written.
func PlainFallback(md string) string {
	md = sanitize.Text(md)
	var b strings.Builder
	b.Grow(len(md))
	for line := range strings.Lines(md) {
		char, size, _ := fenceRun(line)
		if size == 0 {
			b.WriteString(line)
			continue
		}
		start := strings.IndexByte(line, char)
		look := "\u02cb" // modifier letter grave accent
		if char == '~' {
			look = "\u02dc" // small tilde
		}
		b.WriteString(line[:start])
		b.WriteString(strings.Repeat(look, size))
		b.WriteString(line[start+size:])
	}
	return b.String()
}

// writePlainParagraphs writes lines as plain paragraphs: the quote and
// list markers at their starts are dropped and every other character
// that Markdown could read as markup is backslash-escaped, so goldmark
// reads nothing but text, however the lines nested. A list item starts a
// paragraph of its own, as a blank line does; other lines join the
// paragraph before them, as they would in Markdown.
func writePlainParagraphs(b *strings.Builder, lines []string) {
	inPara := false
	for _, line := range lines {
		line = strings.TrimRight(line, "\r\n")
		m := lineMarkers(line)
		text := strings.Trim(line[m.text:], " \t")
		switch {
		case text == "":
			if inPara {
				b.WriteString("\n\n")
			}
			inPara = false
			continue
		case inPara && m.lists > 0:
			b.WriteString("\n\n")
		case inPara:
			b.WriteByte('\n')
		}
		writeEscaped(b, text)
		inPara = true
	}
	if inPara {
		b.WriteString("\n\n")
	}
}

// writeEscaped writes s with a backslash before every ASCII punctuation
// character, which CommonMark then reads as that character and nothing
// more.
func writeEscaped(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if isASCIIPunct(s[i]) {
			b.WriteString(s[start:i])
			b.WriteByte('\\')
			start = i
		}
	}
	b.WriteString(s[start:])
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}
