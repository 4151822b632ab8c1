package ui

import (
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// search is the reader's find-in-article: the prompt, the query and where
// it matches in the rendered text.
type search struct {
	input      textinput.Model
	keys       SearchKeyMap
	typing     bool // the prompt has the focus
	query      string
	matches    []match
	current    int  // index into matches
	jumpOnShow bool // go to the first match once the text is shown
}

// match is a run of cells on one line of the document, [start, end).
type match struct{ line, start, end int }

// newSearch makes the search prompt.
func newSearch(s Styles) search {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search the article"
	in.CharLimit = 200
	st := s.Input
	st.Cursor.Blink = false
	in.SetStyles(st)
	return search{input: in, keys: DefaultSearchKeyMap()}
}

// open focuses the prompt, starting from the current query.
func (s *search) open() tea.Cmd {
	s.typing = true
	s.input.SetValue(s.query)
	s.input.CursorEnd()
	return s.input.Focus()
}

// find looks for the query in the text as the reader sees it: the
// rendered lines with their styling stripped, ignoring case. Columns are
// cells, so highlighting can cut the styled lines at the same places.
func (s *search) find(lines []string) {
	s.matches = nil
	s.current = 0
	if s.query == "" {
		return
	}
	q := foldRunes([]rune(s.query))
	lowerQ := string(q)
	for li, line := range lines {
		plain := ansi.Strip(line)
		if !strings.Contains(strings.ToLower(plain), lowerQ) {
			continue
		}
		runes := []rune(plain)
		folded := foldRunes(append([]rune(nil), runes...))
		for i := 0; i+len(q) <= len(folded); i++ {
			if !equalRunes(folded[i:i+len(q)], q) {
				continue
			}
			start := ansi.StringWidth(string(runes[:i]))
			end := start + ansi.StringWidth(string(runes[i:i+len(q)]))
			s.matches = append(s.matches, match{line: li, start: start, end: end})
			i += len(q) - 1
		}
	}
}

// foldRunes lower-cases runes in place, one for one.
func foldRunes(rs []rune) []rune {
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	return rs
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// firstFrom is the first match at or below line y, wrapping to the first.
func (s *search) firstFrom(y int) int {
	for i, m := range s.matches {
		if m.line >= y {
			return i
		}
	}
	return 0
}

// summary is what the footer says about the search.
func (s *search) summary() string {
	if len(s.matches) == 0 {
		return fmt.Sprintf("no matches for %q", s.query)
	}
	return fmt.Sprintf("match %d/%d", s.current+1, len(s.matches))
}

// decorate returns the lines with every match styled, the current one
// differently. Lines without matches are shared, not copied.
func (s *search) decorate(lines []string, st Styles) []string {
	if len(s.matches) == 0 {
		return lines
	}
	out := append([]string(nil), lines...)
	for i := 0; i < len(s.matches); {
		j := i
		for j < len(s.matches) && s.matches[j].line == s.matches[i].line {
			j++
		}
		cur := s.current - i
		if cur < 0 || cur >= j-i {
			cur = -1
		}
		line := s.matches[i].line
		out[line] = highlight(lines[line], s.matches[i:j], cur, st.Match, st.Current)
		i = j
	}
	return out
}

// highlight restyles the matched cells of one styled line. The text
// between matches is cut from the original with x/ansi, which carries the
// styling in force, so the rest of the line keeps its look.
func highlight(line string, ms []match, cur int, style, current lipgloss.Style) string {
	var b strings.Builder
	pos := 0
	for k, m := range ms {
		b.WriteString(ansi.Cut(line, pos, m.start))
		st := style
		if k == cur {
			st = current
		}
		b.WriteString(ansi.ResetStyle)
		b.WriteString(st.Render(ansi.Strip(ansi.Cut(line, m.start, m.end))))
		pos = m.end
	}
	b.WriteString(ansi.Cut(line, pos, ansi.StringWidth(line)))
	return b.String()
}

// typeSearch handles a key while the search prompt has the focus.
func (r *reader) typeSearch(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, r.search.keys.Submit):
		r.search.typing = false
		r.search.input.Blur()
		r.search.query = strings.TrimSpace(r.search.input.Value())
		r.keys.setSearching(r.search.query != "", r.canGoBack)
		r.search.find(r.doc.lines)
		r.search.current = r.search.firstFrom(r.vp.YOffset())
		r.refresh()
		r.showMatch()
		r.layout()
		return nil
	case key.Matches(msg, r.search.keys.Cancel):
		r.search.typing = false
		r.search.input.Blur()
		r.layout()
		return nil
	}
	var cmd tea.Cmd
	r.search.input, cmd = r.search.input.Update(msg)
	return cmd
}

// clearSearch ends the search and removes the highlights.
func (r *reader) clearSearch() {
	r.search.query = ""
	r.search.matches = nil
	r.keys.setSearching(false, r.canGoBack)
	r.refresh()
	r.layout()
}

// stepMatch moves to the next (+1) or previous (-1) match, wrapping.
func (r *reader) stepMatch(delta int) {
	n := len(r.search.matches)
	if n == 0 {
		return
	}
	r.search.current = (r.search.current + delta + n) % n
	r.refresh()
	r.showMatch()
}

// showMatch scrolls the current match into view, a third of the way down
// so the lines around it show too.
func (r *reader) showMatch() {
	if len(r.search.matches) == 0 {
		return
	}
	m := r.search.matches[r.search.current]
	y, h := r.vp.YOffset(), r.vp.Height()
	if m.line < y || m.line >= y+h {
		r.vp.SetYOffset(m.line - h/3)
	}
}
