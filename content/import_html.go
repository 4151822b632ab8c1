package content

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"

	"brief/quiz"
)

// maxHTMLElements bounds the page readability will look at; a saved news
// page has a few thousand elements, a hostile one millions.
const maxHTMLElements = 200_000

var (
	// imageLine is a paragraph that is only an image: nothing a terminal
	// can show.
	imageLine = lazyRegexp(`^(\[?!\[[^\]]*\]\([^)]*\)\]?(\([^)]*\))?\s*)+$`)
	// topHeading is a level-1 or level-2 heading, which the article's
	// sections are cut at.
	topHeading = lazyRegexp(`^#{1,2}\s+`)
	// bylinePrefix is the "By" a page's byline often starts with.
	bylinePrefix = lazyRegexp(`(?i)^by\s+`)
	// blankRuns are three or more newlines.
	blankRuns = lazyRegexp(`\n{3,}`)
)

// ImportHTML makes an article of a saved web page: readability finds the
// main text, which is converted to Markdown; the page's title, byline,
// publication date, site name and language go into the front matter.
// Headings become "## " sections, and images (which a terminal cannot
// show) are dropped. path is only used in messages.
func ImportHTML(path string, data []byte) (*ImportedArticle, error) {
	if len(data) > MaxFileSize {
		return nil, quiz.Errorf(path, 0, 0, "file is %d bytes; articles are limited to %d", len(data), MaxFileSize)
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxHTMLElements
	page, err := parser.Parse(bytes.NewReader(data), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot find an article in the page: %w", path, err)
	}
	if page.Node == nil {
		return nil, fmt.Errorf("%s: cannot find an article in the page: it holds no readable text", path)
	}
	md, err := htmltomarkdown.ConvertNode(page.Node)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot convert the article to Markdown: %w", path, err)
	}
	a := &ImportedArticle{
		Title:    CleanLine(page.Title()),
		Byline:   CleanLine(bylinePrefix().ReplaceAllString(CleanLine(page.Byline()), "")),
		Source:   CleanLine(page.SiteName()),
		Language: CleanLine(page.Language()),
		Body:     shapeHTMLBody(CleanText(string(md))),
	}
	if t, err := page.PublishedTime(); err == nil {
		a.Published = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	a.Body = dropRepeatedMeta(a.Body, a.Title, a.Byline)
	if strings.TrimSpace(a.Body) == "" {
		return nil, fmt.Errorf("%s: cannot find an article in the page: it holds no readable text", path)
	}
	if a.Title == "" {
		a.Title = firstWords(a.Body, 10)
	}
	return a, nil
}

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
func dropRepeatedMeta(body, title, byline string) string {
	for {
		first, rest, _ := strings.Cut(body, "\n\n")
		plain := CleanLine(markdownToPlain(first))
		same := plain != "" && (strings.EqualFold(plain, title) ||
			byline != "" && strings.EqualFold(bylinePrefix().ReplaceAllString(plain, ""), byline))
		if !same {
			return body
		}
		body = strings.TrimSpace(rest)
	}
}

// firstWords is a title for a page without one: its first words.
func firstWords(md string, n int) string {
	words := strings.Fields(markdownToPlain(strings.SplitN(md, "\n", 2)[0]))
	if len(words) > n {
		words = append(words[:n], "…")
	}
	return strings.Join(words, " ")
}
