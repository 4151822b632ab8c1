package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"brief/content"
)

func TestNewRejectsBadConfig(t *testing.T) {
	p := defaultPack(t)
	tests := map[string]struct {
		cfg  Config
		want string
	}{
		"no packs":        {Config{}, "no packs"},
		"unknown pack":    {Config{Packs: []*content.Pack{p}, Pack: "nope"}, `no pack with id "nope"`},
		"unknown article": {Config{Packs: []*content.Pack{p}, Article: "nope"}, `no article "nope"`},
		"unknown style":   {Config{Packs: []*content.Pack{p}, Style: "neon"}, `unknown style "neon"`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := New(tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New error = %v, want one saying %q", err, tc.want)
			}
		})
	}
}

func TestThemeFollowsTheTerminal(t *testing.T) {
	white := color.RGBA{255, 255, 255, 255}
	black := color.RGBA{0, 0, 0, 255}
	tests := map[string]struct {
		style     string
		msgs      []tea.Msg
		wantStyle string
		wantDark  bool
	}{
		"auto starts dark":                 {"auto", nil, "dark", true},
		"auto on a light background":       {"auto", []tea.Msg{tea.BackgroundColorMsg{Color: white}}, "light", false},
		"auto on a dark background":        {"auto", []tea.Msg{tea.BackgroundColorMsg{Color: black}}, "dark", true},
		"auto without colour":              {"auto", []tea.Msg{tea.ColorProfileMsg{Profile: colorprofile.ASCII}}, "notty", true},
		"auto with 16 colours":             {"auto", []tea.Msg{tea.ColorProfileMsg{Profile: colorprofile.ANSI}}, "dark", true},
		"a set style keeps its background": {"dracula", []tea.Msg{tea.BackgroundColorMsg{Color: white}}, "dracula", true},
		"a set style stays without colour": {"pink", []tea.Msg{tea.ColorProfileMsg{Profile: colorprofile.ASCII}}, "pink", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := defaultPack(t)
			m, err := New(Config{Packs: []*content.Pack{p}, Article: p.Articles[0].ID, Style: tc.style})
			if err != nil {
				t.Fatal(err)
			}
			d := drive(t, m, 80, 24)
			d.send(tc.msgs...)
			if got := m.theme.Markdown.Style(); got != tc.wantStyle {
				t.Errorf("Glamour style = %q, want %q", got, tc.wantStyle)
			}
			if m.theme.IsDark != tc.wantDark {
				t.Errorf("dark = %v, want %v", m.theme.IsDark, tc.wantDark)
			}
			if r := d.reader().State(); r.Style != m.theme.Markdown.Style() || !r.Rendered {
				t.Error("the reader was not re-rendered with the new theme")
			}
		})
	}
}

func TestWindowTitle(t *testing.T) {
	d := drive(t, newRoot(t, defaultPack(t), true), 80, 24)
	if got := d.m.View().WindowTitle; got != "brief" {
		t.Errorf("home window title = %q", got)
	}
	d.send(keyPress("enter"))
	v := d.m.View()
	if !strings.Contains(v.WindowTitle, "Russia") {
		t.Errorf("reader window title = %q, want the article's title", v.WindowTitle)
	}
	if !v.AltScreen || v.MouseMode != tea.MouseModeNone {
		t.Errorf("view: alt screen %v, mouse mode %v; want the alt screen, and the mouse left to the terminal", v.AltScreen, v.MouseMode)
	}
}

// The mouse is the terminal's, so a student can select a sentence to
// quote, unless --mouse gives it to brief for wheel scrolling.
func TestMouseIsOnlyTakenWhenAsked(t *testing.T) {
	m := newRoot(t, defaultPack(t), true)
	m.cfg.Mouse = true
	d := drive(t, m, 80, 24)
	if got := d.m.View().MouseMode; got != tea.MouseModeCellMotion {
		t.Errorf("with --mouse the mode is %v, want cell motion", got)
	}
}
