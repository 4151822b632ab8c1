// Package home is the home screen of brief's terminal interface: the
// packs and their articles, each with its facts and a note on how the
// reader is doing. It asks the root to open what is chosen through the
// messages of ui/common.
package home

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/ui/common"
)

// Screen lists the packs and their articles; enter opens one in the reader.
type Screen struct {
	theme  common.Theme
	keys   KeyMap
	help   common.KeyHelp
	packs  []*content.Pack
	items  []homeItem
	cursor int
	offset int // first list line shown
	status func(*content.Pack, *content.Article) string
	notice string // a line over the help until the next key, such as "Nothing is due"
	width  int
	height int
}

// homeItem is one article row of the list.
type homeItem struct {
	pack    *content.Pack
	article *content.Article
}

// New builds the home screen with the cursor on the first article of
// the selected pack.
func New(theme common.Theme, packs []*content.Pack, selected *content.Pack, status func(*content.Pack, *content.Article) string) *Screen {
	h := &Screen{theme: theme, keys: DefaultKeyMap(), help: common.NewKeyHelp(theme.Styles), packs: packs, status: status}
	for _, p := range packs {
		if p == selected {
			h.cursor = len(h.items)
		}
		for _, a := range p.Articles {
			h.items = append(h.items, homeItem{p, a})
		}
	}
	h.move(0)
	return h
}

// labelHelp says what the help key does next, as the quiz does: "close
// help" when it would close the full help, else "more keys".
func (h *Screen) labelHelp() {
	h.keys.Help.SetHelp("?", common.HelpLabel(h.help, h.keys))
}

// SelectArticle puts the cursor on an article, if it is listed.
func (h *Screen) SelectArticle(a *content.Article) {
	for i, it := range h.items {
		if it.article == a {
			h.cursor = i
			h.move(0)
			return
		}
	}
}

// Selected is the article the cursor is on.
func (h *Screen) Selected() *content.Article { return h.items[h.cursor].article }

// Help returns the home screen's keys.
func (h *Screen) Help() help.KeyMap { return h.keys }

// Title is the window title.
func (h *Screen) Title() string { return "brief" }

// Update moves the cursor, opens articles and quits.
func (h *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.width, h.height = msg.Width, msg.Height
		h.help.SetWidth(msg.Width - 2)
		// The help leaves the title and a line of the list.
		h.help.SetMaxLines(msg.Height - homeHeaderLines - 2)
		h.labelHelp()
		h.scroll()
	case common.ThemeMsg:
		h.theme = msg.Theme
		h.help.SetStyles(msg.Styles)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			h.move(-1)
		case tea.MouseWheelDown:
			h.move(1)
		}
	case NoticeMsg:
		h.notice = msg.Text
		h.scroll()
	case StatusMsg:
		if msg.Err == nil && msg.Status != nil {
			h.status = msg.Status
		}
	case articlesReadMsg:
		return h, h.articlesRead(msg)
	case tea.KeyPressMsg:
		return h, h.handleKey(msg)
	}
	return h, nil
}

// handleKey moves the cursor, opens an article, its quiz, the stats or
// the review, toggles the help and quits.
func (h *Screen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	h.notice = ""
	switch {
	case key.Matches(msg, h.keys.Up):
		h.move(-1)
	case key.Matches(msg, h.keys.Down):
		h.move(1)
	case key.Matches(msg, h.keys.Top):
		h.move(-len(h.items))
	case key.Matches(msg, h.keys.Bottom):
		h.move(len(h.items))
	case key.Matches(msg, h.keys.Help):
		h.help.Toggle(h.keys)
		h.labelHelp()
		h.scroll()
	case key.Matches(msg, h.keys.Quit):
		return common.SaveAndQuit // closed quizzes may still be saving
	case key.Matches(msg, h.keys.Open):
		if len(h.items) == 0 {
			return nil
		}
		it := h.items[h.cursor]
		return h.whole(common.OpenArticleMsg{Pack: it.pack, Article: it.article}, it.article)
	case key.Matches(msg, h.keys.Quiz):
		it := h.items[h.cursor]
		return h.whole(common.StartQuizMsg{Pack: it.pack, Article: it.article}, it.article)
	case h.quizWithoutQuestions(msg):
		h.notice = noQuizNotice
		h.scroll()
	case key.Matches(msg, h.keys.Stats):
		return func() tea.Msg { return common.OpenStatsMsg{} }
	case key.Matches(msg, h.keys.Review):
		return h.whole(common.OpenReviewMsg{}, h.articles()...)
	}
	return nil
}

// move shifts the cursor by delta rows, staying within the list, and
// scrolls to keep it in view. The quiz key is offered only on an article
// that has questions.
func (h *Screen) move(delta int) {
	h.cursor = max(0, min(len(h.items)-1, h.cursor+delta))
	h.keys.Quiz.SetEnabled(h.selectedHasQuiz())
	h.scroll()
}

