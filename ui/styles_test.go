package ui

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
	"brief/ui/internal/uitest"
)

// luminance is a colour's relative luminance (WCAG 2).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// Key hints and secondary text are readable on both backgrounds: text at
// least 4.5:1 (WCAG AA), separators at least 2:1 so they can be seen.
func TestHintsAreReadable(t *testing.T) {
	backgrounds := map[bool]color.Color{true: color.Black, false: color.White}
	for _, dark := range []bool{true, false} {
		s := common.DefaultStyles(dark)
		bg := backgrounds[dark]
		tests := map[string]struct {
			style lipgloss.Style
			least float64
		}{
			"short help key":         {s.Help.ShortKey, 4.5},
			"short help description": {s.Help.ShortDesc, 4.5},
			"full help key":          {s.Help.FullKey, 4.5},
			"full help description":  {s.Help.FullDesc, 4.5},
			"subtle text":            {s.Subtle, 4.5},
			"meta":                   {s.Meta, 4.5},
			"placeholder":            {s.Input.Focused.Placeholder, 4.5},
			"separator":              {s.Help.ShortSeparator, 2},
		}
		for name, tc := range tests {
			t.Run(map[bool]string{true: "dark ", false: "light "}[dark]+name, func(t *testing.T) {
				if got := contrast(tc.style.GetForeground(), bg); got < tc.least {
					t.Errorf("contrast %.2f:1, want at least %.1f:1", got, tc.least)
				}
			})
		}
	}
}

// A placeholder looks unlike typed text without colour: faint in the
// plain styles, italic in the coloured ones (whose colour NO_COLOR drops).
func TestPlaceholderWithoutColour(t *testing.T) {
	tests := map[string]struct {
		style lipgloss.Style
		want  func(lipgloss.Style) bool
	}{
		"plain focused": {common.PlainStyles().Input.Focused.Placeholder, lipgloss.Style.GetFaint},
		"plain blurred": {common.PlainStyles().Input.Blurred.Placeholder, lipgloss.Style.GetFaint},
		"dark focused":  {common.DefaultStyles(true).Input.Focused.Placeholder, lipgloss.Style.GetItalic},
		"light focused": {common.DefaultStyles(false).Input.Focused.Placeholder, lipgloss.Style.GetItalic},
		"light blurred": {common.DefaultStyles(false).Input.Blurred.Placeholder, lipgloss.Style.GetItalic},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if !tc.want(tc.style) {
				t.Error("the placeholder is drawn like typed text")
			}
		})
	}
}

// The styles for ascii and notty set no colour and draw ASCII glyphs.
func TestPlainStyles(t *testing.T) {
	for _, style := range []string{"ascii", "notty"} {
		s := common.StylesFor(style, true)
		if !s.ASCII {
			t.Errorf("%s: ASCII is not set", style)
		}
		for name, st := range map[string]lipgloss.Style{
			"title": s.Title, "subtle": s.Subtle, "selected": s.Selected, "match": s.Match,
			"help key": s.Help.ShortKey, "help desc": s.Help.ShortDesc, "panel": s.Panel,
		} {
			if out := st.Render("x"); uitest.ColourSGR.MatchString(out) {
				t.Errorf("%s: %s is drawn in colour: %q", style, name, out)
			}
		}
		g := s.Glyphs()
		for _, glyph := range []string{g.Cursor, g.Rule, g.BarFull, g.BarEmpty, g.Ellipsis, g.Dot, g.HelpSep,
			g.Right, g.Wrong, g.Partial, g.ArrowUp, g.ArrowDown, string(g.Spark), g.NoValue} {
			if !uitest.IsASCII(glyph) {
				t.Errorf("%s: glyph %q is not ASCII", style, glyph)
			}
		}
	}
	if s := common.StylesFor("dark", true); s.ASCII || s.Glyphs().Cursor != "▸ " {
		t.Errorf("dark: ASCII = %v, cursor %q", s.ASCII, s.Glyphs().Cursor)
	}
	if (common.Styles{}).Glyphs().Rule != "─" {
		t.Error("the zero Styles do not draw Unicode glyphs")
	}
}

