package reader

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/ui/common"
)

// Options is how a reader is opened.
type Options struct {
	Pack      *content.Pack
	Article   *content.Article
	MaxWidth  int    // the longest line of text; 0 means 80 (ui.Config.Width)
	Section   int    // section to open at
	Highlight string // a passage to highlight once the text is shown
	CanGoBack bool   // whether esc returns to a screen beneath
	BackTo    string // the name of that screen, for the hint; may be empty
	// Store is where the place and the reading time are saved; nil saves
	// nothing.
	Store Store
	// Remember says to go back to the saved place and keep it up to
	// date: true when the article is opened to be read (from home or
	// `brief read`), not to show a section or a passage.
	Remember bool
}

// OpenOptions is how a reader is opened for an OpenArticleMsg: over the
// screen that sent it, so esc goes back, and keeping the saved place only
// when the article is opened to be read, not to show a section or a
// passage. The caller adds MaxWidth and Store.
func OpenOptions(msg common.OpenArticleMsg) Options {
	return Options{
		Pack: msg.Pack, Article: msg.Article, Section: msg.Section, Highlight: msg.Highlight,
		CanGoBack: true, BackTo: msg.BackTo, Remember: msg.Section == 0 && msg.Highlight == "",
	}
}

// Screen shows one article: a header, the rendered text in a viewport and
// a footer with the section, progress and keys.
type Screen struct {
	theme     common.Theme
	keys      KeyMap
	help      common.KeyHelp
	vp        viewport.Model
	pack      *content.Pack
	art       *content.Article
	canGoBack bool
	maxWidth  int

	width, height int // the whole screen
	textWidth     int // the wrap width for this screen width

	doc       document
	cache     map[int][][]string // width → lines of each section (nil: not rendered)
	gen       int                // theme generation; renders of older ones are dropped
	firstBusy renderKey          // the on-screen render in flight, if any
	bgBusy    bool               // whether a background render is in flight
	resizeSeq int
	pending   *anchor // a jump waiting for its section to be rendered
	toEnd     bool    // G was pressed before the end was rendered: stay at the end
	err       error

	search search
	toc    *toc

	store     Store // nil: nothing is saved
	clock     readerClock
	reading   readingLog
	covered   bool // another screen is over this one (see Cover)
	place     placeState
	lastWrite time.Time // of the place and reading time
	saveSeq   int
	// note is shown in the footer, in place of the section and the
	// search, until it expires or, unless it is a problem, the student
	// moves on (see moved).
	note    string
	problem bool // the note says what went wrong: it stays its time
	noteSeq int
}

// readerHeaderLines is the height of the header: titles, facts, rule.
const readerHeaderLines = 3

// New opens an article. Nothing is rendered until the first
// tea.WindowSizeMsg says how wide to render.
func New(theme common.Theme, o Options) *Screen {
	r := &Screen{
		theme: theme, keys: DefaultKeyMap(), help: common.NewKeyHelp(theme.Styles),
		vp:   viewport.New(),
		pack: o.Pack, art: o.Article, canGoBack: o.CanGoBack, maxWidth: o.MaxWidth,
		cache:  map[int][][]string{},
		search: newSearch(theme.Styles),
		store:  o.Store, clock: systemClock(),
		place: placeState{remember: o.Remember && o.Store != nil, saved: -1},
	}
	sections := o.Article.Sections
	r.reading.words = func(i int) int {
		if i < 0 || i >= len(sections) {
			return 0
		}
		return sections[i].Words
	}
	// Keys are the reader's own: the viewport only scrolls when told.
	r.vp.KeyMap = viewport.KeyMap{}
	r.vp.MouseWheelEnabled = true
	r.keys.Quiz.SetEnabled(len(o.Article.Questions) > 0)
	if o.BackTo != "" {
		r.keys.Back.SetHelp("esc", "back to "+o.BackTo)
	}
	if o.Section > 0 && o.Section < len(o.Article.Sections) {
		r.pending = &anchor{section: o.Section}
	}
	if q := strings.Trim(common.OneLine(o.Highlight), " "+quoteMarks); q != "" {
		r.search.query = q
		r.search.tail = passageTail(common.OneLine(o.Highlight))
		r.search.passage = true
		r.search.jumpOnShow = true
	}
	r.setKeys()
	return r
}

