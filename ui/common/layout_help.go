package common

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// KeyHelp is the key help under a screen, made to fit the terminal. It is
// a help.Model (ShowAll, SetWidth and Styles work as there) whose View:
//   - in short help, drops hints from the end to fit the width, but always
//     keeps the last two (every brief key map ends its short help with the
//     help and quit keys, or back and help);
//   - in full help, puts the columns side by side when they fit, else
//     flows every key into as many columns as fit, one per line at
//     worst; when that is taller than SetMaxLines allows, it shows a page
//     at a time and the help key ([KeyHelp.Toggle]) turns the page.
type KeyHelp struct {
	help.Model
	ascii    bool // spell arrows out: "up/k"
	maxLines int  // the most lines the full help may take; 0: any
	Page     int
}

// NewKeyHelp makes the key help in the given styles.
func NewKeyHelp(s Styles) KeyHelp {
	h := KeyHelp{Model: help.New()}
	h.SetStyles(s)
	return h
}

// SetStyles restyles the help, its separators included.
func (h *KeyHelp) SetStyles(s Styles) {
	h.Styles = s.Help
	h.ShortSeparator = s.Glyphs().HelpSep
	h.Ellipsis = s.Glyphs().Ellipsis
	h.ascii = s.ASCII
}

// SetMaxLines limits the full help to n lines (n <= 0: no limit); longer
// help is shown a page at a time.
func (h *KeyHelp) SetMaxLines(n int) { h.maxLines = n }

// Toggle is what the help key does: it opens the full help, turns to its
// next page, or closes it after the last page.
func (h *KeyHelp) Toggle(k help.KeyMap) {
	switch {
	case !h.ShowAll:
		h.ShowAll, h.Page = true, 0
	case h.Page+1 < h.pages(k):
		h.Page++
	default:
		h.ShowAll, h.Page = false, 0
	}
}

// Close shuts the full help, as opening a prompt or a panel over the
// text does: the help spoke of the keys before it, not of the panel's.
func (h *KeyHelp) Close() { h.ShowAll, h.Page = false, 0 }

// View is the short or the full help, fitted to the width and lines.
func (h KeyHelp) View(k help.KeyMap) string {
	if !h.ShowAll {
		return h.short(k.ShortHelp())
	}
	lines, per := h.pagedLines(k)
	if per >= len(lines) {
		return strings.Join(lines, "\n")
	}
	pages := (len(lines) + per - 1) / per
	page := min(h.Page, pages-1)
	shown := lines[page*per : min(len(lines), (page+1)*per)]
	more := "more keys"
	if page == pages-1 {
		more = "close"
	}
	marker := h.Styles.FullKey.Render(helpKeyOf(k)) + " " +
		h.Styles.FullDesc.Render(fmt.Sprintf("%s (%d/%d)", more, page+1, pages))
	if h.Width() > 0 {
		marker = ansi.Truncate(marker, h.Width(), "")
	}
	return strings.Join(append(shown, marker), "\n")
}

// pages is how many pages the full help takes.
func (h KeyHelp) pages(k help.KeyMap) int {
	lines, per := h.pagedLines(k)
	return max(1, (len(lines)+per-1)/per)
}

// pagedLines is the full help's lines and how many a page holds. Help
// that takes pages leaves the help key out of its list: the page marker
// under it says what the key does ("? more keys (1/2)", "? close (2/2)").
func (h KeyHelp) pagedLines(k help.KeyMap) ([]string, int) {
	lines := FullHelpLines(h.Styles, h.entries(k.FullHelp()), h.Width())
	if per := h.perPage(len(lines)); per >= len(lines) {
		return lines, per
	}
	helpKey := helpKeyOf(k)
	var groups [][]key.Binding
	for _, g := range k.FullHelp() {
		groups = append(groups, slices.DeleteFunc(slices.Clone(g), func(b key.Binding) bool { return b.Help().Key == helpKey }))
	}
	without := FullHelpLines(h.Styles, h.entries(groups), h.Width())
	if per := h.perPage(len(without)); per < len(without) {
		return without, per
	}
	// Without it the list would fit one page, with no marker to name the
	// key that closes it: keep it, and the pages.
	return lines, h.perPage(len(lines))
}

// closesNext reports whether the help key would close the full help now:
// it is open on its last page (its only one, when it fits).
func (h KeyHelp) closesNext(k help.KeyMap) bool {
	return h.ShowAll && h.Page+1 >= h.pages(k)
}

// perPage is how many lines of help a page holds: all of them when they
// Fit, else the lines allowed less one for the page marker.
func (h KeyHelp) perPage(n int) int {
	if h.maxLines <= 0 || n <= h.maxLines {
		return max(n, 1)
	}
	return max(1, h.maxLines-1)
}

// helpKeyOf is the key that shows the help in a key map, "?" by default.
func helpKeyOf(k help.KeyMap) string {
	for _, b := range k.ShortHelp() {
		if slices.Contains(b.Keys(), "?") {
			return b.Help().Key
		}
	}
	return "?"
}

// helpEntry is one key's hint, its key and what it does.
type HelpEntry struct{ key, desc string }

