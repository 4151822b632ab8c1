package webimport

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"brief/content"
	"brief/internal/diag"
	"brief/internal/lazyre"
	"brief/internal/sanitize"
)

// maxHTMLElements bounds the page the importer will look at; a saved news
// page has a few thousand elements, a hostile one millions.
const maxHTMLElements = 200_000

var (
	// imageLine is a paragraph that is only an image: nothing a terminal
	// can show.
	imageLine = lazyre.New(`^(\[?!\[[^\]]*\]\([^)]*\)\]?(\([^)]*\))?\s*)+$`)
	// topHeading is a level-1 or level-2 heading, which the article's
	// sections are cut at.
	topHeading = lazyre.New(`^#{1,2}\s+`)
	// bylinePrefix is the "By" a page's byline often starts with.
	bylinePrefix = lazyre.New(`(?i)^by\s+`)
	// blankRuns are three or more newlines.
	blankRuns = lazyre.New(`\n{3,}`)
)

// ImportHTML makes an article of a saved web page: the page's main text
// (see mainText) is converted to Markdown; the page's title, byline,
// publication date, site name and language go into the front matter.
// Headings become "## " sections, and images (which a terminal cannot
// show) are dropped. path is only used in messages.
func ImportHTML(path string, data []byte) (*ImportedArticle, error) {
	doc, err := readPage(path, data)
	if err != nil {
		return nil, err
	}
	meta := readPageMeta(doc)
	doc, story := findStoryOrLenient(doc, data)
	if story == nil {
		if sizes := measureText(doc); sizes.linkDensity(doc) > 0.5 {
			return nil, linkListError(path)
		}
		return nil, noTextError(path)
	}
	// With the furniture gone, the page's own byline and date lines are
	// the story's, not a comment's or a teaser's.
	if meta.Byline == "" {
		meta.Byline = bylineInMarkup(doc)
	}
	if meta.Published.IsZero() {
		meta.Published = firstDate(timeInMarkup(doc))
	}
	cleanStory(story)
	dropTitleHeading(story, meta.Title)
	if sizes := measureText(story); sizes[story].text-sizes[story].linked < 80 {
		return nil, linkListError(path)
	}
	md, err := storyMarkdown(story, meta.URL, data)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot convert the article to Markdown: %w", path, err)
	}
	a := newImportedArticle(meta, md)
	if strings.TrimSpace(a.Body) == "" {
		return nil, noTextError(path)
	}
	return a, nil
}

// readPage parses a page within the size limits, which keep a hostile
// page from costing much memory or time.
func readPage(path string, data []byte) (*html.Node, error) {
	if len(data) > content.MaxFileSize {
		return nil, diag.Errorf(path, 0, 0, "file is %d bytes, over the limit of %s for an article", len(data), content.MaxFileSizeText)
	}
	doc, err := parseHTML(data)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the page: %w", path, err)
	}
	if n := len(findAll(doc, func(*html.Node) bool { return true })); n > maxHTMLElements {
		return nil, fmt.Errorf("%s: the page has %d elements; at most %d are read", path, n, maxHTMLElements)
	}
	return doc, nil
}

// findStoryOrLenient finds the page's story, and when that holds too
// little for one, looks again in a fresh parse keeping what only class
// names, roles and hidden attributes call furniture, taking that if it
// finds well over twice as much. It returns the document the story is in,
// as finding a story cuts the furniture out of it.
func findStoryOrLenient(doc *html.Node, data []byte) (*html.Node, *html.Node) {
	story := findStory(doc, false)
	strict := storyText(story)
	if strict >= minStoryText {
		return doc, story
	}
	again, _ := parseHTML(data) // it parsed once already
	if lenient := findStory(again, true); storyText(lenient) > 2*strict {
		return again, lenient
	}
	return doc, story
}

// linkListError says that a page is mostly links, such as an index page
// saved instead of the article it lists.
func linkListError(path string) error {
	return fmt.Errorf("%s: the page is a list of links, not an article: save the article's own page", path)
}

// noTextError says that a page holds no text to make an article of.
func noTextError(path string) error {
	return fmt.Errorf("%s: cannot find an article in the page: it holds no readable text", path)
}

// storyMarkdown converts the story to Markdown, making its relative links
// absolute against the page's own address where the page says it (its
// metadata, else the "saved from url" comment a browser writes).
func storyMarkdown(story *html.Node, pageURL string, data []byte) ([]byte, error) {
	var opts []converter.ConvertOptionFunc
	if pageURL != "" {
		opts = append(opts, converter.WithDomain(pageURL))
	} else if u := savedFromURL(data); u != "" {
		opts = append(opts, converter.WithDomain(u))
	}
	return markdownConverter().ConvertNode(story, opts...)
}

