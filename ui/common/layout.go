package common

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The smallest terminal brief lays its screens out in: below this the
// header, a few lines of text and the footer no longer fit.
const (
	MinWidth  = 30
	MinHeight = 8
)

// ComfortableWidth is the default longest line of article text; the
// configured width may raise it up to content.MaxTextWidth.
const ComfortableWidth = 80

// TooSmall reports whether a terminal is below the minimum layout size.
func TooSmall(width, height int) bool {
	return width < MinWidth || height < MinHeight
}

// TooSmallView is the note shown instead of a screen on a tiny terminal:
// the longest wording that fits, centered.
func TooSmallView(s Styles, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	times, dash := "×", " — "
	if s.ASCII {
		times, dash = "x", " - "
	}
	size := fmt.Sprintf("%d%s%d", MinWidth, times, MinHeight)
	notes := []string{
		"terminal too small" + dash + "make it at least " + size,
		"too small: make it " + size,
		"too small",
		size,
	}
	note := notes[len(notes)-1]
	for _, n := range notes {
		if LineCount(lipgloss.Wrap(n, width, " ")) <= height && !brokenWord(n, width) {
			note = n
			break
		}
	}
	wrapped := lipgloss.Wrap(note, width, " ")
	return Fit(lipgloss.Place(width, height, lipgloss.Center, lipgloss.Center, s.Note.Render(wrapped)), width, height)
}

// brokenWord reports whether a word of s is wider than width, so wrapping
// would have to break it.
func brokenWord(s string, width int) bool {
	for _, w := range strings.Fields(s) {
		if ansi.StringWidth(w) > width {
			return true
		}
	}
	return false
}

// Fit cuts a view to width columns and height lines, the safety net that
// keeps any screen from drawing past the terminal's edge.
func Fit(view string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(view, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}

// PadLines makes a block exactly height lines tall, adding empty lines or
// dropping the extra ones.
func PadLines(lines []string, height int) []string {
	if height <= 0 {
		return nil
	}
	if len(lines) > height {
		return lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return lines
}

// Overlay draws the block fg over the lines of bg with its top-left
// corner at column x, line y. Cells are cut with x/ansi, so styles in the
// background survive on both sides of the box.
func Overlay(bg []string, fg string, x, y int) []string {
	out := append([]string(nil), bg...)
	for i, line := range strings.Split(fg, "\n") {
		row := y + i
		if row < 0 || row >= len(out) {
			continue
		}
		under := out[row]
		w := ansi.StringWidth(line)
		left := ansi.Cut(under, 0, x)
		if gap := x - ansi.StringWidth(left); gap > 0 {
			left += strings.Repeat(" ", gap)
		}
		right := ansi.Cut(under, x+w, ansi.StringWidth(under))
		out[row] = left + ansi.ResetStyle + line + ansi.ResetStyle + right
	}
	return out
}

// Indent shifts every line of a block right by n spaces.
func Indent(lines []string, n int) []string {
	if n <= 0 {
		return lines
	}
	pad := strings.Repeat(" ", n)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = pad + l
	}
	return out
}

// LineCount is the number of lines of a block ("" is one line).
func LineCount(s string) int { return strings.Count(s, "\n") + 1 }
