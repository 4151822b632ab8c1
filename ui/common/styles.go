package common

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

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
	// ASCII says to draw the interface with ASCII characters only (the
	// "ascii" and "notty" styles): Glyphs returns ASCII stand-ins for
	// the cursor, rules, bars, ellipsis and marks.
	ASCII bool
}

// Glyphs are the characters the interface draws with, other than text.
type Glyphs struct {
	Cursor   string // before the selected row: "▸ "
	Rule     string // one cell of a horizontal rule: "─"
	BarFull  string // one full cell of a progress bar: "█"
	BarEmpty string // one empty cell of a progress bar: "░"
	Ellipsis string // where text was cut: "…"
	Dot      string // between facts on a line: " · "
	HelpSep  string // between key hints: " • "
	Right    string // a right answer: "✓"
	Wrong    string // a wrong answer: "✗"
	Partial  string // a partly right answer: "◐"
	// MarksAreWords says Right, Wrong, Partial and Skipped are words
	// ("WRONG"), which stand for the verdict on their own: without colour
	// a symbol such as "[x]" reads as a ticked box.
	MarksAreWords bool
	Spark         []rune // the eight heights of a sparkline, lowest first
	NoValue       string // a day without answers in a sparkline: "·"

	Skipped   string    // a skipped answer: "–"
	Picked    string    // the option picked, an answered question: "●"
	Unpicked  string    // a question not answered yet: "○"
	Flag      string    // a question flagged to come back to: "⚑"
	Timer     string    // before a countdown: "⏱ "
	Arrow     string    // from one thing to the next, such as a pair: "→"
	ArrowUp   string    // there is more above: "↑"
	ArrowDown string    // there is more below: "↓"
	Blank     string    // a part of an answer left empty: "—"
	Quote     [2]string // around a passage quoted from the article: "“", "”"
}

// UnicodeGlyphs are the glyphs of a terminal that shows Unicode.
var UnicodeGlyphs = Glyphs{
	Cursor: "▸ ", Rule: "─", BarFull: "█", BarEmpty: "░", Ellipsis: "…",
	Dot: " · ", HelpSep: " • ", Right: "✓", Wrong: "✗", Partial: "◐",
	Spark: []rune("▁▂▃▄▅▆▇█"), NoValue: "·",
	Skipped: "–", Picked: "●", Unpicked: "○", Flag: "⚑", Timer: "⏱ ",
	Arrow: "→", ArrowUp: "↑", ArrowDown: "↓", Blank: "—", Quote: [2]string{"“", "”"},
}

// ASCIIGlyphs stand in for unicodeGlyphs with ASCII characters.
var ASCIIGlyphs = Glyphs{
	Cursor: "> ", Rule: "-", BarFull: "#", BarEmpty: "-", Ellipsis: "...",
	Dot: " - ", HelpSep: " | ", Right: "RIGHT", Wrong: "WRONG", Partial: "PARTLY", MarksAreWords: true,
	Spark: []rune("_,-~=+*#"), NoValue: ".",
	Skipped: "SKIPPED", Picked: "*", Unpicked: "-", Flag: "!", Timer: "time ",
	Arrow: "->", ArrowUp: "^", ArrowDown: "v", Blank: "-", Quote: [2]string{`"`, `"`},
}

// Glyphs returns the characters to draw with: ASCII ones when s.ASCII
// is set, else Unicode (the zero Styles included).
func (s Styles) Glyphs() Glyphs {
	if s.ASCII {
		return ASCIIGlyphs
	}
	return UnicodeGlyphs
}

// Cut shortens one line of text to width columns, marking the cut with
// the styles' ellipsis.
func (s Styles) Cut(text string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(text, width, s.Glyphs().Ellipsis)
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
		Help:     helpStyles(ld),
		Input:    inputStyles(accent, subtle, text),
	}
}

