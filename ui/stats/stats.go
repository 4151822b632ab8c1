// Package stats is the stats screen of brief's terminal interface (s on
// home, and `brief stats`): accuracy over time, by article, level and
// section, from the score store; and the same as text for a pipe.
package stats

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/common"
)

// LoadedMsg carries the stats LoadStatsCmd computed, or why it could
// not.
type LoadedMsg struct {
	Stats *scores.Stats
	Err   error
	store *scores.Store // for the attempt history, which loads as it is asked for
}

// LoadCmd computes the stats from the store as of now, off the
// update loop. A nil store (scores are not being saved) comes back as an
// error the stats screen shows.
func LoadCmd(store *scores.Store) tea.Cmd {
	return func() tea.Msg {
		if store == nil {
			return LoadedMsg{Err: errNoStore}
		}
		st, err := store.Stats(time.Now())
		return LoadedMsg{Stats: st, Err: err, store: store}
	}
}

// errNoStore is shown when the score store could not be opened.
var errNoStore = errors.New("scores are not being saved, so there are no stats to show (see the message brief printed at start)")

// Screen shows the student's progress: scores per article, accuracy
// over the last days, mastery by level and by section beside reading
// speed, the daily streak and the time spent. It scrolls when it does not
// fit. It is a [Screen]; esc or q sends [BackMsg].
type Screen struct {
	styles common.Styles
	stats  *scores.Stats // nil while loading
	err    error
	names  statsNames
	keys   KeyMap
	help   common.KeyHelp
	vp     viewport.Model
	store  *scores.Store // nil until loaded, and when scores are not saved
	hist   history
	width  int
	height int
	margin int // left of the column the stats draw in, on a wide terminal
}

// New builds the stats screen. With nil stats it shows that
// they are loading, until a [LoadedMsg] arrives (send [LoadCmd]
// along with pushing the screen).
func New(st *scores.Stats, packs []*content.Pack, styles common.Styles) *Screen {
	s := &Screen{styles: styles, stats: st, names: statsNames{packs: packs}, keys: DefaultKeyMap(), help: common.NewKeyHelp(styles)}
	s.vp = viewport.New()
	s.vp.KeyMap = viewport.KeyMap{} // the screen's own keys drive it
	s.vp.MouseWheelEnabled = true
	return s
}

// Help returns the stats screen's keys.
func (s *Screen) Help() help.KeyMap { return s.keys }

// Title is the window title.
func (s *Screen) Title() string { return "brief · stats" }

// Update scrolls, goes back, and takes in loaded stats, sizes and themes.
func (s *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case LoadedMsg:
		s.stats, s.err, s.store = msg.Stats, msg.Err, msg.store
		s.layout()
	case attemptsLoadedMsg, pastLoadedMsg:
		s.historyLoaded(msg)
		s.layout()
		s.vp.GotoTop()
	case tea.WindowSizeMsg:
		s.height = msg.Height
		s.width, s.margin = common.Centre(msg.Width) // one column, centred, as on every screen
		s.layout()
	case common.ThemeMsg:
		s.styles = msg.Styles
		s.help.SetStyles(msg.Styles)
		s.layout()
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		s.vp, cmd = s.vp.Update(msg)
		s.fit()
		return s, cmd
	case tea.KeyPressMsg:
		if cmd, ok := s.historyKey(msg); ok {
			s.layout()
			return s, cmd
		}
		switch {
		case key.Matches(msg, s.keys.Back):
			return s, func() tea.Msg { return common.BackMsg{} }
		case key.Matches(msg, s.keys.Quit):
			return s, common.SaveAndQuit
		case key.Matches(msg, s.keys.Help):
			s.help.Toggle(s.keys)
			s.layout()
		default:
			s.keys.Scroll(&s.vp, msg)
		}
		s.fit()
	}
	return s, nil
}