// With the ascii style, no screen draws a non-ASCII character of its own
// or a colour; what is left is the article's and pack's text.
func TestASCIIStyleScreens(t *testing.T) {
	p := defaultPack(t)
	tests := map[string]struct {
		home bool
		keys []string
	}{
		"home":             {true, nil},
		"home, full help":  {true, []string{"?"}},
		"reader":           {false, nil},
		"reader, help":     {false, []string{"?"}},
		"reader, contents": {false, []string{"t"}},
		"reader, search":   {false, []string{"/"}},
		"reader, match":    {false, []string{"/", "k", "o", "enter"}},
	}
	// The article's own text may hold curly quotes.
	article := strings.NewReplacer("’", "", "‘", "", "“", "", "”", "")
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			for _, size := range [][2]int{{80, 24}, {40, 12}} {
				d := drive(t, newStyledRoot(t, p, tc.home, "ascii"), size[0], size[1])
				d.send(keyPresses(tc.keys...)...)
				v := d.view()
				if uitest.ColourSGR.MatchString(v) {
					t.Errorf("%v: drawn in colour: %q", size, uitest.ColourSGR.FindString(v))
				}
				if plain := article.Replace(ansi.Strip(v)); !uitest.IsASCII(plain) {
					t.Errorf("%v: not ASCII:\n%s", size, plain)
				}
			}
		})
	}
}

// The text inputs (answer prompts, the reader's search) show on both
// backgrounds: prompt, typed text and the block cursor are drawn in the
// theme's colours, readable against the background they were chosen for.
func TestInputsAreReadable(t *testing.T) {
	backgrounds := map[bool]color.Color{true: color.Black, false: color.White}
	for _, dark := range []bool{true, false} {
		in := common.DefaultStyles(dark).Input
		tests := map[string]color.Color{
			"focused prompt": in.Focused.Prompt.GetForeground(),
			"focused text":   in.Focused.Text.GetForeground(),
			"placeholder":    in.Focused.Placeholder.GetForeground(),
			"blurred prompt": in.Blurred.Prompt.GetForeground(),
			"blurred text":   in.Blurred.Text.GetForeground(),
			"cursor":         in.Cursor.Color,
		}
		for name, c := range tests {
			t.Run(map[bool]string{true: "dark ", false: "light "}[dark]+name, func(t *testing.T) {
				if c == nil {
					t.Fatal("no colour: drawn in the terminal's default")
				}
				if got := contrast(c, backgrounds[dark]); got < 4.5 {
					t.Errorf("contrast %.2f:1 on its background, want at least 4.5:1", got)
				}
			})
		}
	}
}

// Without colour the inputs set none, and the cursor is the terminal's
// reverse video, which shows on any background.
func TestPlainInputs(t *testing.T) {
	in := common.PlainStyles().Input
	if in.Cursor.Color != nil {
		t.Errorf("the plain cursor has colour %v", in.Cursor.Color)
	}
	for name, st := range map[string]lipgloss.Style{
		"focused prompt": in.Focused.Prompt, "focused text": in.Focused.Text,
		"blurred prompt": in.Blurred.Prompt, "blurred text": in.Blurred.Text,
	} {
		if out := st.Render("x"); uitest.ColourSGR.MatchString(out) {
			t.Errorf("%s is drawn in colour: %q", name, out)
		}
	}
	field := textinput.New()
	field.Prompt = "> "
	common.StyleInput(&field, common.PlainStyles())
	field.Focus()
	if out := field.View(); !strings.Contains(out, "\x1b[7m") || uitest.ColourSGR.MatchString(out) {
		t.Errorf("plain input %q: want a reversed cursor and no colour", out)
	}
}
