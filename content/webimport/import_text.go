package webimport

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"brief/content"
	"brief/internal/diag"
	"brief/internal/lazyre"
	"brief/internal/sanitize"
)

// ImportedArticle is an article made from what a teacher has (a page saved
// as text or HTML), ready to be written as an article file.
type ImportedArticle struct {
	ID        string // left out of the front matter when empty: the file name gives it
	Title     string
	Byline    string
	Source    string
	Published time.Time
	Language  string
	Body      string // Markdown: paragraphs and "## " headings, separated by blank lines
}

// Markdown is the article file: YAML front matter with the values that
// are known, then the body.
func (a *ImportedArticle) Markdown() []byte {
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key, value, tag string) {
		if value == "" {
			return
		}
		m.Content = append(m.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key},
			&yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value})
	}
	add("id", a.ID, "!!str")
	add("title", a.Title, "!!str")
	add("byline", a.Byline, "!!str")
	add("source", a.Source, "!!str")
	if !a.Published.IsZero() {
		add("published", a.Published.Format("2006-01-02"), "!!timestamp")
	}
	add("language", a.Language, "!!str")
	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	// A mapping of plain strings always encodes.
	_ = enc.Encode(m)
	_ = enc.Close()
	b.WriteString("---\n\n")
	b.WriteString(strings.TrimSpace(a.Body))
	b.WriteString("\n")
	return b.Bytes()
}

// Patterns for the lines a saved web page carries around its article.
var (
	// Page chrome, recognised on short lines anywhere in the text.
	chromePatterns = sync.OnceValue(func() []*regexp.Regexp {
		return []*regexp.Regexp{
			regexp.MustCompile(`(?i)\b\d[\d.,]*\s*[km]?\s+(views?|comments?|shares?|likes?|reads?)\b`),
			regexp.MustCompile(`(?i)^(share|tweet|print|email|e-mail|whatsapp|facebook|twitter|linkedin|pinterest|telegram|reddit)(\s+(this|on \w+))?\s*:?$`),
			regexp.MustCompile(`(?i)(^|[\s-])logo$`),
			regexp.MustCompile(`(?i)[\w.+-]+@[\w-]+\.[\w.]+|\[email\s*protected\]`),
			regexp.MustCompile(`(?i)^(call us|tel|phone|fax|hotline|contact us)\b`),
			regexp.MustCompile(`(?i)^(advertising manager|web advertising|classifieds|follow us|subscribe|sign up|newsletter)\b`),
			regexp.MustCompile(`(?i)\bfacebook page\b`),
			regexp.MustCompile(`(?i)©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights? reserved\b|\bdesigned and developed by\b`),
		}
	})
	// A phone number: a run of at least nine digits with spaces, dashes,
	// dots or brackets between them.
	phoneNumber = lazyre.New(`\+?\(?\d[\d\s().-]{8,}\d`)

	// Where the article ends and the page's footer begins.
	footerMarker = lazyre.New(`(?i)^(you may also like|leave a (comment|reply)|related (posts|articles|stories|news)|more (stories|news|from .*)|read (more|next)|recommended( for you)?|comments?)\s*:?$`)
)

// maxChromeWords is the length beyond which a line is taken as article
// text even if it looks like chrome: a paragraph that mentions an e-mail
// address or a copyright is still a paragraph.
const maxChromeWords = 12