// Help returns the keys that apply right now.
func (r *Screen) Help() help.KeyMap {
	switch {
	case r.search.typing:
		return DefaultSearchKeyMap()
	case r.toc != nil:
		return r.toc.keys
	}
	return r.keys
}

// Article is the article shown.
func (r *Screen) Article() *content.Article { return r.art }

// Title is the window title.
func (r *Screen) Title() string { return "brief — " + r.art.Title }

// Update handles sizes, themes, render results and keys, and keeps the
// saved place and the reading time up to date.
func (r *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	if r.store == nil {
		return r, r.update(msg)
	}
	now := r.clock.now()
	r.beforeUpdate(msg, now)
	cmd := r.update(msg)
	return r, tea.Batch(cmd, r.afterUpdate(msg, now))
}

// update acts on a message.
func (r *Screen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return r.resize(msg.Width, msg.Height)
	case resizeTickMsg:
		if msg.seq != r.resizeSeq {
			return nil
		}
		return r.show()
	case sectionsRenderedMsg:
		return r.rendered(msg)
	case common.ThemeMsg:
		return r.retheme(msg.Theme)
	case placeLoadedMsg:
		return r.placeLoaded(msg)
	case saveTickMsg:
		if msg.seq != r.saveSeq {
			return nil
		}
		return r.save(r.clock.now())
	case readerSavedMsg:
		if msg.err != nil {
			return r.showProblem("Could not save your place and reading time: " + msg.err.Error())
		}
		return nil
	case NoteMsg:
		return r.showNote(msg.Text)
	case noteExpiredMsg:
		if msg.seq == r.noteSeq {
			r.note = ""
		}
		return nil
	case tea.MouseWheelMsg:
		before := r.vp.YOffset()
		r.vp, _ = r.vp.Update(msg)
		r.moved(before)
		return nil
	case tea.KeyPressMsg:
		before := r.vp.YOffset()
		defer r.moved(before)
		switch {
		case r.search.typing:
			return r.typeSearch(msg)
		case r.toc != nil:
			return r.updateTOC(msg)
		}
		if !key.Matches(msg, r.keys.Help) {
			r.movedOn() // a note is said once: the next key moves on from it
		}
		return r.handleKey(msg)
	}
	if r.search.typing {
		// Cursor blinks and the like belong to the search input.
		var cmd tea.Cmd
		r.search.input, cmd = r.search.input.Update(msg)
		return cmd
	}
	return nil
}

// resize lays the screen out for a new size and, when the text width
// changed, re-renders after the size has settled. The first size renders
// at once: there is nothing on screen to keep.
func (r *Screen) resize(width, height int) tea.Cmd {
	old := r.textWidth
	r.width, r.height = width, height
	r.layout()
	if r.textWidth == old && r.doc.width != 0 {
		return nil
	}
	if r.doc.width == 0 {
		return r.show()
	}
	r.resizeSeq++
	seq := r.resizeSeq
	return tea.Tick(resizeDebounce, func(time.Time) tea.Msg { return resizeTickMsg{seq: seq} })
}