// selectedHasQuiz reports whether the selected article has questions.
func (h *Screen) selectedHasQuiz() bool {
	return len(h.items) > 0 && h.items[h.cursor].article.QuestionCount() > 0
}

// noQuizNotice answers the quiz key on an article without questions, so
// that the key a student knows does not seem broken.
const noQuizNotice = "This article has no quiz: its pack has no questions for it."

// quizWithoutQuestions reports whether msg is the quiz key pressed while
// it is not offered, on an article without questions.
func (h *Screen) quizWithoutQuestions(msg tea.KeyPressMsg) bool {
	if len(h.items) == 0 || h.keys.Quiz.Enabled() {
		return false
	}
	quiz := h.keys.Quiz
	quiz.SetEnabled(true)
	return key.Matches(msg, quiz)
}

// homeHeaderLines is the height of the title line and the gap under it.
const homeHeaderLines = 2

// listHeight is how many lines the list gets between the title and help.
func (h *Screen) listHeight() int {
	return max(1, h.height-homeHeaderLines-common.LineCount(h.help.View(h.keys))-1-len(h.noticeLines()))
}

// scroll moves the list so the selected article is in view with its
// pack's heading above it. When the two do not fit together, the heading
// is pinned to the top of the list (see pinned) and the article is kept
// in view under it.
func (h *Screen) scroll() {
	lines, kinds, sel := h.listLines()
	height := h.listHeight()
	if sel.to-sel.head <= height {
		h.offset = min(h.offset, sel.head)
		h.offset = max(h.offset, sel.to-height)
	} else {
		h.offset = min(h.offset, sel.from)
		h.offset = max(h.offset, sel.to-(height-1), sel.head+1)
	}
	h.offset = max(0, min(h.offset, len(lines)-height))
	// Rather than start on an article's byline with its title above the
	// top, start after it, as long as the selection stays in view.
	for h.offset < min(sel.head, sel.from) && (kinds[h.offset] == lineArticle || kinds[h.offset] == lineGap) {
		h.offset++
	}
}

// pinned is the selected pack's heading when it has scrolled out of view,
// to draw over the list, or "".
func (h *Screen) pinned(sel selection) string {
	if len(h.items) == 0 || h.offset <= sel.head {
		return ""
	}
	return "  " + h.theme.Styles.Cut(h.theme.Styles.Title.Render(h.items[h.cursor].pack.Title), h.width-2)
}

// View draws the title line, the list and the help.
func (h *Screen) View() string {
	s := h.theme.Styles
	out := []string{
		" " + s.Cut(s.AppName.Render("brief")+s.Subtle.Render(s.Glyphs().Dot+"read the news, then test yourself"), h.width-1),
		"",
	}
	lines, kinds, sel := h.listLines()
	height := h.listHeight()
	var list []string
	if head := h.pinned(sel); head != "" {
		list, height = []string{head}, height-1
	}
	start := min(h.offset, len(lines))
	end := min(len(lines), start+max(height, 0))
	list = append(list, dropOrphans(lines[start:end], kinds[start:end], sel.head-start, sel.from-start, sel.to-start)...)
	out = append(out, common.PadLines(list, h.listHeight())...)
	out = append(out, h.noticeLines()...)
	out = append(out, "")
	out = append(out, common.Indent(strings.Split(h.help.View(h.keys), "\n"), 1)...)
	return strings.Join(out, "\n")
}

// noticeLines is the notice, wrapped, or nothing.
func (h *Screen) noticeLines() []string {
	if h.notice == "" {
		return nil
	}
	return common.Indent(common.WrapLines(h.theme.Styles.Note.Render(common.CleanError(h.notice)), max(1, h.width-2)), 1)
}

// StatusMsg brings the home screen's notes per article, loaded again
// after a quiz or a review.
type StatusMsg struct {
	Status func(*content.Pack, *content.Article) string
	Err    error
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
func (h *Screen) articleLines(it homeItem, selected bool) []string {
	s := h.theme.Styles
	a := it.article
	marker, title := "  ", s.Title.Render(a.Title)
	if selected {
		marker, title = s.Cursor.Render(s.Glyphs().Cursor), s.Selected.Render(a.Title)
	}
	note := ""
	if h.status != nil {
		note = common.OneLine(h.status(it.pack, a))
	}
	room := h.width - 4
	if note != "" {
		room -= ansi.StringWidth(note) + 2
	}
	first := "  " + marker + s.Cut(title, max(room, 1))
	if note != "" {
		gap := max(1, h.width-ansi.StringWidth(first)-ansi.StringWidth(note)-1)
		first += strings.Repeat(" ", gap) + s.Meta.Render(note)
	}
	return []string{first, "    " + s.Cut(s.Meta.Render(articleFacts(a, s.Glyphs().Dot)), h.width-4), ""}
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

// NoticeMsg is a line for the home screen to show until the next key,
// such as "Nothing is due for review".
type NoticeMsg struct{ Text string }