// ImportText makes an article of plain text saved off a web page: the
// first line is the title; a "BY NAME" line gives the byline and a date
// line the published date; page chrome (author and counter lines, share
// and contact lines, logos, copyright) is dropped, as is everything after
// a footer marker such as "You may also like"; short heading-like lines
// between paragraphs become "## " sections; and a paragraph the page broke
// in two (one ending without punctuation, the next starting in lower case)
// is joined. path is only used in messages.
func ImportText(path string, data []byte) (*ImportedArticle, error) {
	if len(data) > content.MaxFileSize {
		return nil, diag.Errorf(path, 0, 0, "file is %s, over the limit of %s for an article", diag.SizeText(len(data)), content.MaxFileSizeText)
	}
	if d := content.CheckImport(path, data, false); d != nil {
		return nil, d
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ").Replace(text)
	text = sanitize.Text(text)

	blocks := splitBlocks(text)
	if len(blocks) == 0 {
		return nil, diag.Errorf(path, 1, 1, "the file is empty: it should hold the text of an article, its title on the first line")
	}
	a := &ImportedArticle{Title: sanitize.Line(blocks[0].lines[0])}
	blocks[0].lines = blocks[0].lines[1:]

	meta := textMeta{a: a}
	var kept []string // the article's blocks, each one line
blocks:
	for _, b := range blocks {
		// Lines are judged one by one: a page often puts "by admin" and
		// the date line together, with no blank line between.
		var text []string
		for _, line := range b.lines {
			line = sanitize.Line(line)
			if len(kept) > 0 && footerMarker().MatchString(line) {
				break blocks
			}
			if meta.take(line, len(kept) == 0 && len(text) == 0) || isChrome(line) || line == a.Title {
				continue
			}
			text = append(text, line)
		}
		for _, part := range splitAtHeadings(text) {
			kept = append(kept, strings.Join(part, " "))
		}
	}
	if len(kept) == 0 {
		return nil, diag.Errorf(path, 1, 1, "no article text found after the title %q", a.Title)
	}
	a.Body = strings.Join(shapeBody(kept), "\n\n")
	return a, nil
}

// splitAtHeadings cuts a block's lines before and after a heading-like
// line that has no blank line around it ("Funding" on its own line, the
// paragraph on the next), so it is not run into the paragraph. A line
// counts as such a heading only after a finished sentence (or at the
// block's start) and before a line starting in capitals.
func splitAtHeadings(lines []string) [][]string {
	var parts [][]string
	var cur []string
	for i, line := range lines {
		afterSentence := len(cur) == 0 || endsSentence(cur[len(cur)-1])
		if len(lines) > 1 && afterSentence && headingLike(line) && i+1 < len(lines) &&
			!headingLike(lines[i+1]) && !startsLower(lines[i+1]) {
			if len(cur) > 0 {
				parts = append(parts, cur)
			}
			parts = append(parts, []string{line})
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		parts = append(parts, cur)
	}
	return parts
}

// block is a run of non-empty lines.
type block struct {
	lines []string
}

// splitBlocks cuts text at blank lines, trimming each line.
func splitBlocks(text string) []block {
	var out []block
	var cur block
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if len(cur.lines) > 0 {
				out = append(out, cur)
				cur = block{}
			}
			continue
		}
		cur.lines = append(cur.lines, line)
	}
	if len(cur.lines) > 0 {
		out = append(out, cur)
	}
	return out
}

// isChrome reports whether a line is page furniture rather than article
// text: counters, share and contact lines, logos, copyright notices.
func isChrome(line string) bool {
	if len(strings.Fields(line)) > maxChromeWords {
		return false
	}
	for _, p := range chromePatterns() {
		if p.MatchString(line) {
			return true
		}
	}
	if isAccountLine(line) {
		return true
	}
	for _, m := range phoneNumber().FindAllString(line, -1) {
		if digits(m) >= 9 {
			return true
		}
	}
	return false
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// shapeBody turns the article's lines into Markdown blocks: broken
// paragraphs joined, heading-like lines made "## " headings, and text that
// Markdown would read as structure escaped.
func shapeBody(lines []string) []string {
	var out []string
	lastIsPara := false
	for i, line := range lines {
		if lastIsPara && !endsSentence(out[len(out)-1]) && startsLower(line) {
			out[len(out)-1] += " " + line
			continue
		}
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		if lastIsPara && headingLike(line) && next != "" && !headingLike(next) && !startsLower(next) {
			out = append(out, "## "+line)
			lastIsPara = false
			continue
		}
		out = append(out, escapeBlockStart(line))
		lastIsPara = true
	}
	return out
}

// headingLike reports whether a line reads as a section heading: one to
// four words, starting with a capital, with no closing punctuation.
func headingLike(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsUpper(first) && !strings.ContainsRune(".!?,;:…\"”’)", last)
}

// endsSentence reports whether a paragraph ends as a sentence does.
func endsSentence(para string) bool {
	last, _ := utf8.DecodeLastRuneInString(para)
	return strings.ContainsRune(".!?:;…\"”’)]", last)
}

func startsLower(line string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(first)
}

// blockStart matches the start of a line that Markdown would read as a
// heading, quote, list item or rule rather than as text.
var blockStart = lazyre.New(`^(#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|([-*_]\s*){3,}$|=+$)`)

// escapeBlockStart keeps a plain-text paragraph a paragraph, by escaping a
// start that Markdown would otherwise read as structure.
func escapeBlockStart(line string) string {
	if !blockStart().MatchString(line) {
		return line
	}
	if m := regexp.MustCompile(`^\d{1,9}`).FindString(line); m != "" {
		return m + `\` + line[len(m):]
	}
	return `\` + line
}
