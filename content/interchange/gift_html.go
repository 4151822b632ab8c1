package interchange

import (
	"brief/internal/lazyre"
	"html"
	"strings"
)

// htmlDrops strips HTML from [html] question text and remembers which
// tags it dropped, so the importer can say so once per question.
type htmlDrops struct {
	tags []string // "<b>", "<p>"… in order of first appearance
}

// htmlTag matches an opening or closing tag or a comment.
var htmlTag = lazyre.New(`(?s)<!--.*?-->|</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>`)

// htmlBreaks are the tags that end a line of text.
var htmlBreaks = map[string]bool{"br": true, "p": true, "div": true, "li": true, "tr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "ul": true, "ol": true}

// strip returns s as plain text: tags removed (block tags become line
// breaks), entities decoded, spaces within each line collapsed.
func (d *htmlDrops) strip(s string) string {
	text := htmlTag().ReplaceAllStringFunc(s, func(tag string) string {
		m := htmlTag().FindStringSubmatch(tag)
		name := strings.ToLower(m[1])
		if name == "" {
			d.note("<!-- -->")
			return ""
		}
		d.note("<" + name + ">")
		if htmlBreaks[name] {
			return "\n"
		}
		return ""
	})
	text = html.UnescapeString(text)
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

// note records a dropped tag once.
func (d *htmlDrops) note(tag string) {
	for _, t := range d.tags {
		if t == tag {
			return
		}
	}
	d.tags = append(d.tags, tag)
}