// layout sizes the viewport to what the header and footer leave.
func (r *Screen) layout() {
	r.textWidth = r.wrapWidth()
	x, w := r.column()
	// The hints may use the whole width right of the text's margin, so
	// a wide terminal shows them all; the help leaves the text a line.
	r.help.SetWidth(max(1, r.width-x))
	r.help.SetMaxLines(r.height - readerHeaderLines - 2)
	// Open, the help says what ? does next, as the quiz's and home's do.
	label := "help"
	if r.help.ShowAll {
		label = common.HelpLabel(r.help, r.keys)
	}
	r.keys.Help.SetHelp("?", label)
	footer := 1 + common.LineCount(r.helpView())
	r.vp.SetWidth(r.textWidth)
	r.vp.SetHeight(max(1, r.height-readerHeaderLines-footer))
	r.search.input.SetWidth(max(1, w-2))
}

// retheme restyles the reader and, if the Glamour style changed,
// re-renders the text in place.
func (r *Screen) retheme(t common.Theme) tea.Cmd {
	restyle := t.Markdown != r.theme.Markdown
	r.theme = t
	r.help.SetStyles(t.Styles)
	common.StyleInput(&r.search.input, t.Styles)
	if !restyle {
		r.refresh()
		return nil
	}
	r.gen++
	r.cache = map[int][][]string{}
	if r.textWidth == 0 {
		return nil
	}
	return r.show()
}

// handleKey acts on a key while the text has the focus.
func (r *Screen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := r.keys
	switch {
	case key.Matches(msg, k.Quit):
		return common.SaveAndQuit // the root saves every reader and quiz (quitSaving)
	case key.Matches(msg, k.ClearSearch):
		r.clearSearch()
	case key.Matches(msg, k.Back):
		return r.Leave(common.BackMsg{})
	case key.Matches(msg, k.Help):
		r.help.Toggle(r.keys)
		r.layout()
	case key.Matches(msg, k.Down):
		r.vp.ScrollDown(1)
	case key.Matches(msg, k.Up):
		r.vp.ScrollUp(1)
	case key.Matches(msg, k.PageDown):
		r.vp.PageDown()
	case key.Matches(msg, k.PageUp):
		r.vp.PageUp()
	case key.Matches(msg, k.HalfPageDown):
		r.vp.HalfPageDown()
	case key.Matches(msg, k.HalfPageUp):
		r.vp.HalfPageUp()
	case key.Matches(msg, k.Top):
		r.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		return r.goToEnd()
	case key.Matches(msg, k.NextMatch):
		r.stepMatch(1)
	case key.Matches(msg, k.PrevMatch):
		r.stepMatch(-1)
	case key.Matches(msg, k.NextSection):
		return r.nextSection()
	case key.Matches(msg, k.PrevSection):
		return r.goToSection(r.previousSection())
	case key.Matches(msg, k.Contents):
		r.toc = newTOC(r.art.Sections, r.currentSection())
		r.help.Close()
		r.layout()
	case key.Matches(msg, k.Search):
		r.help.Close()
		r.layout()
		return r.search.open()
	case key.Matches(msg, k.Quiz):
		return r.Leave(common.StartQuizMsg{Pack: r.pack, Article: r.art})
	}
	return nil
}

// updateTOC handles a key while the table of contents is open.
func (r *Screen) updateTOC(msg tea.KeyPressMsg) tea.Cmd {
	jump, closed, quit := r.toc.update(msg)
	if quit {
		return common.SaveAndQuit // the root saves every reader and quiz (quitSaving)
	}
	if closed || jump >= 0 {
		r.toc = nil
		r.layout()
	}
	if jump >= 0 {
		return r.goToSection(jump)
	}
	return nil
}

// percent is how far through the article the reader is: exact once all
// of it is rendered, estimated from word counts before.
func (r *Screen) percent() int {
	if r.complete() {
		return int(r.vp.ScrollPercent()*100 + 0.5)
	}
	a := r.topAnchor()
	total, before := 0, 0.0
	for i, s := range r.art.Sections {
		total += s.Words
		switch {
		case i < a.section:
			before += float64(s.Words)
		case i == a.section:
			before += a.frac * float64(s.Words)
		}
	}
	if total == 0 {
		return 0
	}
	return int(100*before/float64(total) + 0.5)
}