// helpStyles are the help's keys, words and separators, in grey a
// shade apart on either background.
func helpStyles(ld lipgloss.LightDarkFunc) help.Styles {
	keys := ld(lipgloss.Color("#444444"), lipgloss.Color("#BCBCBC"))
	keyDesc := ld(lipgloss.Color("#6C6C6C"), lipgloss.Color("#8A8A8A"))
	keySep := ld(lipgloss.Color("#A8A8A8"), lipgloss.Color("#585858"))
	return help.Styles{
		ShortKey: lipgloss.NewStyle().Foreground(keys), ShortDesc: lipgloss.NewStyle().Foreground(keyDesc),
		ShortSeparator: lipgloss.NewStyle().Foreground(keySep), Ellipsis: lipgloss.NewStyle().Foreground(keySep),
		FullKey: lipgloss.NewStyle().Foreground(keys), FullDesc: lipgloss.NewStyle().Foreground(keyDesc),
		FullSeparator: lipgloss.NewStyle().Foreground(keySep),
	}
}

// inputStyles are the text inputs' styles in the theme's colours.
func inputStyles(accent, subtle, text color.Color) textinput.Styles {
	// The inputs take the theme's colours: textinput.DefaultStyles draws
	// the prompt and cursor in ANSI colour 7, light grey whatever the
	// background, which vanishes on white. Italic as well as grey: a
	// placeholder must look unlike typed text when the colour is dropped
	// (NO_COLOR with a style of colours); faint would dim the grey to
	// nearly nothing on a dark background.
	placeholder := lipgloss.NewStyle().Italic(true).Foreground(subtle)
	return textinput.Styles{
		Focused: textinput.StyleState{
			Prompt:      lipgloss.NewStyle().Bold(true).Foreground(accent),
			Text:        lipgloss.NewStyle().Foreground(text),
			Placeholder: placeholder,
			Suggestion:  lipgloss.NewStyle().Foreground(subtle),
		},
		Blurred: textinput.StyleState{
			Prompt:      lipgloss.NewStyle().Foreground(subtle),
			Text:        lipgloss.NewStyle().Foreground(subtle),
			Placeholder: placeholder,
			Suggestion:  lipgloss.NewStyle().Foreground(subtle),
		},
		// The block cursor is drawn reversed in this colour.
		Cursor: textinput.CursorStyle{Color: text, Shape: tea.CursorBlock, Blink: true},
	}
}

// PlainStyles returns styles without colour, drawn with ASCII glyphs,
// for the "ascii" and "notty" styles: bold, faint and reverse mark what
// colour marks in DefaultStyles.
func PlainStyles() Styles {
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	faint := plain.Faint(true)
	input := textinput.Styles{
		Focused: textinput.StyleState{Placeholder: faint, Suggestion: faint},
		Blurred: textinput.StyleState{Placeholder: faint, Suggestion: faint, Text: faint},
		Cursor:  textinput.CursorStyle{Shape: tea.CursorBlock, Blink: true},
	}
	return Styles{
		AppName:  bold,
		Title:    bold,
		Meta:     plain,
		Subtle:   plain,
		Rule:     plain,
		Section:  bold,
		Percent:  plain,
		Selected: bold,
		Cursor:   bold,
		Match:    plain.Reverse(true),
		Current:  plain.Reverse(true).Bold(true),
		Panel:    plain.Border(lipgloss.ASCIIBorder()).Padding(0, 1),
		Error:    bold,
		Note:     plain,
		Help:     help.Styles{ShortKey: bold, FullKey: bold},
		Input:    input,
		ASCII:    true,
	}
}

// StylesFor is the interface's styles for a Glamour style: plain ones
// for the styles without colour, else the colours for the background.
func StylesFor(style string, isDark bool) Styles {
	switch style {
	case "ascii", "notty":
		return PlainStyles()
	}
	return DefaultStyles(isDark)
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

// GlamourStyle resolves the configured style: "auto" (or empty) becomes
// "notty" without colour, else "dark" or "light" to suit the background.
// Glamour v2 has no automatic style of its own.
func GlamourStyle(configured string, isDark, noColor bool) string {
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

// StyleBackground reports the background a Glamour style is made for, so
// that the interface's own colours match an explicitly chosen style
// rather than the terminal's guess; ok is false for styles that suit any
// background (auto, notty, ascii).
func StyleBackground(style string) (isDark, ok bool) {
	switch style {
	case "light":
		return false, true
	case "dark", "dracula", "tokyo-night", "pink":
		return true, true
	}
	return false, false
}

// StyleInput gives a text input the theme's styles, with a steady cursor:
// the quiz's answers and the reader's search prompt look alike.
func StyleInput(in *textinput.Model, s Styles) {
	st := s.Input
	st.Cursor.Blink = false
	in.SetStyles(st)
}
