// Package class is the teacher's class screen (`brief class`): the
// gradebook, the questions with their statistics and the students'
// strongest and weakest parts, from the hand-in files a class handed in.
// Enter on a question shows the answers given as a bar chart with its
// text; Enter on a student shows their attempts and answers.
package class

import (
	"cmp"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz/class"
	"brief/ui/common"
)

// Prompts gives a question's text by article and question id, from the
// pack when the teacher names it; it may be nil.
type Prompts map[[2]string]string

// Screen shows a class report. It is a [common.Screen].
type Screen struct {
	styles  common.Styles
	report  *class.Report
	pack    int // which pack version is shown
	prompts Prompts
	tab     tab
	cursor  [tabCount]int
	sortBy  [tabCount]int
	detail  []string // the opened student or question; nil on the tables
	keys    KeyMap
	help    common.KeyHelp
	vp      viewport.Model
	width   int
	height  int
	margin  int // left of the column the screen draws in, on a wide terminal
}

// New builds the class screen on a report.
func New(r *class.Report, prompts Prompts, styles common.Styles) *Screen {
	s := &Screen{styles: styles, report: r, prompts: prompts, keys: DefaultKeyMap(), help: common.NewKeyHelp(styles)}
	s.vp = viewport.New()
	s.vp.KeyMap = viewport.KeyMap{}
	s.vp.MouseWheelEnabled = true
	return s
}

// Help returns the screen's keys.
func (s *Screen) Help() help.KeyMap { return s.keys }

// Title is the window title.
func (s *Screen) Title() string { return "brief · class" }

// Update moves, sorts, opens and goes back, and takes sizes and themes.
func (s *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		s.height = msg.Height
		s.width, s.margin = common.Centre(msg.Width) // one column, centred, as on every screen
	case common.ThemeMsg:
		s.styles = msg.Styles
		s.help.SetStyles(msg.Styles)
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		s.vp, cmd = s.vp.Update(msg)
		return s, cmd
	case tea.KeyPressMsg:
		if cmd := s.key(msg); cmd != nil {
			return s, cmd
		}
	}
	s.layout()
	return s, nil
}

// key handles a key press; a command it returns ends the update.
func (s *Screen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Quit):
		return common.SaveAndQuit
	case key.Matches(msg, k.Help):
		s.help.Toggle(s.keys)
	case key.Matches(msg, k.Back) && s.detail != nil:
		s.detail = nil
	case key.Matches(msg, k.Back):
		return func() tea.Msg { return common.BackMsg{} }
	case s.detail != nil:
		s.scroll(msg)
	case key.Matches(msg, k.NextTab):
		s.tab = (s.tab + 1) % tabCount
	case key.Matches(msg, k.PrevTab):
		s.tab = (s.tab + tabCount - 1) % tabCount
	case key.Matches(msg, k.Sort):
		s.sortBy[s.tab] = (s.sortBy[s.tab] + 1) % len(sorts(s.tab, s.packReport()))
		s.cursor[s.tab] = 0
	case key.Matches(msg, k.Version):
		s.pack = (s.pack + 1) % len(s.report.Packs)
		s.cursor = [tabCount]int{}
	case key.Matches(msg, k.Open):
		s.open()
	default:
		s.move(msg)
	}
	return nil
}

// move moves the cursor through the table's rows.
func (s *Screen) move(msg tea.KeyPressMsg) {
	n := len(s.table().rows)
	c := &s.cursor[s.tab]
	page := max(1, s.vp.Height()-1)
	switch k := s.keys; {
	case key.Matches(msg, k.Up):
		*c--
	case key.Matches(msg, k.Down):
		*c++
	case key.Matches(msg, k.PageDown):
		*c += page
	case key.Matches(msg, k.PageUp):
		*c -= page
	case key.Matches(msg, k.Top):
		*c = 0
	case key.Matches(msg, k.Bottom):
		*c = n - 1
	}
	*c = max(0, min(*c, n-1))
}

// scroll scrolls an opened student or question.
func (s *Screen) scroll(msg tea.KeyPressMsg) {
	s.keys.Scroll(&s.vp, msg)
}

// open shows the student or question under the cursor.
func (s *Screen) open() {
	t := s.table()
	if len(t.open) == 0 {
		return
	}
	o := t.open[s.cursor[s.tab]]
	width := s.width - 2
	if o.item != nil {
		s.detail = questionLines(o.item, s.prompts[[2]string{o.item.Article, o.item.Question}], s.styles, width)
	} else {
		s.detail = studentLines(s.packReport(), o.student, s.styles, width)
	}
	s.vp.GotoTop()
	s.vp.SetContentLines(common.Indent(s.detail, 1))
}

// packReport is the pack version shown.
func (s *Screen) packReport() *class.PackReport { return s.report.Packs[s.pack] }

// table is the current tab's table as sorted.
func (s *Screen) table() table {
	p, g := s.packReport(), s.styles.Glyphs()
	switch s.tab {
	case tabQuestions:
		return questionsTable(p, s.sortBy[s.tab], g)
	case tabStudents:
		return studentsTable(p, g)
	case tabGrades, tabCount:
	}
	return gradesTable(p, s.sortBy[s.tab], g)
}

