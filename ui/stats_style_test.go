package ui

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// brief stats --style light keeps light-background colours on a terminal
// that reports a dark background, as the main program does.
func TestStatsProgramKeepsAChosenStyle(t *testing.T) {
	a := newStatsRoot(t, Config{Style: "light"}, nil)
	a.Update(tea.BackgroundColorMsg{Color: color.Black})
	if a.isDark {
		t.Errorf("--style light drew dark-background colours after the terminal said dark")
	}
	b := newStatsRoot(t, Config{Style: "auto"}, nil)
	b.Update(tea.BackgroundColorMsg{Color: color.White})
	if b.isDark {
		t.Errorf("auto should follow a light terminal")
	}
}
