package ui

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/content"
)

// An explicit --style light keeps light-background colours even when the
// terminal reports a dark background, so headings stay readable.
func TestExplicitStyleDecidesTheBackground(t *testing.T) {
	tests := map[string]struct {
		style    string
		terminal color.Color
		wantDark bool
	}{
		"light on a dark terminal":   {"light", color.Black, false},
		"dark on a light terminal":   {"dark", color.White, true},
		"auto follows the terminal":  {"auto", color.White, false},
		"ascii follows the terminal": {"ascii", color.Black, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := Config{Packs: []*content.Pack{defaultPack(t)}, Article: "russia-dprk-summit-2023", Style: tc.style}
			m, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			m.Update(tea.BackgroundColorMsg{Color: tc.terminal})
			if m.theme.IsDark != tc.wantDark {
				t.Errorf("IsDark = %v, want %v", m.theme.IsDark, tc.wantDark)
			}
		})
	}
}
