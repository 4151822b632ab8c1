package interchange

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"brief/internal/diag"
	"brief/internal/ids"
	"brief/internal/lazyre"
	"brief/internal/sanitize"
	"brief/quiz"
)

// ParseGIFT reads a Moodle GIFT question file the way Moodle's own importer
// does, and returns the questions it could read with every problem found,
// each located as path:line:col.
//
// Each question gets its id from a [id:X] comment, else its ::title::
// (both slugified to [a-z0-9-]+), else q1, q2… by position; level recall
// and 1 point, as a question file that says nothing; a $CATEGORY: path's
// last part and [tag:Y] comments as tags. Per-answer #feedback is kept
// keyed by the answer, general ####feedback becomes the explanation.
// A missing-word question (text after the answer block) keeps Moodle's
// reading: multiple choice, true/false, numeric and matching get the
// sentence with "_____" where the block stood, so no option is lost, and a
// short answer becomes a cloze question with the blank in place.
//
// What our format cannot hold (weights other than right/wrong, Moodle's
// matching distractors, extra numeric answers, HTML markup) is dropped with
// a warning saying what; essay and description items are skipped with a
// warning; a broken construct is an error and its question is left out.
func ParseGIFT(path string, data []byte) ([]quiz.Question, []*diag.Diagnostic) {
	p := &giftParser{path: path}
	if d := checkText(path, data, false); d != nil {
		return nil, []*diag.Diagnostic{d}
	}
	p.parse(data)
	p.htmlSummary()
	return p.assignIDs(), p.diags
}

// importGIFT reads a GIFT file for `brief import`: a question that cannot
// be read is skipped with a warning instead of an error, and found is how
// many questions the file holds, essays and skipped ones included.
func importGIFT(path string, data []byte) (qs []quiz.Question, diags []*diag.Diagnostic, found int) {
	p := &giftParser{path: path, lenient: true}
	if d := checkText(path, data, true); d != nil {
		return nil, []*diag.Diagnostic{d}, 0
	}
	p.parse(data)
	p.htmlSummary()
	return p.assignIDs(), p.diags, p.items - p.descriptions
}

// giftParser holds the state of one ParseGIFT call.
type giftParser struct {
	path         string
	diags        []*diag.Diagnostic
	questions    []giftQuestion
	category     string       // tag from the last $CATEGORY: line, or ""
	categoryPath string       // the last $CATEGORY: line's path, or ""
	items        int          // blocks holding a question, whether it could be read or not
	stopped      bool         // the file holds too many questions: read no further
	lenient      bool         // a question's error skips it with a warning (import)
	descriptions int          // blocks that were description items, not questions
	html         fileHTML     // what HTML the file's questions lost
	body         []sourceLine // the question lines of the block being read, reused from block to block
}

// giftQuestion is a parsed question with where its id came from.
type giftQuestion struct {
	quiz.Question
	wantID string // from [id:X] or ::title::, slugified; "" for none
}

// sourceLine is one line of the file with its 1-based number.
type sourceLine struct {
	text string
	no   int
}

// errorf reports what leaves a question out: an error in a pack, a
// warning when importing, which writes the other questions.
func (p *giftParser) errorf(line, col int, format string, args ...any) {
	if p.lenient {
		p.warnf(line, col, "skipped: "+format, args...)
		return
	}
	p.diags = append(p.diags, diag.Errorf(p.path, line, col, format, args...))
}

func (p *giftParser) warnf(line, col int, format string, args ...any) {
	p.diags = append(p.diags, diag.Warnf(p.path, line, col, format, args...))
}

// parse splits the file into blocks separated by blank lines, as Moodle
// does, and reads each, stopping at the first question over
// quiz.MaxQuestionsPerFile.
func (p *giftParser) parse(data []byte) {
	text := strings.TrimPrefix(string(data), "\ufeff")
	var block []sourceLine
	for no := 1; !p.stopped; no++ {
		line, rest, more := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			p.block(block)
			block = block[:0]
		} else {
			block = append(block, sourceLine{text: line, no: no})
		}
		if !more {
			p.block(block)
			return
		}
	}
}

// commentMeta is what the // comments of one block say about its question.
type commentMeta struct {
	id         string
	tags       []string
	level      string
	levelAt    [2]int // line and column of the [level:]
	section    string
	evidence   string
	line, col  int // the first comment carrying an id or tag
	hasIDOrTag bool
}

// giftCommentField finds [id:X], [tag:Y], [level:L], [section:S] and
// [evidence:E] in a comment; \] escapes ]. The last three are brief's own,
// written by export so that a bank brief wrote comes back whole (Moodle
// ignores comments, so they do not survive a trip through Moodle).
var giftCommentField = lazyre.New(`\[(id|tag|level|section|evidence):((?:\\\]|[^\]])*)\]`)

// block reads one blank-line separated block: comments, an optional
// $CATEGORY: line, and at most one question.
func (p *giftParser) block(lines []sourceLine) {
	meta, body := p.readComments(lines)
	body = p.takeCategory(body)
	if len(body) == 0 {
		if meta.hasIDOrTag {
			p.warnf(meta.line, meta.col, "[id:] or [tag:] in a comment with no question in its block; ignored (put the comment right above its question)")
		}
		return
	}
	if p.items++; p.items > quiz.MaxQuestionsPerFile {
		p.diags = append(p.diags, quiz.TooManyQuestions(p.path, body[0].no, 1))
		p.stopped = true
		return
	}
	q, ok := p.question(joinLines(body))
	if !ok {
		return
	}
	p.applyID(&q, meta)
	q.Tags = appendUnique(q.Tags, meta.tags...)
	p.applyBriefFields(&q, meta)
	if p.category != "" {
		q.Tags = appendUnique(q.Tags, p.category)
	}
	q.Category = p.categoryPath
	p.questions = append(p.questions, q)
}

