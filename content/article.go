// Package content reads what students study: articles (Markdown with YAML
// front matter), packs of articles with their question files, the formats
// teachers bring (GIFT, Aiken, saved web pages), and the pack embedded in
// the binary. All text it hands out has been through the sanitizer.
package content

import (
	"bytes"
	"strings"
	"time"

	"brief/internal/diag"
	"brief/internal/sanitize"
	"brief/quiz"
)

// MaxFileSize bounds every file brief reads from a pack. It is far above
// any real article or question file, and low enough that a hostile file is
// refused before it costs memory or time.
const MaxFileSize = 4 << 20

// MaxFileSizeText is MaxFileSize as messages say it.
const MaxFileSizeText = "4 MiB"

// wordsPerMinute is the reading speed the reading-time estimate assumes,
// a common figure for adult readers of news prose.
const wordsPerMinute = 230

// Article is one article of a pack: its front matter, its body split into
// sections, and the questions written about it.
type Article struct {
	ID        string
	Title     string
	Byline    string
	Source    string
	Published time.Time // zero when the front matter gives no date
	Language  string
	Tags      []string

	Body     string    // the Markdown after the front matter, sanitized
	Sections []Section // the body split at each "## " heading

	Questions []quiz.Question
	QuizPath  string // the file the questions came from, if any

	Path string // where the article was read from, for messages

	partial *partialArticle // set while only the library's index has been read: see Partial
}

// Words counts the words of the whole body.
func (a *Article) Words() int {
	n := 0
	for _, s := range a.Sections {
		n += s.Words
	}
	return n
}

// ReadingTime estimates how long the body takes to read, rounded up to
// whole minutes.
func (a *Article) ReadingTime() time.Duration {
	minutes := (a.Words() + wordsPerMinute - 1) / wordsPerMinute
	if minutes < 1 {
		minutes = 1
	}
	return time.Duration(minutes) * time.Minute
}

// SectionIndex finds a section by slug or heading text (case-insensitive),
// as question files and --section name them, or else by the title the
// screens show it under ("Introduction" for the lead).
func (a *Article) SectionIndex(name string) (int, bool) {
	want := strings.TrimSpace(name)
	for i, s := range a.Sections {
		if s.Slug == want || strings.EqualFold(s.Heading, want) || s.Slug == Slugify(want) {
			return i, true
		}
	}
	for i, s := range a.Sections {
		if want != "" && strings.EqualFold(s.Title(), want) {
			return i, true
		}
	}
	return -1, false
}

// ParseArticle reads an article file. path is only used in messages and to
// default the id. Every problem is a *diag.Diagnostic located in the file.
func ParseArticle(path string, data []byte) (*Article, error) {
	if len(data) > MaxFileSize {
		return nil, diag.Errorf(path, 0, 0, "file is %s, over the limit of %s for an article", diag.SizeText(len(data)), MaxFileSizeText)
	}
	if d := CheckText(path, data); d != nil {
		return nil, d
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	fm, body, bodyLine, err := splitFrontMatter(path, data)
	if err != nil {
		return nil, err
	}
	a := &Article{Path: path}
	if err := fm.apply(path, a); err != nil {
		return nil, err
	}
	if a.ID == "" {
		a.ID = idFromPath(path)
	}
	a.Body = sanitize.Text(string(body))
	a.Sections = splitSections(a.Body, bodyLine)
	if err := checkSectionCount(path, a.Sections); err != nil {
		return nil, err
	}
	return a, nil
}

// idFromPath turns "dir/some-article.md" into "some-article".
func idFromPath(path string) string {
	base := path
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	base = strings.TrimSuffix(base, ".md")
	return Slugify(base)
}
