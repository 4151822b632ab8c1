package home

import (
	"brief/content"
	"brief/ui/common"
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// scroll is where a list of n lines shown height at a time starts, from
// offset, so the selected article is in view with its pack's heading
// above it. When the two do not fit together, the heading is pinned to
// the top of the list (see pinned) and the article is kept in view under
// it.
func scroll(offset, n int, kinds []lineKind, sel selection, height int) int {
	if sel.to-sel.head <= height {
		offset = min(offset, sel.head)
		offset = max(offset, sel.to-height)
	} else {
		offset = min(offset, sel.from)
		offset = max(offset, sel.to-(height-1), sel.head+1)
	}
	offset = max(0, min(offset, n-height))
	// Rather than start on an article's byline with its title above the
	// top, start after it, as long as the selection stays in view.
	for offset < min(sel.head, sel.from) && (kinds[offset] == lineArticle || kinds[offset] == lineGap) {
		offset++
	}
	// Nor, with the heading pinned over the list, in the middle of the
	// pack's description: from its first line or not at all.
	for offset > sel.head+1 && offset < sel.from && kinds[offset] == linePack && kinds[offset-1] == linePack {
		offset++
	}
	return offset
}

// selection is where the selected article is in the list's lines: its
// pack's heading at head, the article in [from, to).
type selection struct{ head, from, to int }

// lineKind is what a line of the home list belongs to.
type lineKind int

const (
	lineGap     lineKind = iota // the blank line between packs
	lineHeading                 // a pack's title
	linePack                    // the rest of a pack's heading: description, blank
	lineTitle                   // an article's title
	lineArticle                 // the rest of an article: byline, blank
)

// dropOrphans blanks the lines of a window on the list that would show
// without what explains them: an article's byline at the top with its
// title scrolled off above, and a pack's heading at the bottom with none
// of its articles' titles under it. The selected article [from, to) and
// its pack's heading at head (indices into the window) always show.
func dropOrphans(lines []string, kinds []lineKind, head, from, to int) []string {
	out := append([]string(nil), lines...)
	for i := 0; i < len(out) && kinds[i] == lineArticle && (i < from || i >= to); i++ {
		out[i] = ""
	}
	last := -1
	for i, k := range kinds {
		switch k {
		case lineHeading:
			last = i
		case lineTitle:
			last = -1
		case lineGap, linePack, lineArticle:
		}
	}
	if last >= 0 && last != head {
		for i := last; i < len(out); i++ {
			out[i] = ""
		}
	}
	return out
}

// listLines draws every pack and article, says what each line is, and
// reports where the selected article and its pack's heading are.
func (h *Screen) listLines() (lines []string, kinds []lineKind, sel selection) {
	s := h.theme.Styles
	w := h.width
	var last *content.Pack
	head := 0
	for i, it := range h.items {
		if it.pack != last {
			if last != nil {
				lines, kinds = append(lines, ""), append(kinds, lineGap)
			}
			last = it.pack
			head = len(lines)
			lines, kinds = append(lines, "  "+s.Cut(s.Title.Render(it.pack.Title), w-2)), append(kinds, lineHeading)
			if d := common.OneLine(it.pack.Description); d != "" {
				// Up to two lines of the description; a longer one is cut.
				desc := common.WrapLines(d, w-2)
				if len(desc) > 2 {
					desc = append(desc[:1], s.Cut(strings.Join(desc[1:], " "), w-2))
				}
				for _, l := range desc {
					lines, kinds = append(lines, "  "+s.Subtle.Render(l)), append(kinds, linePack)
				}
			}
			lines, kinds = append(lines, ""), append(kinds, linePack)
		}
		if i == h.cursor {
			sel.head, sel.from = head, len(lines)
		}
		art := h.articleLines(it, i == h.cursor)
		lines, kinds = append(lines, art...), append(kinds, lineTitle)
		for range art[1:] {
			kinds = append(kinds, lineArticle)
		}
		if i == h.cursor {
			sel.to = len(lines)
		}
	}
	return lines, kinds, sel
}

// articleLines draws one article: its title with the status note at the
// right, then its byline, source, reading time and number of questions.
// The title is never cut to make room for the note: when the two do not
// fit on one line, the note goes on lines of its own under the facts. A
// title wider than the whole line wraps (see titleLines).
func (h *Screen) articleLines(it homeItem, selected bool) []string {
	s := h.theme.Styles
	a := it.article
	style, marker := s.Title, "  "
	if selected {
		style, marker = s.Selected, s.Cursor.Render(s.Glyphs().Cursor)
	}
	note := ""
	if h.status != nil {
		note = common.OneLine(h.status(it.pack, a))
	}
	room := h.width - 4
	below := "" // the note, on a line of its own when it does not fit beside the title
	if note != "" && ansi.StringWidth(a.Title)+2+ansi.StringWidth(note) > room {
		below, note = note, ""
	}
	titles := titleLines(a.Title, room)
	out := make([]string, 0, len(titles)+4)
	for i, t := range titles {
		lead := "    "
		if i == 0 {
			lead = "  " + marker
		}
		out = append(out, lead+s.Cut(style.Render(t), max(room, 1)))
	}
	if note != "" {
		gap := max(1, h.width-ansi.StringWidth(out[0])-ansi.StringWidth(note)-1)
		out[0] += strings.Repeat(" ", gap) + s.Meta.Render(note)
	}
	out = append(out, "    "+s.Cut(s.Meta.Render(articleFacts(a, s.Glyphs().Dot)), h.width-4))
	for _, line := range packNote(below, h.width-4) {
		out = append(out, "    "+s.Cut(s.Meta.Render(line), h.width-4))
	}
	out = append(out, h.assignmentLines(it)...)
	return append(out, "")
}

// titleLines is an article's title in lines of at most width columns:
// one when it fits, else wrapped at spaces onto two, the second cut when
// even two are too few.
func titleLines(title string, width int) []string {
	if width <= 0 || ansi.StringWidth(title) <= width {
		return []string{title}
	}
	lines := strings.Split(ansi.Wordwrap(title, width, ""), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], strings.Join(lines[1:], " ")}
	}
	return lines
}

// packNote breaks a note into lines of at most width columns between its
// parts ("67% read · quiz in progress 25/37 · best 90%"), so a narrow
// screen shows all of it; a part wider than width is cut by the caller.
func packNote(note string, width int) []string {
	if note == "" {
		return nil
	}
	const sep = " · "
	var lines []string
	for _, part := range strings.Split(note, sep) {
		if n := len(lines); n > 0 && ansi.StringWidth(lines[n-1]+sep+part) <= width {
			lines[n-1] += sep + part
			continue
		}
		lines = append(lines, part)
	}
	return lines
}

// articleFacts is the second line of an article in the list, with dot
// between the facts.
func articleFacts(a *content.Article, dot string) string {
	var parts []string
	if a.Byline != "" {
		parts = append(parts, a.Byline)
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	parts = append(parts, common.ReadingTime(a))
	switch n := a.QuestionCount(); n {
	case 0:
		parts = append(parts, "no quiz")
	case 1:
		parts = append(parts, "1 question")
	default:
		parts = append(parts, fmt.Sprintf("%d questions", n))
	}
	return strings.Join(parts, dot)
}
