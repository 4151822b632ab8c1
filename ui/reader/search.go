package reader

import (
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// search is the reader's find-in-article: the prompt, the query and where
// it matches in the rendered text.
type search struct {
	input      textinput.Model
	keys       SearchKeyMap
	typing     bool // the prompt has the focus
	query      string
	last       string // the last query typed, which enter on an empty prompt repeats
	passage    bool   // the query is a passage the reader was opened to show
	tail       string // the passage's final punctuation, trimmed from query
	matches    []match
	current    int  // index into matches
	jumpOnShow bool // go to the first match once the text is shown
	seeking    bool // submitted while rendering, no match below yet (seekMatch)
}

// cells is a run of cells on one line of the document, [start, end).
type cells struct{ line, start, end int }

// match is one place the query was found: a run of cells on each line it
// spans, top to bottom. A passage that wraps spans several lines.
type match []cells

// first is the line the match starts on.
func (m match) first() int { return m[0].line }

// last is the line the match ends on.
func (m match) last() int { return m[len(m)-1].line }

// newSearch makes the search prompt.
func newSearch(s common.Styles) search {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search the article"
	in.CharLimit = 200
	common.StyleInput(&in, s)
	return search{input: in, keys: DefaultSearchKeyMap()}
}

// open focuses an empty prompt, as less and vim do: a new search is a new
// query, not more letters on the last one. The last query shows as the
// placeholder, and enter on the empty prompt searches for it again.
func (s *search) open() tea.Cmd {
	s.typing = true
	s.input.SetValue("")
	s.input.Placeholder = "search the article"
	if s.last != "" {
		s.input.Placeholder = "enter: " + s.last
	}
	return s.input.Focus()
}

// find looks for the query in the text as the reader sees it: the
// rendered lines with their styling stripped, ignoring case, with line
// breaks read as spaces so a phrase that wraps is found (see flatten).
// When a passage is not found, its first words are looked for instead.
func (s *search) find(lines []string) {
	s.matches = nil
	s.current = 0
	if s.query == "" {
		return
	}
	t := flatten(lines)
	if s.passage && s.tail != "" {
		// The passage with its full stop, when the text has it there.
		s.matches = t.findAll(normalizeQuery(s.query + s.tail))
	}
	if len(s.matches) == 0 {
		s.matches = t.findAll(normalizeQuery(s.query))
	}
	if len(s.matches) == 0 && s.passage {
		s.matches = t.findAll(normalizeQuery(passageStart(s.query)))
	}
}

// foldRunes folds runes in place, one for one (see foldRune).
func foldRunes(rs []rune) []rune {
	for i, r := range rs {
		rs[i] = foldRune(r)
	}
	return rs
}

// foldRune is a rune as search compares it: lower case, with typographic
// quotes and dashes read as the keys a student types, so that People's
// finds People’s and 2019-2023 finds 2019–2023.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '“', '”', '„', '‟', '″':
		return '"'
	case '‐', '‑', '‒', '–', '—', '−':
		return '-'
	}
	return unicode.ToLower(r)
}

// quoteMarks are trimmed from the ends of a passage to show: a quote may
// come with its quotation marks and final punctuation.
const quoteMarks = "\"“”'‘’.,;:"

// passageTail is the punctuation that ends a passage, inside or outside
// its closing quotation mark ("border.”" ends with "."), so that the
// highlight can take in the full stop the text has there too.
func passageTail(p string) string {
	p = strings.TrimRight(p, " \"“”'‘’")
	end := strings.TrimRight(p, ".,;:!?")
	return p[len(end):]
}

// setKeys enables the keys that apply: while a search is active n, N and
// esc act on its matches. A passage the reader was opened to show is not
// a search of the student's own: n and N step through it only when it
// was found more than once, and esc goes straight back when there is a
// screen to go back to.
func (r *Screen) setKeys() {
	searching := r.search.query != ""
	if !searching || !r.search.passage {
		r.keys.SetSearching(searching, r.canGoBack)
		return
	}
	r.keys.SetSearching(len(r.search.matches) > 1, r.canGoBack)
	r.keys.ClearSearch.SetEnabled(!r.canGoBack)
	r.keys.Back.SetEnabled(r.canGoBack)
}

// below reports whether a match starts at or below line y.
func (s *search) below(y int) bool {
	for _, m := range s.matches {
		if m.first() >= y {
			return true
		}
	}
	return false
}