// layout sizes the viewport between the title and the help and fills it
// with the stats drawn for the width.
func (s *Screen) layout() {
	if s.width <= 0 || s.height <= 0 {
		return
	}
	s.help.SetWidth(s.width - 2)
	s.help.SetMaxLines(s.height - 4) // the title, a line of stats, a gap
	s.vp.SetWidth(s.width)
	s.vp.SetHeight(max(1, s.height-2-common.LineCount(s.help.View(s.keys))))
	cursor := -1
	if s.hist.page == pageStats {
		s.vp.SetContentLines(s.bodyLines())
	} else {
		var lines []string
		lines, cursor = s.historyLines(s.width - 2)
		s.vp.SetContentLines(common.Indent(lines, 1))
	}
	s.fit()
	if cursor >= 0 {
		// Keep the row under the cursor in view.
		if y := s.vp.YOffset(); cursor < y {
			s.vp.SetYOffset(cursor)
		} else if bottom := y + s.vp.Height() - 1; cursor > bottom {
			s.vp.SetYOffset(cursor - s.vp.Height() + 1)
		}
	}
}

// fit enables the scroll keys that can move the view, labels the help
// key, and gives the viewport the lines the help leaves. The help's
// height and whether the view can scroll depend on each other, so it
// settles them twice; the second pass only ever frees lines.
func (s *Screen) fit() {
	for range 2 {
		up, down := !s.vp.AtTop(), !s.vp.AtBottom()
		for _, b := range []*key.Binding{&s.keys.Up, &s.keys.PageUp, &s.keys.Top} {
			b.SetEnabled(up)
		}
		for _, b := range []*key.Binding{&s.keys.Down, &s.keys.PageDown, &s.keys.Bottom} {
			b.SetEnabled(down)
		}
		s.historyKeys()
		s.keys.Help.SetHelp("?", common.HelpLabel(s.help, s.keys))
		s.vp.SetHeight(max(1, s.height-2-common.LineCount(s.help.View(s.keys))))
	}
}

// bodyLines is what the viewport scrolls: the stats, or a note while they
// load or when they could not be.
func (s *Screen) bodyLines() []string {
	width := s.width - 2 // a margin of one column on each side
	var lines []string
	switch {
	case s.err != nil:
		v := statsView{width: width}
		lines = v.wrap(s.styles.Error.Render("Could not load the stats: ") + s.err.Error())
	case s.stats == nil:
		lines = []string{s.styles.Note.Render("Loading your stats" + s.styles.Glyphs().Ellipsis)}
	default:
		v := statsView{st: s.stats, names: s.names, width: width, s: s.styles, emptyHint: "press esc and take one."}
		lines = v.lines()
	}
	return common.Indent(lines, 1)
}

// View draws the title line, the scrolling stats and the help.
func (s *Screen) View() string {
	st := s.styles
	title := st.AppName.Render("brief") + st.Subtle.Render(st.Glyphs().Dot+s.pageTitle())
	top := " " + st.Cut(title, s.width-1)
	if where := s.scrolled(); where != "" {
		// The scroll position goes at the right, apart from the title;
		// the title gives way to it on a narrow screen.
		where = st.Percent.Render(where)
		room := s.width - 1 - ansi.StringWidth(where)
		top = " " + st.Cut(title, room-2)
		top += strings.Repeat(" ", max(1, room-ansi.StringWidth(top))) + where
	}
	out := append(append([]string{top}, strings.Split(s.vp.View(), "\n")...), "")
	for _, l := range strings.Split(s.help.View(s.keys), "\n") {
		out = append(out, " "+st.Cut(l, s.width-1))
	}
	return strings.Join(common.Indent(out, s.margin), "\n")
}

// scrolled is where the view is in stats taller than the screen, in the
// words the quiz uses for the same thing: "↓ more · 0%", "↑↓ more · 40%";
// "" when the stats fit.
func (s *Screen) scrolled() string {
	if s.vp.AtTop() && s.vp.AtBottom() {
		return ""
	}
	g := s.styles.Glyphs()
	return common.MoreMark(g, !s.vp.AtTop(), !s.vp.AtBottom()) + g.Dot + formatPercent(100*s.vp.ScrollPercent())
}