// asciiKeys spells out the arrows of key names.
var asciiKeys = strings.NewReplacer("↑", "up", "↓", "down", "←", "left", "→", "right", "⌫", "backspace")

// entries are the enabled bindings of each group, as text.
func (h KeyHelp) entries(groups [][]key.Binding) [][]HelpEntry {
	var out [][]HelpEntry
	for _, g := range groups {
		var col []HelpEntry
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			k := b.Help().Key
			if h.ascii {
				k = asciiKeys.Replace(k)
			}
			col = append(col, HelpEntry{k, b.Help().Desc})
		}
		if len(col) > 0 {
			out = append(out, col)
		}
	}
	return out
}

// short is the one-line help: every enabled hint that fits, dropping the
// ones before the last two from the end first, cut with an ellipsis only
// when even the last two do not fit.
func (h KeyHelp) short(bindings []key.Binding) string {
	var hints []string
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		k := b.Help().Key
		if h.ascii {
			k = asciiKeys.Replace(k)
		}
		hints = append(hints, h.Styles.ShortKey.Inline(true).Render(k)+" "+h.Styles.ShortDesc.Inline(true).Render(b.Help().Desc))
	}
	sep := h.Styles.ShortSeparator.Inline(true).Render(h.ShortSeparator)
	join := func(hs []string) string { return strings.Join(hs, sep) }
	line := join(hints)
	for h.Width() > 0 && ansi.StringWidth(line) > h.Width() && len(hints) > 2 {
		hints = append(hints[:len(hints)-3], hints[len(hints)-2:]...)
		line = join(hints)
	}
	if h.Width() > 0 && ansi.StringWidth(line) > h.Width() {
		line = ansi.Truncate(line, h.Width(), h.Ellipsis)
	}
	return line
}

// fullHelpLines lays out groups of key hints in width columns: the groups
// side by side as columns when they fit; else every hint flowed, in
// order, into as many columns as fit (keys aligned in each column if
// there is room, else each hint as "key desc"); at worst one hint per
// line, cut to the width. Quiz and results help can use it too.
func FullHelpLines(st help.Styles, groups [][]HelpEntry, width int) []string {
	if len(groups) == 0 {
		return nil
	}
	if lines, ok := helpColumns(st, groups, width, 4, true); ok {
		return lines
	}
	var flat []HelpEntry
	for _, g := range groups {
		flat = append(flat, g...)
	}
	for cols := len(flat); cols > 1; cols-- {
		rows := (len(flat) + cols - 1) / cols
		var split [][]HelpEntry
		for i := 0; i < len(flat); i += rows {
			split = append(split, flat[i:min(len(flat), i+rows)])
		}
		for _, aligned := range []bool{true, false} {
			if lines, ok := helpColumns(st, split, width, 2, aligned); ok {
				return lines
			}
		}
	}
	lines, _ := helpColumns(st, [][]HelpEntry{flat}, 0, 0, false)
	for i, l := range lines {
		if width > 0 && ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return lines
}

// helpColumns draws columns of hints gap columns apart, and whether they
// Fit in width (0: any width). With aligned, each column's keys are padded
// to one width so the descriptions line up. It measures before it styles:
// fullHelpLines tries many layouts per frame, and styling the ones that
// do not fit was most of the cost of drawing the full help.
func helpColumns(st help.Styles, cols [][]HelpEntry, width, gap int, aligned bool) ([]string, bool) {
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	keyWidths := make([]int, len(cols)) // each column's widest key
	lefts := make([]int, len(cols))     // where each column starts
	plain := make([]int, rows)          // the width of each line so far
	for ci, c := range cols {
		colWidth := 0
		for _, e := range c {
			keyWidths[ci] = max(keyWidths[ci], ansi.StringWidth(e.key))
		}
		for _, e := range c {
			kw := ansi.StringWidth(e.key)
			if aligned {
				kw = keyWidths[ci]
			}
			colWidth = max(colWidth, kw+1+ansi.StringWidth(e.desc))
		}
		left := 0
		for r := range rows {
			left = max(left, plain[r])
		}
		if ci > 0 {
			left += gap
		}
		if width > 0 && left+colWidth > width {
			return nil, false
		}
		lefts[ci] = left
		for r, e := range c {
			kw := ansi.StringWidth(e.key)
			if aligned {
				kw = keyWidths[ci]
			}
			plain[r] = left + kw + 1 + ansi.StringWidth(e.desc)
		}
	}
	lines := make([]string, rows)
	drawn := make([]int, rows) // the width drawn of each line so far
	for ci, c := range cols {
		for r, e := range c {
			k := e.key
			if aligned {
				k += strings.Repeat(" ", keyWidths[ci]-ansi.StringWidth(e.key))
			}
			lines[r] += strings.Repeat(" ", lefts[ci]-drawn[r]) + st.FullKey.Render(k) + " " + st.FullDesc.Render(e.desc)
			drawn[r] = lefts[ci] + ansi.StringWidth(k) + 1 + ansi.StringWidth(e.desc)
		}
	}
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return lines, true
}
