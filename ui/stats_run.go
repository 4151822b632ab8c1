package ui

import (
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/common"
	"brief/ui/stats"
)

// RunStats shows the stats screen on its own, full-screen, until the
// student goes back (esc or q) or presses ctrl+c: `brief stats`. Titles
// come from cfg.Packs; the other fields of cfg are not used.
func RunStats(cfg Config, store *scores.Store, opts ...tea.ProgramOption) error {
	_, err := tea.NewProgram(newStatsApp(cfg, store), opts...).Run()
	return err
}

// statsApp is the root model of RunStats: the stats screen alone, where
// going back leaves brief.
type statsApp struct {
	screen  *stats.Screen
	store   *scores.Store
	isDark  bool
	style   string // the configured Glamour style, which decides plain styles
	noColor bool
	width   int
	height  int
}

func newStatsApp(cfg Config, store *scores.Store) *statsApp {
	a := &statsApp{store: store, isDark: true, style: cfg.Style}
	if dark, fixed := common.StyleBackground(cfg.Style); fixed {
		a.isDark = dark
	}
	a.screen = stats.New(nil, cfg.Packs, a.styles())
	return a
}

// styles is the interface's styles for the configured style, the
// background and colour support, as the root model picks them.
func (a *statsApp) styles() common.Styles {
	return common.StylesFor(common.GlamourStyle(a.style, a.isDark, a.noColor), a.isDark)
}

// Init asks for the background colour and starts loading the stats.
func (a *statsApp) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, stats.LoadCmd(a.store))
}

// Update quits on back or ctrl+c and hands everything else to the screen.
func (a *statsApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.BackMsg:
		return a, tea.Quit
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return a, tea.Quit
		}
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		if _, fixed := common.StyleBackground(a.style); fixed {
			return a, nil // the chosen style decides, as in the main program
		}
		a.isDark = msg.IsDark()
		return a, a.send(common.ThemeMsg{Theme: common.Theme{Styles: a.styles(), IsDark: a.isDark}})
	case tea.ColorProfileMsg:
		a.noColor = msg.Profile <= colorprofile.ASCII
		return a, a.send(common.ThemeMsg{Theme: common.Theme{Styles: a.styles(), IsDark: a.isDark}})
	}
	return a, a.send(msg)
}

func (a *statsApp) send(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	var s common.Screen
	s, cmd = a.screen.Update(msg)
	a.screen = s.(*stats.Screen)
	return cmd
}

// View draws the screen in the alternate screen.
func (a *statsApp) View() tea.View {
	return programView(a.screen, a.styles(), a.width, a.height, a.screen.Title())
}

// WriteStats writes the stats of a store as text, width columns wide (0
// means a comfortable 80), for `brief stats` when the output is not a
// terminal.
func WriteStats(w io.Writer, st *scores.Stats, packs []*content.Pack, width int) error {
	return stats.Write(w, st, packs, width)
}