// newImportedArticle makes the article of the page's cleaned metadata and
// the story's Markdown; with no title, the body's first words stand in.
func newImportedArticle(meta pageMeta, md []byte) *ImportedArticle {
	a := &ImportedArticle{
		Title:     sanitize.Line(meta.Title),
		Byline:    sanitize.Line(bylinePrefix().ReplaceAllString(sanitize.Line(meta.Byline), "")),
		Source:    sanitize.Line(meta.SiteName),
		Language:  sanitize.Line(meta.Language),
		Published: meta.Published,
		Body:      shapeHTMLBody(sanitize.Text(string(md))),
	}
	a.Body = dropRepeatedMeta(a.Body, a.Title, a.Byline)
	if a.Title == "" {
		a.Title = firstWords(a.Body, 10)
	}
	return a
}

// storyText is how much text a story found holds; 0 for none found.
func storyText(story *html.Node) int {
	if story == nil {
		return 0
	}
	return measureText(story)[story].text
}

// dropTitleHeading removes the story's heading that repeats the title
// (the front matter holds it), wherever it stands: a kicker or a label
// may come before it.
func dropTitleHeading(story *html.Node, title string) {
	want := lettersOnly(sanitize.Line(title))
	if want == "" {
		return
	}
	for _, h := range findAll(story, func(n *html.Node) bool { return isTag(n, atom.H1, atom.H2) }) {
		if lettersOnly(textOf(h)) == want {
			remove(h)
			return
		}
	}
}

// savedFromURL is the address a browser noted when it saved the page
// ("<!-- saved from url=(0051)https://... -->"), or "".
func savedFromURL(data []byte) string {
	head := string(data[:min(len(data), 2048)])
	_, rest, found := strings.Cut(head, "saved from url=(")
	if !found {
		return ""
	}
	_, rest, _ = strings.Cut(rest, ")")
	u, _, _ := strings.Cut(rest, " ")
	return absoluteURL(strings.TrimSuffix(u, "-->"))
}

// parseHTML parses a saved page in the encoding it declares, or UTF-8
// when it is valid UTF-8 and declares none: the HTML standard's guess from
// the first kilobyte alone would be windows-1252 for a page whose first
// kilobyte is ASCII, garbling every accent after it.
func parseHTML(data []byte) (*html.Node, error) {
	text := io.Reader(bytes.NewReader(data))
	if enc, name, certain := charset.DetermineEncoding(data, ""); name != "utf-8" && (certain || !utf8.Valid(data)) {
		text = enc.NewDecoder().Reader(text)
	}
	// Without scripting, a <noscript> holds elements, not raw text: what
	// a reader without JavaScript sees, which is sometimes the story.
	return html.ParseWithOptions(text, html.ParseOptionEnableScripting(false))
}

// markdownConverter converts HTML to CommonMark with GitHub tables, which
// Glamour draws.
var markdownConverter = sync.OnceValue(func() *converter.Converter {
	return converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(), commonmark.NewCommonmarkPlugin(), table.NewTablePlugin(),
	))
})

// shapeHTMLBody drops image-only paragraphs, makes level-1 and level-2
// headings the "## " headings sections are cut at, and squeezes blank
// runs, leaving code blocks as they are.
func shapeHTMLBody(md string) string {
	var out []string
	inFence := false
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			inFence = !inFence
		}
		if !inFence {
			if imageLine().MatchString(trimmed) {
				continue
			}
			if topHeading().MatchString(line) {
				line = "## " + topHeading().ReplaceAllString(line, "")
			}
		}
		out = append(out, strings.TrimRight(line, " \t"))
	}
	return strings.TrimSpace(blankRuns().ReplaceAllString(strings.Join(out, "\n"), "\n\n"))
}

// dropRepeatedMeta removes from the start of the body the paragraphs that
// only repeat the title or the byline, which the front matter now holds.
// They are compared by their letters alone, since pages spell the same
// byline many ways ("BY FAZLI M.AUFF" for "Fazli M. Auff").
func dropRepeatedMeta(body, title, byline string) string {
	for {
		first, rest, _ := strings.Cut(body, "\n\n")
		plain := lettersOnly(bylinePrefix().ReplaceAllString(sanitize.Line(content.MarkdownToPlain(first)), ""))
		same := plain != "" && (plain == lettersOnly(title) || plain == lettersOnly(byline))
		if !same {
			return body
		}
		body = strings.TrimSpace(rest)
	}
}

// lettersOnly is s in lower case with everything but letters and digits
// removed.
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// firstWords is a title for a page without one: its first words.
func firstWords(md string, n int) string {
	words := strings.Fields(content.MarkdownToPlain(strings.SplitN(md, "\n", 2)[0]))
	if len(words) > n {
		words = append(words[:n], "…")
	}
	return strings.Join(words, " ")
}
