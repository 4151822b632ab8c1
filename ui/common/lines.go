package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// HangingLines wraps text after a prefix, indenting the lines after the
// first under the text, and cuts every line to width.
func HangingLines(prefix, text string, width int) []string {
	pw := ansi.StringWidth(prefix)
	room := width - pw
	if room < 8 {
		// Too narrow to indent: wrap under the prefix instead.
		return WrapLines(prefix+text, width)
	}
	wrapped := strings.Split(ansi.Wrap(text, room, " "), "\n")
	pad := strings.Repeat(" ", pw)
	for i, l := range wrapped {
		if i == 0 {
			wrapped[i] = prefix + l
		} else {
			wrapped[i] = pad + l
		}
	}
	return wrapped
}

// WrapLines wraps text to width and returns its lines; nothing is wider
// than width.
func WrapLines(text string, width int) []string {
	width = max(1, width)
	var out []string
	for _, l := range strings.Split(ansi.Wrap(text, width, " "), "\n") {
		out = append(out, ansi.Truncate(l, width, ""))
	}
	return out
}

// maxQuizWidth keeps questions at a readable line length on wide
// terminals.
const maxQuizWidth = 100

// QuizColumn is the left margin and width of the quiz's text.
func QuizColumn(width int) (x, w int) {
	w = min(maxQuizWidth, width-2)
	x = max(0, (width-w)/2)
	return x, max(1, w)
}

// MoreMark says which way there is more of the body to scroll to:
// "↑↓ more", "↑ more" or "↓ more" in the glyphs g.
func MoreMark(g Glyphs, above, below bool) string {
	switch {
	case above && below:
		return g.ArrowUp + g.ArrowDown + " more"
	case above:
		return g.ArrowUp + " more"
	case below:
		return g.ArrowDown + " more"
	}
	return ""
}

// Spread puts left and right on one line w wide, cutting left (with the
// styles' ellipsis) to make room.
func Spread(s Styles, left, right string, w int) string {
	rw := ansi.StringWidth(right)
	if rw == 0 {
		return s.Cut(left, w)
	}
	if rw+2 > w {
		return s.Cut(right, w)
	}
	left = s.Cut(left, w-rw-1)
	gap := max(1, w-ansi.StringWidth(left)-rw)
	return left + strings.Repeat(" ", gap) + right
}

// ProgressBar draws done of total as a bar w cells wide, in the styles'
// Bar glyphs so it shows without colour.
func ProgressBar(s Styles, done, total, w int) string {
	if total <= 0 || w <= 0 {
		return ""
	}
	g := s.Glyphs()
	filled := done * w / total
	return s.Section.Render(strings.Repeat(g.BarFull, filled)) + s.Subtle.Render(strings.Repeat(g.BarEmpty, w-filled))
}

// MaxScreenWidth is the widest a screen's text runs: the quiz's column
// and its margins. On a wider terminal a screen draws in a column this
// wide, centred (see Centre), so every screen lines up.
const MaxScreenWidth = maxQuizWidth + 2

// Centre is the width a screen draws in on a terminal width columns
// wide, and the margin left of it.
func Centre(width int) (w, margin int) {
	w = min(width, MaxScreenWidth)
	return w, max(0, (width-w)/2)
}
