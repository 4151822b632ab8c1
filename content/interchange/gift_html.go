package interchange

import (
	"html"
	"path"
	"slices"
	"strconv"
	"strings"

	"brief/internal/lazyre"
)

// htmlDrops strips HTML from one question's text and remembers what it
// dropped: tags that change nothing a student needs are not worth a word,
// others are summed up once per file, and an image or a sound the question
// refers to gets a warning of its own, as without it the question may not
// be answerable.
type htmlDrops struct {
	stripped bool     // some text of the question was HTML
	tags     []string // "<table>", "<font>"… dropped, in order, harmless ones left out
	media    []string // "an image", "audio"… the question referred to
}

// htmlTag matches an opening or closing tag or a comment.
var htmlTag = lazyre.New(`(?s)<!--.*?-->|</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>`)

// htmlAttr matches one attribute of a tag and its value, quoted or not.
var htmlAttr = lazyre.New(`(?i)\b(alt|href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))`)

// htmlBreaks are the tags that end a line of text.
var htmlBreaks = map[string]bool{"br": true, "p": true, "div": true, "li": true, "tr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "ul": true, "ol": true}

// htmlHarmless are tags whose loss changes nothing a student needs, which
// real Moodle exports put around every question.
var htmlHarmless = []string{"p", "br", "span", "strong", "em", "i", "b", "u", "div", "a", "img", "!--"}

// htmlMedia names what a tag embeds, for the warning about its loss.
var htmlMedia = map[string]string{"img": "an image", "audio": "audio", "video": "a video",
	"source": "audio or video", "object": "embedded content", "embed": "embedded content", "iframe": "embedded content", "svg": "an image"}

// mediaFiles names what a link to a file of this extension is.
var mediaFiles = map[string]string{".mp3": "audio", ".wav": "audio", ".ogg": "audio", ".m4a": "audio", ".oga": "audio",
	".png": "an image", ".jpg": "an image", ".jpeg": "an image", ".gif": "an image", ".svg": "an image", ".webp": "an image",
	".mp4": "a video", ".webm": "a video", ".mov": "a video"}

// looksLikeHTML reports whether unmarked text holds tags, which Moodle's
// default text format renders as HTML.
func looksLikeHTML(s string) bool { return htmlTag().MatchString(s) }

// strip returns s as plain text: tags removed (block tags become line
// breaks), an image's alt text kept as [image: alt] and a link's target
// after its text, entities decoded, spaces within each line collapsed.
func (d *htmlDrops) strip(s string) string {
	d.stripped = true
	var href string // the open link's target, written after its text
	text := htmlTag().ReplaceAllStringFunc(s, func(tag string) string {
		m := htmlTag().FindStringSubmatch(tag)
		name := strings.ToLower(m[1])
		if name == "" {
			return ""
		}
		d.note(name)
		attrs := tagAttrs(tag)
		switch {
		case name == "a" && !strings.HasPrefix(tag, "</"):
			href = attrs["href"]
			d.noteLinked(href)
		case name == "a":
			out := ""
			if isWebLink(href) {
				out = " (" + href + ")"
			}
			href = ""
			return out
		case name == "img" && strings.TrimSpace(attrs["alt"]) != "":
			return " [image: " + strings.TrimSpace(html.UnescapeString(attrs["alt"])) + "] "
		}
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

// tagAttrs reads the alt, href and src attributes of a tag.
func tagAttrs(tag string) map[string]string {
	attrs := map[string]string{}
	for _, m := range htmlAttr().FindAllStringSubmatch(tag, -1) {
		attrs[strings.ToLower(m[1])] = m[2] + m[3] + m[4]
	}
	return attrs
}

// isWebLink reports whether a link target is worth showing as text: a web
// address, not a data: URI or a Moodle @@PLUGINFILE@@ path.
func isWebLink(href string) bool {
	h := strings.ToLower(href)
	return (strings.HasPrefix(h, "http://") || strings.HasPrefix(h, "https://")) && len(href) <= 300
}

// note records a dropped tag: once, and only if a student might miss it.
func (d *htmlDrops) note(name string) {
	if media, ok := htmlMedia[name]; ok && !slices.Contains(d.media, media) {
		d.media = append(d.media, media)
	}
	if tag := "<" + name + ">"; !slices.Contains(htmlHarmless, name) && !slices.Contains(d.tags, tag) {
		d.tags = append(d.tags, tag)
	}
}

// noteLinked records a link to a sound, image or video file, which a
// student reading the question in a terminal cannot play or see.
func (d *htmlDrops) noteLinked(href string) {
	ext := strings.ToLower(path.Ext(strings.SplitN(href, "?", 2)[0]))
	if media, ok := mediaFiles[ext]; ok && !slices.Contains(d.media, media) {
		d.media = append(d.media, media)
	}
}

// fileHTML is what HTML a file's questions lost, for one line about it.
type fileHTML struct {
	tags      []string
	questions int
	line, col int // the first question that lost a tag worth naming
}

// noteHTML warns about media a question referred to, at the question, and
// adds its dropped tags to the file's summary.
func (p *giftParser) noteHTML(start gchar, d *htmlDrops) {
	if len(d.media) > 0 {
		p.warnf(start.line, start.col, "question refers to %s that brief cannot show (it shows text only): it may not be answerable without it", strings.Join(d.media, " and "))
	}
	if len(d.tags) == 0 {
		return
	}
	if p.html.questions == 0 {
		p.html.line, p.html.col = start.line, start.col
	}
	p.html.questions++
	for _, t := range d.tags {
		if !slices.Contains(p.html.tags, t) {
			p.html.tags = append(p.html.tags, t)
		}
	}
}

// htmlSummary says once per file which HTML tags that may have mattered
// were dropped, and from how many questions.
func (p *giftParser) htmlSummary() {
	if p.html.questions == 0 {
		return
	}
	what := "1 question"
	if p.html.questions > 1 {
		what = strconv.Itoa(p.html.questions) + " questions, the first here"
	}
	p.warnf(p.html.line, p.html.col, "HTML dropped, plain text kept, in %s: %s", what, strings.Join(p.html.tags, ", "))
}
