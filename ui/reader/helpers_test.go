package reader

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/common"
	"brief/ui/internal/uitest"
)

// The shared test helpers, under the names the reader tests use.
var (
	defaultPack = uitest.DefaultPack
	longPack    = uitest.LongPack
	keyPress    = uitest.KeyPress
	keyPresses  = uitest.KeyPresses
	typeText    = uitest.TypeText
)

// state is what a host shows: home (no reader open) or the reader.
type state int

const (
	stateHome state = iota
	stateReader
)

// entry is the screen a host shows.
type entry struct {
	state  state
	screen common.Screen
}

// host stands in for the root and the home screen, as far as a reader
// sees them, so the reader is driven directly: it holds one reader at
// the window's size, draws it as the root does, opens a reader for an
// OpenArticleMsg (and for enter while none is open, as home's enter does
// on the pack's first article), closes it on BackMsg, and on q or ctrl+c
// has it save before quitting, as the root's quit does.
type host struct {
	pack          *content.Pack
	cfg           struct{ Store *scores.Store }
	theme         common.Theme
	r             *Screen // nil: home is shown
	width, height int
}

// newHost is a host on pack p in the notty style, saving to st (nil
// saves nothing), with no reader open yet.
func newHost(tb testing.TB, p *content.Pack, st *scores.Store) *host {
	tb.Helper()
	h := &host{pack: p, theme: themeFor(tb, "notty", true)}
	h.cfg.Store = st
	return h
}

// themeFor is the theme the root makes for a configured style on a dark
// or light terminal with colour.
func themeFor(tb testing.TB, style string, dark bool) common.Theme {
	tb.Helper()
	glamour := common.GlamourStyle(style, dark, false)
	md, err := content.NewRenderer(glamour)
	if err != nil {
		tb.Fatal(err)
	}
	return common.Theme{Styles: common.StylesFor(glamour, dark), IsDark: dark, Markdown: md}
}

// newRoot is a host with the pack's first article open: from home when
// home is true (enter is then pressed for it), else as `brief read` opens
// it.
func newRoot(tb testing.TB, p *content.Pack, home bool) *host {
	tb.Helper()
	h := newHost(tb, p, nil)
	if !home {
		h.push(stateReader, New(h.theme, Options{Pack: p, Article: p.Articles[0], Store: StoreOf(nil), Remember: true}))
	}
	return h
}

// newRootWithStore is a host on the default pack saving to st, with
// home shown.
func newRootWithStore(t *testing.T, st *scores.Store) *host {
	t.Helper()
	return newHost(t, defaultPack(t), st)
}

// top is what the host shows.
func (h *host) top() entry {
	if h.r == nil {
		return entry{stateHome, nil}
	}
	return entry{stateReader, h.r}
}

// push shows a reader and tells it the window size.
func (h *host) push(_ state, r *Screen) tea.Cmd {
	h.r = r
	if h.width == 0 && h.height == 0 {
		return nil
	}
	_, cmd := r.Update(tea.WindowSizeMsg{Width: h.width, Height: h.height})
	return cmd
}

// open opens a reader as the root does for an OpenArticleMsg.
func (h *host) open(msg common.OpenArticleMsg) tea.Cmd {
	o := OpenOptions(msg)
	o.Store = StoreOf(h.cfg.Store)
	return h.push(stateReader, New(h.theme, o))
}

// quit saves the reader's place and time, then quits.
func (h *host) quit() tea.Cmd {
	if h.r == nil {
		return tea.Quit
	}
	return h.r.Leave(tea.QuitMsg{})
}

// Update routes a message as the root does for a lone reader.
func (h *host) Update(msg tea.Msg) (*host, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.width, h.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return h, h.quit()
		}
		if h.r == nil {
			switch msg.String() {
			case "enter":
				return h, h.open(common.OpenArticleMsg{Pack: h.pack, Article: h.pack.Articles[0]})
			case "q":
				return h, tea.Quit
			}
			return h, nil
		}
	case common.OpenArticleMsg:
		return h, h.open(msg)
	case common.BackMsg:
		h.r = nil
		return h, nil
	case common.SaveAndQuitMsg:
		return h, h.quit()
	}
	if h.r == nil {
		return h, nil
	}
	_, cmd := h.r.Update(msg)
	return h, cmd
}

// View draws the reader as the root draws the screen on top.
func (h *host) View() tea.View {
	var s string
	switch {
	case h.width == 0 || h.height == 0:
	case common.TooSmall(h.width, h.height):
		s = common.TooSmallView(h.theme.Styles, h.width, h.height)
	case h.r != nil:
		s = common.Fit(h.r.View(), h.width, h.height)
	}
	return tea.NewView(s)
}

// driver runs the model without a terminal (see uitest.Driver).
type driver struct {
	*uitest.Driver
	tb testing.TB
	m  *host
}

// newDriver drives m, delivering nothing yet.
func newDriver(tb testing.TB, m *host) *driver {
	return &driver{tb: tb, m: m, Driver: uitest.NewDriver(tb, func(msg tea.Msg) tea.Cmd {
		_, cmd := m.Update(msg)
		return cmd
	})}
}

// drive makes a driver sized to width × height, with the first render
// and all background renders done.
func drive(tb testing.TB, m *host, width, height int) *driver {
	d := newDriver(tb, m)
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

// send, settle and run are the shared driver's, by their old names.
func (d *driver) send(msgs ...tea.Msg) { d.Send(msgs...) }
func (d *driver) settle()              { d.Settle() }
func (d *driver) run(cmd tea.Cmd)      { d.Run(cmd) }

// reader is the reader shown; it fails the test if none is open.
func (d *driver) reader() *Screen {
	d.tb.Helper()
	if d.m.r == nil {
		d.tb.Fatal("no reader is open")
	}
	return d.m.r
}

// view is the host's view's text.
func (d *driver) view() string { return d.m.View().Content }