// readComments separates a block's // comment lines, whose fields it
// gathers, from the lines of its question. Those are valid until the next
// block: one buffer serves every block, so a bank of thousands of
// questions does not allocate one for each.
func (p *giftParser) readComments(lines []sourceLine) (commentMeta, []sourceLine) {
	var meta commentMeta
	body := p.body[:0]
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l.text), "//") {
			meta.read(l)
		} else {
			body = append(body, l)
		}
	}
	p.body = body
	return meta, body
}

// read gathers the fields of one comment line: a later [id:], [level:],
// [section:] or [evidence:] replaces an earlier one, each [tag:] adds one.
func (meta *commentMeta) read(l sourceLine) {
	for _, m := range giftCommentField().FindAllStringSubmatchIndex(l.text, -1) {
		value := strings.TrimSpace(strings.ReplaceAll(l.text[m[4]:m[5]], `\]`, "]"))
		col := utf8.RuneCountInString(l.text[:m[0]]) + 1
		if !meta.hasIDOrTag {
			meta.hasIDOrTag = true
			meta.line, meta.col = l.no, col
		}
		switch l.text[m[2]:m[3]] {
		case "id":
			meta.id = value
		case "level":
			meta.level = value
			meta.levelAt = [2]int{l.no, col}
		case "section":
			meta.section = value
		case "evidence":
			meta.evidence = value
		default:
			if value = sanitize.Line(value); value != "" {
				meta.tags = append(meta.tags, value)
			}
		}
	}
}

// takeCategory reads a $CATEGORY: line at the top of a block, which tags
// the questions that follow it, and returns the lines after it.
func (p *giftParser) takeCategory(body []sourceLine) []sourceLine {
	if len(body) == 0 {
		return body
	}
	first := strings.TrimSpace(body[0].text)
	if !strings.HasPrefix(first, "$CATEGORY:") {
		return body
	}
	p.categoryPath = sanitize.Line(strings.TrimPrefix(first, "$CATEGORY:"))
	p.category = categoryTagOf(p.categoryPath)
	return body[1:]
}

// joinLines makes one text of a question's lines, each character keeping
// its line and column for messages.
func joinLines(body []sourceLine) gtext {
	size := 0
	for _, l := range body {
		size += len(l.text) + 1
	}
	g := make(gtext, 0, size) // bytes bound characters: no regrowth
	for i, l := range body {
		if i > 0 {
			prev := body[i-1]
			g = append(g, gchar{r: '\n', line: prev.no, col: utf8.RuneCountInString(prev.text) + 1})
		}
		g = appendGIFTLine(g, l.text, l.no)
	}
	return g
}

// applyID sets the id a comment's [id:] asks for, made fit for an id;
// scores and reviews are kept by id, so a change to it is said.
func (p *giftParser) applyID(q *giftQuestion, meta commentMeta) {
	if meta.id == "" {
		return
	}
	slug := ids.Slug(meta.id)
	q.wantID = ids.Shorten(slug)
	switch {
	case q.wantID == "" || q.wantID == meta.id:
	case q.wantID != slug:
		p.warnf(meta.line, meta.col, "id %q is written %q: ids hold at most %d characters, only a-z, 0-9 and '-'", diag.Clip(meta.id, 40), q.wantID, quiz.MaxIDLen)
	default:
		p.warnf(meta.line, meta.col, "id %q is written %q: ids hold only a-z, 0-9 and '-'", diag.Clip(meta.id, 40), q.wantID)
	}
}

// applyBriefFields sets the level, section and evidence a comment
// carries, warning about a level brief does not know.
func (p *giftParser) applyBriefFields(q *giftQuestion, meta commentMeta) {
	switch l := quiz.Level(strings.ToLower(meta.level)); {
	case meta.level == "":
	case slices.Contains(quiz.Levels, l):
		q.Level = l
	default:
		p.warnf(meta.levelAt[0], meta.levelAt[1], "unknown level %q in [level:] (known: recall, inference, critical); ignored", diag.Clip(meta.level, 40))
	}
	if section := sanitize.Line(meta.section); section != "" {
		q.Section = section
	}
	if evidence := sanitize.Line(meta.evidence); evidence != "" {
		q.Evidence = evidence
	}
}

// categoryTag turns a Moodle category path such as "$course$/top/Elections"
// into a tag: its last part, cleaned, unless that is only Moodle's own
// "top", a $placeholder$, or nothing once invisible characters are gone.
func categoryTagOf(path string) string {
	parts := strings.Split(path, "/")
	last := sanitize.Line(parts[len(parts)-1])
	if last == "top" || (strings.HasPrefix(last, "$") && strings.HasSuffix(last, "$")) {
		return ""
	}
	return last
}

// appendUnique appends the values not already in list.
func appendUnique(list []string, values ...string) []string {
	for _, v := range values {
		found := false
		for _, have := range list {
			if have == v {
				found = true
				break
			}
		}
		if !found {
			list = append(list, v)
		}
	}
	return list
}

// assignIDs gives every question a unique id: its [id:] or title slug, else
// q<position>; a repeated id gets a numeric suffix and a warning.
func (p *giftParser) assignIDs() []quiz.Question {
	taken := ids.NewSet()
	out := make([]quiz.Question, len(p.questions))
	for i, q := range p.questions {
		id := q.wantID
		if id == "" {
			id = taken.Unique("q" + strconv.Itoa(i+1))
		} else if unique := taken.Unique(id); unique != id {
			p.warnf(q.Line, q.Col, "id %q is already used by an earlier question; this one is %q", id, unique)
			id = unique
		}
		q.ID = id
		out[i] = q.Question
	}
	return out
}
