package reader

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/ui/common"
)

// glamourMargin is the margin Glamour's styles put on each side of the
// text; the header and footer line up with the text inside it.
const glamourMargin = 2

// column is where the header and footer go: the left edge and width of
// the text inside Glamour's margins, with the text centered on screen.
func (r *Screen) column() (x, width int) {
	left := max(0, (r.width-r.textWidth)/2)
	x = left + glamourMargin
	return x, max(1, min(r.textWidth-2*glamourMargin, r.width-x))
}

// View draws the header, the text (with the table of contents over it
// when open) and the footer.
func (r *Screen) View() string {
	x, w := r.column()
	out := r.header(x, w)
	out = append(out, r.body()...)
	out = append(out, strings.Repeat(" ", x)+r.status(w))
	out = append(out, common.Indent(strings.Split(r.helpView(), "\n"), x)...)
	return strings.Join(out, "\n")
}

// helpView is the help under the text: the full help when open, the
// keys of the search prompt or the contents, else one line of the
// reader's keys that keeps the way back (esc: back to the quiz, or clear
// the search) and q at every width, dropping the reader's own keys
// first: the quiz, search, contents, then the sections.
func (r *Screen) helpView() string {
	if r.help.ShowAll || r.search.typing || r.toc != nil {
		return r.help.View(r.Help())
	}
	k := r.keys
	return common.FitHints(r.help, r.help.Width(), []common.Hint{
		{Binding: k.NextSection, Rank: 2}, {Binding: k.NextMatch, Rank: 2}, {Binding: k.ClearSearch},
		{Binding: k.Back}, {Binding: k.Contents, Rank: 3}, {Binding: k.Search, Rank: 4}, {Binding: k.Quiz, Rank: 5},
		{Binding: k.Help, Rank: common.HelpRank}, {Binding: k.Quit},
	})
}

// header is the titles, the article's facts and a rule, in the text's
// column.
func (r *Screen) header(x, w int) []string {
	s := r.theme.Styles
	pad := strings.Repeat(" ", x)
	// The article's title comes first, so a narrow screen cuts the
	// pack's. A lone article opened as its own pack has its title as the
	// pack's too: once is enough.
	g := s.Glyphs()
	titles := s.Title.Render(r.art.Title)
	if r.pack.Title != r.art.Title {
		titles += s.Subtle.Render(g.Dot + r.pack.Title)
	}
	// The titles and facts start where the text does but may run on into
	// the margin the screen has beyond the text's column, rather than be
	// cut while there is room; only the rule keeps to the column.
	room := max(w, r.width-x-1)
	return []string{
		pad + s.Cut(titles, room),
		pad + s.Cut(s.Meta.Render(articleMeta(r.art, g.Dot)), room),
		pad + s.Rule.Render(strings.Repeat(g.Rule, w)),
	}
}

// articleMeta is the byline, source, date and reading time, with dot
// between them.
func articleMeta(a *content.Article, dot string) string {
	var parts []string
	if a.Byline != "" {
		parts = append(parts, a.Byline)
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	parts = append(parts, common.ReadingTime(a))
	return strings.Join(parts, dot)
}

// body is the viewport's lines, or the error that stopped rendering.
func (r *Screen) body() []string {
	h := r.vp.Height()
	left := max(0, (r.width-r.textWidth)/2)
	if r.err != nil {
		msg := r.theme.Styles.Error.Render("Could not show this article: " + r.err.Error())
		return common.PadLines(strings.Split(ansi.Wrap(msg, max(1, r.width-2), " "), "\n"), h)
	}
	lines := common.Indent(common.PadLines(strings.Split(r.vp.View(), "\n"), h), left)
	if r.doc.width == 0 {
		lines = common.PadLines(nil, h)
	}
	if r.toc != nil {
		box := r.toc.view(r.theme.Styles, r.width, h)
		x := max(0, (r.width-ansi.StringWidth(strings.SplitN(box, "\n", 2)[0]))/2)
		lines = common.Overlay(lines, box, x, max(0, (h-common.LineCount(box))/2))
	}
	return lines
}

// status is the footer line, w wide: the section, the search, the
// percentage.
func (r *Screen) status(w int) string {
	s := r.theme.Styles
	if r.search.typing {
		return r.search.input.View()
	}
	right := s.Percent.Render(fmt.Sprintf("%d%%", r.percent()))
	middle := ""
	if r.search.query != "" {
		middle = "  " + s.Subtle.Render(r.search.summary())
	}
	room := max(1, w-ansi.StringWidth(right)-1)
	if r.note != "" {
		leftPart := s.Cut(s.Note.Render(r.note), room)
		gap := max(1, w-ansi.StringWidth(leftPart)-ansi.StringWidth(right))
		return leftPart + strings.Repeat(" ", gap) + right
	}
	title := ""
	if n := len(r.art.Sections); n > 0 {
		title = r.art.Sections[max(0, min(r.currentSection(), n-1))].Title()
	}
	if r.atEnd() && r.search.query == "" {
		title = r.endCue()
	}
	leftPart := s.Cut(s.Section.Render(title)+middle, room)
	gap := max(1, w-ansi.StringWidth(leftPart)-ansi.StringWidth(right))
	return leftPart + strings.Repeat(" ", gap) + right
}
