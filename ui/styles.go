package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"brief/content"
)

// Styles holds every Lip Gloss style the screens use, built in one place
// from whether the terminal background is dark.
type Styles struct {
	AppName  lipgloss.Style // "brief" on the home screen
	Title    lipgloss.Style // article and pack titles
	Meta     lipgloss.Style // byline, source, date, reading time
	Subtle   lipgloss.Style // secondary text: counts, separators
	Rule     lipgloss.Style // the line under the reader's header
	Section  lipgloss.Style // the current section's name in the footer
	Percent  lipgloss.Style // how far through the article the reader is
	Selected lipgloss.Style // the highlighted row of a list
	Cursor   lipgloss.Style // the marker beside the selected row
	Match    lipgloss.Style // a search match in the text
	Current  lipgloss.Style // the search match the reader is on
	Panel    lipgloss.Style // the box around overlays (table of contents)
	Error    lipgloss.Style // messages about something that failed
	Note     lipgloss.Style // notes such as "terminal too small"
	Help     help.Styles
	Input    textinput.Styles
}

// DefaultStyles returns brief's styles for a dark or light background.
// Colours are chosen in pairs with lipgloss.LightDark; Bubble Tea
// downsamples or drops them to suit the terminal (NO_COLOR included), and
// matches are reversed as well as coloured so they show without colour.
func DefaultStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B4A6FF"))
	subtle := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A"))
	text := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#E8E8E8"))
	warn := ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF6B6B"))
	// Matches are drawn reversed, so the foreground colour becomes the
	// highlight and the background the text on it; without colour the
	// reverse alone still marks them.
	matchHi := ld(lipgloss.Color("#FFD75F"), lipgloss.Color("#E5C07B"))
	currentHi := ld(lipgloss.Color("#FF8C00"), lipgloss.Color("#FF9F1C"))
	onHi := lipgloss.Color("#1A1A1A")

	return Styles{
		AppName:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		Title:    lipgloss.NewStyle().Bold(true).Foreground(text),
		Meta:     lipgloss.NewStyle().Foreground(subtle),
		Subtle:   lipgloss.NewStyle().Foreground(subtle),
		Rule:     lipgloss.NewStyle().Foreground(subtle),
		Section:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		Percent:  lipgloss.NewStyle().Foreground(subtle),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Cursor:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		Match:    lipgloss.NewStyle().Reverse(true).Foreground(matchHi).Background(onHi),
		Current:  lipgloss.NewStyle().Reverse(true).Bold(true).Foreground(currentHi).Background(onHi),
		Panel:    lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		Error:    lipgloss.NewStyle().Bold(true).Foreground(warn),
		Note:     lipgloss.NewStyle().Foreground(subtle),
		Help:     help.DefaultStyles(isDark),
		Input:    textinput.DefaultStyles(isDark),
	}
}

// Theme is what every screen needs to draw itself: the styles and the
// Glamour renderer for the terminal's background and the chosen style.
type Theme struct {
	Styles   Styles
	IsDark   bool
	Markdown *content.Renderer
}

// ThemeMsg tells every screen that the theme changed (the background
// colour or colour profile became known). Screens restyle, and the reader
// re-renders if the Glamour style changed.
type ThemeMsg struct{ Theme }

// glamourStyle resolves the configured style: "auto" (or empty) becomes
// "notty" without colour, else "dark" or "light" to suit the background.
// Glamour v2 has no automatic style of its own.
func glamourStyle(configured string, isDark, noColor bool) string {
	if configured != "" && configured != "auto" {
		return configured
	}
	switch {
	case noColor:
		return "notty"
	case isDark:
		return "dark"
	default:
		return "light"
	}
}

// styleBackground reports the background a Glamour style is made for, so
// that the interface's own colours match an explicitly chosen style
// rather than the terminal's guess; ok is false for styles that suit any
// background (auto, notty, ascii).
func styleBackground(style string) (isDark, ok bool) {
	switch style {
	case "light":
		return false, true
	case "dark", "dracula", "tokyo-night", "pink":
		return true, true
	}
	return false, false
}
