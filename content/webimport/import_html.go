package webimport

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"

	"codeberg.org/readeck/go-readability/v2"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"brief/content"
	"brief/internal/diag"
	"brief/internal/lazyre"
	"brief/internal/sanitize"
)

// maxHTMLElements bounds the page the importer will look at; a saved news
// page has a few thousand elements, a hostile one millions.
const maxHTMLElements = 200_000

// maxNestingWork bounds what reading a page may cost (see nesting): a
// long news story is a few million, and a 2 MB page nested 500 deep,
// which took go-readability seconds, is nearly a billion. At the bound a
// page takes about a second.
const maxNestingWork = 100_000_000

// minStoryText is how much text (in bytes, links aside) a story must hold
// to be taken for an article rather than a section front or an index.
const minStoryText = 80

var (
	// imageLine is a paragraph that is only an image: nothing a terminal
	// can show.
	imageLine = lazyre.New(`^(\[?!\[[^\]]*\]\([^)]*\)\]?(\([^)]*\))?\s*)+$`)
	// topHeading is a level-1 or level-2 heading, which the article's
	// sections are cut at.
	topHeading = lazyre.New(`^#{1,2}\s+`)
	// blankRuns are three or more newlines.
	blankRuns = lazyre.New(`\n{3,}`)
)

// Origin is what is known of a page beyond its bytes when it was fetched
// rather than saved: where it came from (after redirects) and the
// Content-Type its server sent, whose charset wins over the page's own.
type Origin struct {
	URL         *url.URL
	ContentType string
}

// ImportHTML makes an article of a saved web page (see ImportPage). path
// is only used in messages.
func ImportHTML(path string, data []byte) (*ImportedArticle, error) {
	if len(data) > content.MaxFileSize {
		return nil, diag.Errorf(path, 0, 0, "file is %s, over the limit of %s for an article", diag.SizeText(len(data)), content.MaxFileSizeText)
	}
	return ImportPage(path, data, Origin{})
}

// ImportPage makes an article of a web page: go-readability finds the
// main text and the page's title, byline, publication date, site name
// and language, which go into the front matter. brief then drops what a
// terminal cannot show (images and their captions), turns the text into
// Markdown with its links made absolute, makes headings "## " sections,
// and removes a title or byline the body repeats. A page that holds no
// prose of its own, such as a section front's list of headlines, is
// refused. path names the page in messages; the caller bounds its size.
func ImportPage(path string, data []byte, from Origin) (*ImportedArticle, error) {
	if d := content.CheckImport(path, data, true); d != nil {
		return nil, d
	}
	doc, err := parseHTML(data, from.ContentType)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the page: %w", path, err)
	}
	if n := len(findAll(doc, func(*html.Node) bool { return true })); n > maxHTMLElements {
		return nil, fmt.Errorf("%s: the page has %d elements; at most %d are read", path, n, maxHTMLElements)
	}
	if work, deepest := nesting(doc); work > maxNestingWork {
		return nil, fmt.Errorf("%s: the page is too big or too deeply nested to read (text %d levels deep): save the article's own page", path, deepest)
	}
	pageURL := pageAddress(doc, from.URL, data)
	linkList := measureText(doc).linkDensity(doc) > 0.5
	published := dateInStory(doc)
	ldBody := ldArticleBody(doc)
	preparePage(doc)
	parser := readability.NewParser()
	page, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, refusal(path, linkList)
	}
	story, linkList := pageStory(page, ldBody, linkList)
	if story == nil {
		return nil, refusal(path, linkList)
	}
	md, err := storyMarkdown(story, pageURL)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot convert the article to Markdown: %w", path, err)
	}
	a := newImportedArticle(page, md)
	if a.Published.IsZero() {
		a.Published = published
	}
	if strings.TrimSpace(a.Body) == "" {
		return nil, refusal(path, linkList)
	}
	return a, nil
}

// pageStory is the story go-readability found in the page, cleaned, or
// the article body the page's JSON-LD gives when that is more than twice
// as long: the page is drawn by JavaScript, or shows a teaser only. It is
// nil when neither holds minStoryText of text. linkList says whether the
// page, or the story found, is mostly links.
func pageStory(page readability.Article, ldBody string, linkList bool) (*html.Node, bool) {
	text := 0
	story := page.Node
	if story != nil {
		linkList = linkList || measureText(story).linkDensity(story) >= 0.5
		cleanStory(story)
		dropTitleHeading(story, page.Title())
		c := measureText(story)[story]
		text = c.text - c.linked
	}
	if ldBody != "" {
		ld := ldStory(ldBody)
		if c := measureText(ld)[ld]; c.text-c.linked >= minStoryText && c.text-c.linked > 2*text {
			return ld, false
		}
	}
	if text < minStoryText {
		return nil, linkList
	}
	return story, linkList
}

// refusal says why a page gave no article: it is mostly links, such as an
// index page saved instead of the article it lists, or it has no text.
func refusal(path string, linkList bool) error {
	if linkList {
		return fmt.Errorf("%s: the page is a list of links, not an article: save the article's own page", path)
	}
	return fmt.Errorf("%s: cannot find an article in the page: it holds no readable text", path)
}

// storyMarkdown converts the story to Markdown, making its relative links
// absolute against the page's address when it is known (go-readability
// has made those it sees absolute already; this catches the rest).
func storyMarkdown(story *html.Node, pageURL *url.URL) ([]byte, error) {
	var opts []converter.ConvertOptionFunc
	if pageURL != nil {
		opts = append(opts, converter.WithDomain(pageURL.String()))
	}
	return markdownConverter().ConvertNode(story, opts...)
}

// newImportedArticle makes the article of the page's cleaned metadata and
// the story's Markdown; with no title, the body's first words stand in.
func newImportedArticle(page readability.Article, md []byte) *ImportedArticle {
	a := &ImportedArticle{
		Title:    sanitize.Line(titleWithoutSite(page.Title(), page.SiteName())),
		Byline:   metaByline(page),
		Source:   sanitize.Line(page.SiteName()),
		Language: sanitize.Line(page.Language()),
		Body:     shapeHTMLBody(sanitize.Text(string(md))),
	}
	if t, err := page.PublishedTime(); err == nil {
		// The date where the story was published (2023-09-17T01:08+05:30
		// is the 17th), not converted to UTC.
		a.Published = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	a.Body = dropRepeatedMeta(a.Body, a.Title, a.Byline)
	if a.Title == "" {
		a.Title = firstWords(a.Body, 10)
	}
	return a
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
// They are compared by their letters alone.
func dropRepeatedMeta(body, title, byline string) string {
	for {
		first, rest, _ := strings.Cut(body, "\n\n")
		plain := sanitize.Line(content.MarkdownToPlain(first))
		same := lettersOnly(plain) != "" && (lettersOnly(plain) == lettersOnly(title) || repeatsByline(plain, byline))
		if !same {
			return body
		}
		body = strings.TrimSpace(rest)
	}
}

// metaByline is the page's byline without the "By" (in the page's
// language) it may start with.
func metaByline(page readability.Article) string {
	byline, _ := cutBylineWord(sanitize.Line(page.Byline()), sanitize.Line(page.Language()))
	return sanitize.Line(byline)
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
