package content

import (
	"strings"

	"brief/internal/lazyre"
)

// The Markdown marks a reader does not see once a line is rendered.
var (
	markdownLink  = lazyre.New(`!?\[([^\]]*)\]\([^)]*\)`)
	sentenceBreak = lazyre.New(`[.!?][”’"')\]]*\s+`)
	blockPrefix   = lazyre.New(`^\s*(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+`)
)

// MarkdownToPlain drops the Markdown a reader does not see in a rendered
// line: the block markers at its start and the inline marks.
func MarkdownToPlain(line string) string {
	return InlinePlain(blockPrefix().ReplaceAllString(line, ""))
}

// InlinePlain drops link targets, emphasis and code marks, so a quote
// copied from the rendered article matches its Markdown source.
func InlinePlain(s string) string {
	s = markdownLink().ReplaceAllString(s, "$1")
	return strings.NewReplacer("*", "", "_", "", "`", "").Replace(s)
}

// PlainParagraphs turns Markdown into paragraphs of plain text, one line
// each; headings and list items count as paragraphs of their own.
func PlainParagraphs(body string) []string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		block := blockPrefix().MatchString(line)
		if block {
			flush()
		}
		cur = append(cur, strings.Join(strings.Fields(MarkdownToPlain(line)), " "))
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			flush()
		}
	}
	flush()
	return paras
}

// SplitSentences cuts a paragraph after each full stop, question or
// exclamation mark that is followed by space.
func SplitSentences(para string) []string {
	var out []string
	start := 0
	for _, m := range sentenceBreak().FindAllStringIndex(para, -1) {
		if s := strings.TrimSpace(para[start:m[1]]); s != "" {
			out = append(out, s)
		}
		start = m[1]
	}
	if s := strings.TrimSpace(para[start:]); s != "" {
		out = append(out, s)
	}
	return out
}
