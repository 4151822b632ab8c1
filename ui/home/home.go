// Package home is the home screen of brief's terminal interface: the
// packs and their articles, each with its facts and a note on how the
// reader is doing. It asks the root to open what is chosen through the
// messages of ui/common.
package home

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

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
	// list is the list's lines and how far they are scrolled, kinds what
	// each line is and sel where the selection is, as the last layout
	// left them.
	list   viewport.Model
	kinds  []lineKind
	sel    selection
	status func(*content.Pack, *content.Article) string
	notice string // a line over the help until the next key, such as "Nothing is due"
	width  int
	height int

	student student // the name and assignments of StudentMsg
	margin  int     // left of the column home draws in, on a wide terminal
}

// homeItem is one article row of the list.
type homeItem struct {
	pack    *content.Pack
	article *content.Article
}

// New builds the home screen with the cursor on the first article of
// the selected pack.
func New(theme common.Theme, packs []*content.Pack, selected *content.Pack, status func(*content.Pack, *content.Article) string) *Screen {
	h := &Screen{theme: theme, keys: DefaultKeyMap(), help: common.NewKeyHelp(theme.Styles), packs: packs, status: status, list: common.NewBody()}
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

// Update moves the cursor, opens articles and quits; then it lays the
// list out for View.
func (h *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	cmd := h.update(msg)
	h.layout()
	return h, cmd
}

// update handles a message; Update then lays the list out for it.
func (h *Screen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.width, h.margin = common.Centre(msg.Width) // one column, centred, as on every screen
		h.height = msg.Height
		h.help.SetWidth(h.width - 2)
		// The help leaves the title and a line of the list.
		h.help.SetMaxLines(msg.Height - homeHeaderLines - 2)
		h.labelHelp()
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
	case StudentMsg:
		h.student = student{msg.Name, msg.Assignment}
	case StatusMsg:
		if msg.Err == nil && msg.Status != nil {
			h.status = msg.Status
		}
	case articlesReadMsg:
		return h.articlesRead(msg)
	case tea.KeyPressMsg:
		return h.handleKey(msg)
	}
	return nil
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
	case key.Matches(msg, h.keys.CloseHelp):
		h.help.ShowAll, h.help.Page = false, 0
		h.labelHelp()
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
	h.layout()
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

// layout draws the list into its viewport and scrolls it so the
// selected article is in view (see scroll); the list is shorter by a
// line when the pack's heading is pinned over it. Update calls it after
// every message, so View draws what it left.
func (h *Screen) layout() {
	lines, kinds, sel := h.listLines()
	height := h.listHeight()
	offset := scroll(h.list.YOffset(), len(lines), kinds, sel, height)
	h.kinds, h.sel = kinds, sel
	if offset > sel.head && len(h.items) > 0 {
		height-- // the pinned heading's line
	}
	// The list runs on in blank lines: a window that starts after a
	// byline near the end shows blank lines under the last article.
	for range h.listHeight() {
		lines, h.kinds = append(lines, ""), append(h.kinds, lineGap)
	}
	h.list.SetHeight(max(height, 0))
	h.list.SetContentLines(lines)
	h.list.SetYOffset(offset)
}

// pinned is the selected pack's heading when it has scrolled out of view,
// to draw over the list, or "".
func (h *Screen) pinned() string {
	if len(h.items) == 0 || h.list.YOffset() <= h.sel.head {
		return ""
	}
	return "  " + h.theme.Styles.Cut(h.theme.Styles.Title.Render(h.items[h.cursor].pack.Title), h.width-2)
}

// View draws the title line, the list and the help.
func (h *Screen) View() string {
	out := []string{
		h.header(),
		"",
	}
	var list []string
	if head := h.pinned(); head != "" {
		list = []string{head}
	}
	shown := common.Shown(&h.list)
	start := h.list.YOffset()
	kinds := h.kinds[start : start+len(shown)]
	list = append(list, dropOrphans(shown, kinds, h.sel.head-start, h.sel.from-start, h.sel.to-start)...)
	out = append(out, common.PadLines(list, h.listHeight())...)
	out = append(out, h.noticeLines()...)
	out = append(out, "")
	out = append(out, common.Indent(strings.Split(h.help.View(h.keys), "\n"), 1)...)
	return strings.Join(common.Indent(out, h.margin), "\n")
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

// NoticeMsg is a line for the home screen to show until the next key,
// such as "Nothing is due for review".
type NoticeMsg struct{ Text string }
