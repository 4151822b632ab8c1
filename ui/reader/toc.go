package reader

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/ui/common"
)

// toc is the table of contents drawn over the reader's text: the
// sections, one to jump to under the cursor.
type toc struct {
	keys     TOCKeyMap
	sections []content.Section
	cursor   int
	current  int // the section being read, marked in the list
}

// newTOC opens the table of contents on the section being read.
func newTOC(sections []content.Section, current int) *toc {
	t := &toc{keys: DefaultTOCKeyMap(), sections: sections, cursor: current, current: current}
	t.keys.setSections(len(sections))
	return t
}

// update handles a key: it reports the section to jump to (or -1), and
// whether the table was closed or the user quit.
func (t *toc) update(msg tea.KeyPressMsg) (jump int, closed, quit bool) {
	switch {
	case key.Matches(msg, t.keys.Quit):
		return -1, false, true
	case key.Matches(msg, t.keys.Close):
		return -1, true, false
	case key.Matches(msg, t.keys.Jump):
		return t.cursor, false, false
	case key.Matches(msg, t.keys.Number):
		n, _ := strconv.Atoi(msg.String()) // Number matches only "1" to "9"
		return n - 1, false, false
	case key.Matches(msg, t.keys.Up):
		t.cursor = max(0, t.cursor-1)
	case key.Matches(msg, t.keys.Down):
		t.cursor = min(len(t.sections)-1, t.cursor+1)
	}
	return -1, false, false
}

// view draws the table as a box that fits in width × height.
func (t *toc) view(s common.Styles, width, height int) string {
	frame := s.Panel.GetHorizontalFrameSize()
	inner := 0
	items := make([]string, len(t.sections))
	digits := len(fmt.Sprint(len(t.sections)))
	for i, sec := range t.sections {
		items[i] = fmt.Sprintf("%*d  %s", digits, i+1, sec.Title())
		inner = max(inner, ansi.StringWidth(items[i])+2)
	}
	// Show a window of the list around the cursor when it is too long,
	// and say so by the title, as the quiz does under its body.
	rows := max(1, height-s.Panel.GetVerticalFrameSize()-2)
	first := max(0, min(t.cursor-rows/2, len(items)-rows))
	last := min(len(items), first+rows)
	more := common.MoreMark(s.Glyphs(), first > 0, last < len(items))
	if more != "" {
		inner = max(inner, ansi.StringWidth("Contents "+more))
	}
	inner = max(8, min(inner, width-frame-2))

	title := s.Title.Render("Contents")
	if more != "" {
		title = common.Spread(s, title, s.Subtle.Render(more), inner)
	}
	lines := []string{title, ""}
	for i := first; i < last; i++ {
		marker, text := "  ", s.Cut(items[i], inner-2)
		switch {
		case i == t.cursor:
			marker, text = s.Cursor.Render(s.Glyphs().Cursor), s.Selected.Render(text)
		case i == t.current:
			text = s.Section.Render(text)
		}
		lines = append(lines, marker+text)
	}
	return s.Panel.Width(inner + frame).Render(strings.Join(lines, "\n"))
}