// layout sizes the viewport between the heading and the help, fills it,
// and keeps the cursor's row in view.
func (s *Screen) layout() {
	if s.width <= 0 || s.height <= 0 {
		return
	}
	s.help.SetWidth(s.width - 2)
	s.help.SetMaxLines(s.height - 4)
	s.keys.Sort.SetEnabled(s.detail == nil && len(sorts(s.tab, s.packReport())) > 1)
	s.keys.NextTab.SetEnabled(s.detail == nil)
	s.keys.PrevTab.SetEnabled(s.detail == nil)
	s.keys.Open.SetEnabled(s.detail == nil)
	s.keys.Version.SetEnabled(s.detail == nil && len(s.report.Packs) > 1)
	s.keys.Help.SetHelp("?", common.HelpLabel(s.help, s.keys))
	top := 2 // title and tabs
	if s.detail != nil {
		top = 1
	}
	s.vp.SetWidth(s.width)
	s.vp.SetHeight(max(1, s.height-top-2-common.LineCount(s.help.View(s.keys))))
	if s.detail != nil {
		return
	}
	t := s.table()
	widths := t.layout(s.width - 4)
	pad := strings.Repeat(" ", ansi.StringWidth(s.styles.Glyphs().Cursor))
	lines := []string{pad + s.styles.Subtle.Render(line(heads(t.cols), widths, s.styles))}
	c := s.cursor[s.tab]
	for i, r := range t.rows {
		text := line(r, widths, s.styles)
		if i == c {
			lines = append(lines, s.styles.Cursor.Render(s.styles.Glyphs().Cursor)+s.styles.Selected.Render(text))
		} else {
			lines = append(lines, pad+text)
		}
	}
	if len(t.rows) == 0 {
		lines = append(lines, s.styles.Note.Render("Nothing handed in yet."))
	}
	if t.note != "" {
		lines = append(lines, "")
		for _, l := range common.WrapLines(t.note, s.width-2) {
			lines = append(lines, s.styles.Note.Render(l))
		}
	}
	s.vp.SetContentLines(common.Indent(lines, 1))
	row := c + 1 // the column heads come first
	switch h := s.vp.Height(); {
	case row < s.vp.YOffset()+1:
		s.vp.SetYOffset(max(0, row-1))
	case row >= s.vp.YOffset()+h:
		s.vp.SetYOffset(row - h + 1)
	}
}

// View draws the heading, the table or the opened row, and the help.
func (s *Screen) View() string {
	st := s.styles
	g := st.Glyphs()
	p := s.packReport().Pack
	title := st.AppName.Render("brief") + st.Subtle.Render(g.Dot+"class"+g.Dot) + st.Title.Render(cmp.Or(p.Title, p.ID)) +
		st.Subtle.Render(fmt.Sprintf("%s%s%s", g.Dot, cmp.Or(p.Version, "no version"), s.versionNote()))
	out := []string{" " + st.Cut(title, s.width-1)}
	if s.detail == nil {
		out = append(out, " "+s.withMore(s.tabsLine()))
	} else {
		out[0] = " " + s.withMore(title)
	}
	out = append(append(out, strings.Split(s.vp.View(), "\n")...), "")
	for _, l := range strings.Split(s.help.View(s.keys), "\n") {
		out = append(out, " "+st.Cut(l, s.width-1))
	}
	return strings.Join(common.Indent(out, s.margin), "\n")
}

// withMore puts "↓ more" at the right of a heading line when the rows or
// the opened student or question go on past the screen; the heading gives
// way to it.
func (s *Screen) withMore(heading string) string {
	st := s.styles
	if s.vp.AtTop() && s.vp.AtBottom() {
		return st.Cut(heading, s.width-1)
	}
	where := st.Percent.Render(common.MoreMark(st.Glyphs(), !s.vp.AtTop(), !s.vp.AtBottom()))
	room := s.width - 1 - ansi.StringWidth(where)
	line := st.Cut(heading, room-2)
	return line + strings.Repeat(" ", max(1, room-ansi.StringWidth(line))) + where
}

// tabsLine names the three tables, the current one marked, and its order.
func (s *Screen) tabsLine() string {
	st := s.styles
	var parts []string
	for t := range tabCount {
		name := t.String()
		if t == s.tab {
			parts = append(parts, st.Selected.Render("["+name+"]"))
		} else {
			parts = append(parts, st.Subtle.Render(" "+name+" "))
		}
	}
	line := strings.Join(parts, " ")
	if order := sorts(s.tab, s.packReport()); len(order) > 1 {
		line += st.Subtle.Render(st.Glyphs().Dot + "by " + order[s.sortBy[s.tab]])
	}
	return line
}

// versionNote says when other versions of the pack were handed in too.
func (s *Screen) versionNote() string {
	if n := len(s.report.Packs); n > 1 {
		return fmt.Sprintf(" (%d of %d versions)", s.pack+1, n)
	}
	return ""
}
