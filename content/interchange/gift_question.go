package interchange

import (
	"strings"

	"brief/internal/ids"
	"brief/internal/sanitize"
	"brief/quiz"
)

// giftBlank is what a missing-word question shows where its answer block
// stood, as Moodle does.
const giftBlank = "_____"

// giftQuestionParts is one question cut at its title and answer block.
type giftQuestionParts struct {
	start  gchar  // the question's first character
	open   gchar  // the { of the answer block
	before gtext  // question text before the block
	block  gtext  // inside the braces, without the general feedback
	after  gtext  // text after the block: non-empty for missing-word questions
	format string // the question text's [format] marker, or ""
	html   *htmlDrops
}

// question reads one question from a block with comments removed. It
// returns false when the block holds no question that can be imported; the
// reason has been reported.
func (p *giftParser) question(g gtext) (giftQuestion, bool) {
	start := g[0]
	q := giftQuestion{Question: quiz.Question{Path: p.path, Line: start.line, Col: start.col, Points: 1, Level: quiz.Recall}}
	rest := g
	if rest.hasPrefix("::") {
		end := rest.index("::", 2)
		if end < 0 {
			p.errorf(start.line, start.col, "title opened with :: is not closed with :: (write \\: for a literal colon)")
			return q, false
		}
		q.Name = sanitize.Line(rest[2:end].String())
		q.wantID = ids.Shorten(ids.Slug(q.Name))
		if q.Name == q.wantID {
			q.Name = "" // export writes the id as the title: no need to keep it twice
		}
		rest = rest[end+2:].trim()
	}
	open := rest.index("{", 0)
	if open < 0 {
		p.descriptions++
		p.warnf(start.line, start.col, "skipped: description items (text with no answer block) cannot be graded automatically")
		return q, false
	}
	if stray := rest[:open].index("}", 0); stray >= 0 {
		p.errorf(rest[stray].line, rest[stray].col, "} with no { before it (write \\} for a literal brace)")
		return q, false
	}
	closeAt := rest.index("}", open+1)
	if closeAt < 0 {
		p.errorf(rest[open].line, rest[open].col, "answer block opened with { is not closed with }")
		return q, false
	}
	if inner := rest[:closeAt].index("{", open+1); inner >= 0 {
		p.errorf(rest[inner].line, rest[inner].col, "{ inside an answer block: the block opened at %d:%d is not closed before it (write \\{ for a literal brace)", rest[open].line, rest[open].col)
		return q, false
	}
	parts := giftQuestionParts{start: start, open: rest[open], before: rest[:open], block: rest[open+1 : closeAt].trim(), after: rest[closeAt+1:], html: &htmlDrops{}}
	if second := parts.after.index("{", 0); second >= 0 {
		p.errorf(parts.after[second].line, parts.after[second].col, "a second answer block: a GIFT question has one (write \\{ for a literal brace)")
		return q, false
	}
	if stray := parts.after.index("}", 0); stray >= 0 {
		p.errorf(parts.after[stray].line, parts.after[stray].col, "} with no { before it (write \\} for a literal brace)")
		return q, false
	}
	parts.format, parts.before = formatMarker(parts.before.trimLeft())
	if gf := parts.block.lastIndex("####"); gf >= 0 {
		q.Explain = p.part(parts.block[gf+4:], parts.format, parts.html)
		parts.block = parts.block[:gf].trim()
	}
	ok := p.answers(&q.Question, &parts)
	if ok {
		p.noteHTML(start, parts.html)
	}
	return q, ok
}

// answers reads the answer block, picking the type as Moodle does: empty is
// an essay, a leading # numeric, any ~ multiple choice, = with -> matching,
// T/TRUE/F/FALSE true/false, and anything else short answer.
func (p *giftParser) answers(q *quiz.Question, parts *giftQuestionParts) bool {
	b := parts.block
	switch {
	case len(b) == 0:
		p.warnf(parts.start.line, parts.start.col, "skipped: essay questions cannot be graded automatically")
		return false
	case b.hasPrefix("#"):
		if !p.numeric(q, parts) {
			return false
		}
	case b.index("~", 0) >= 0:
		if !p.choice(q, parts) {
			return false
		}
	case b.index("=", 0) >= 0 && b.index("->", 0) >= 0:
		if !p.match(q, parts) {
			return false
		}
	case isTrueFalse(b):
		p.trueFalse(q, parts)
	default:
		return p.short(q, parts)
	}
	return p.prompt(q, parts)
}

// prompt sets the question text: for a missing-word question the sentence
// with a blank where the answer block stood.
func (p *giftParser) prompt(q *quiz.Question, parts *giftQuestionParts) bool {
	text := parts.before.String()
	if len(parts.after.trim()) > 0 {
		text = strings.TrimLeft(text, " \t") + giftBlank + strings.TrimRight(parts.after.String(), " \t")
	}
	q.Prompt = strings.TrimSpace(p.render(text, parts.format, parts.html))
	if q.Prompt == "" {
		p.errorf(parts.start.line, parts.start.col, "question has no text before its answer block")
		return false
	}
	return true
}

// isTrueFalse reports whether the block, up to its first #, is T, TRUE, F
// or FALSE, which is how Moodle spots a true/false question.
func isTrueFalse(b gtext) bool {
	head := b
	if i := b.index("#", 0); i > 0 {
		head = b[:i]
	}
	switch head.trim().String() {
	case "T", "TRUE", "F", "FALSE":
		return true
	}
	return false
}

// giftFormats are the [format] markers Moodle knows.
var giftFormats = []string{"html", "moodle", "plain", "markdown"}

// formatMarker removes a leading [html], [moodle], [plain] or [markdown]
// and returns its name, or "" when there is none.
func formatMarker(g gtext) (string, gtext) {
	for _, f := range giftFormats {
		if g.hasPrefix("[" + f + "]") {
			return f, g[len(f)+2:].trimLeft()
		}
	}
	return "", g
}

// part turns an answer, feedback or general feedback into plain text: its
// own [format] marker, else the question's, decides whether it is HTML.
func (p *giftParser) part(g gtext, questionFormat string, drops *htmlDrops) string {
	format, g := formatMarker(g.trimLeft())
	if format == "" {
		format = questionFormat
	}
	return strings.TrimSpace(p.render(g.String(), format, drops))
}

// render strips HTML to plain text when the format is html, or when
// unmarked text holds tags (Moodle's default format renders them), noting
// what was dropped, and cleans the text as brief cleans every text it
// reads (escape sequences, controls, bidi and invisible characters go), so
// that what an import writes holds none of them.
func (p *giftParser) render(s, format string, drops *htmlDrops) string {
	if format == "html" || ((format == "" || format == "moodle") && looksLikeHTML(s)) {
		s = drops.strip(s)
	}
	return sanitize.Text(s)
}