// firstFrom is the first match starting at or below line y, wrapping to
// the first.
func (s *search) firstFrom(y int) int {
	for i, m := range s.matches {
		if m.first() >= y {
			return i
		}
	}
	return 0
}

// summary is what the footer says about the search.
func (s *search) summary() string {
	switch {
	case len(s.matches) == 0 && s.passage:
		return "passage not found in the text"
	case len(s.matches) == 0:
		return fmt.Sprintf("no matches for %q", s.query)
	case s.passage && len(s.matches) == 1:
		return "passage highlighted"
	}
	return fmt.Sprintf("match %d/%d", s.current+1, len(s.matches))
}

// decorate returns the lines with every match styled, the current one
// differently; a match that wraps is styled on every line it covers.
// Lines without matches are shared, not copied.
func (s *search) decorate(lines []string, st common.Styles) []string {
	if len(s.matches) == 0 {
		return lines
	}
	// Matches do not overlap and come in reading order, so their runs of
	// cells are in order of line, then of column.
	var runs []cells
	current := map[cells]bool{}
	for i, m := range s.matches {
		runs = append(runs, m...)
		if i == s.current {
			for _, c := range m {
				current[c] = true
			}
		}
	}
	out := append([]string(nil), lines...)
	for i := 0; i < len(runs); {
		j, cur := i, -1
		for ; j < len(runs) && runs[j].line == runs[i].line; j++ {
			if current[runs[j]] {
				cur = j - i
			}
		}
		line := runs[i].line
		out[line] = highlight(lines[line], runs[i:j], cur, st.Match, st.Current)
		i = j
	}
	return out
}

// highlight restyles runs of cells of one styled line, the run at index
// cur (if any) as the current match. The text between them is cut from
// the original with x/ansi, which carries the styling in force, so the
// rest of the line keeps its look.
func highlight(line string, runs []cells, cur int, style, current lipgloss.Style) string {
	var b strings.Builder
	pos := 0
	for k, m := range runs {
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
func (r *Screen) typeSearch(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, r.search.keys.Submit):
		r.search.typing = false
		r.search.input.Blur()
		r.search.query = strings.TrimSpace(r.search.input.Value())
		if r.search.query == "" {
			r.search.query = r.search.last
		}
		r.search.last = r.search.query
		r.search.passage = false
		r.setKeys()
		r.search.find(r.doc.lines)
		r.search.current = r.search.firstFrom(r.vp.YOffset())
		r.refresh()
		r.seekSearch()
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
func (r *Screen) clearSearch() {
	r.search.query = ""
	r.search.passage = false
	r.search.seeking = false
	r.search.matches = nil
	r.setKeys()
	r.refresh()
	r.layout()
}

// stepMatch moves to the next (+1) or previous (-1) match, wrapping.
func (r *Screen) stepMatch(delta int) {
	n := len(r.search.matches)
	if n == 0 {
		return
	}
	r.search.current = (r.search.current + delta + n) % n
	r.refresh()
	r.showMatch()
}

// showMatch scrolls the current match into view, when any of it is out
// of view, a third of the way down so the lines around it show too.
func (r *Screen) showMatch() {
	if len(r.search.matches) == 0 {
		return
	}
	m := r.search.matches[r.search.current]
	y, h := r.vp.YOffset(), r.vp.Height()
	if m.first() < y || m.last() >= y+h {
		r.vp.SetYOffset(m.first() - h/3)
	}
}

// passageContext is how many lines show above a passage the reader was
// opened to show, when the passage leaves room for them.
const passageContext = 2

// showPassage scrolls to the current match with a line or two above it,
// fitting as much of the passage on screen as there is room for.
func (r *Screen) showPassage() {
	if len(r.search.matches) == 0 {
		return
	}
	m := r.search.matches[r.search.current]
	room := r.vp.Height() - (m.last() - m.first() + 1)
	r.vp.SetYOffset(m.first() - max(0, min(passageContext, room)))
}

// passageStart is the first words of a passage, about as many as fit on
// a narrow line: what is looked for when the whole passage is not found
// (the article's wording and the quote differ somewhere).
func passageStart(p string) string {
	var b strings.Builder
	for _, w := range strings.Fields(p) {
		if b.Len() > 0 && b.Len()+1+len(w) > 24 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return strings.Trim(b.String(), quoteMarks)
}
