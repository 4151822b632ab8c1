// Package ui is brief's terminal interface: one root Bubble Tea model that
// routes messages to a stack of screens (home, reader, and the quiz,
// results and stats screens).
//
// # Screens
//
// A screen is anything implementing [common.Screen]. Its View returns a plain
// string of at most the size it was last given; only the root returns a
// tea.View and sets the alternate screen, mouse mode and window title.
//
// The root keeps the screens in a stack. Messages are routed like this:
//   - key, mouse and paste messages go to the screen on top only;
//   - tea.WindowSizeMsg and [common.ThemeMsg] go to every screen on the stack, and
//     a screen that is pushed is sent both straight away, so a screen learns
//     its size and theme from messages alone;
//   - what a screen's command produces (a tick, a save's result) goes back
//     to that screen only, wherever it is on the stack: push and every
//     update address a screen's commands to its entry (see addressed), so
//     no screen checks whether a message is its own;
//   - the root's own requests (BackMsg, OpenArticleMsg, …) it acts on;
//   - any other message (home's notes) goes to every screen on the stack.
//
// # Adding a screen
//
// To add a screen (the quiz, results and stats screens do this):
//  1. add a state constant below;
//  2. give it a message that opens it (like [common.OpenArticleMsg] or
//     [common.StartQuizMsg]) and, in [Model.Update], a case that builds the screen
//     and calls m.push(state, screen, start), start being its start-up
//     commands;
//  3. have the screen send [common.BackMsg] to close itself (the root pops it and
//     the screen beneath is shown again, resized and re-themed), or
//     tea.Quit to leave brief.
//
// A screen may also implement Title() string, the terminal window title
// while it is on top.
package ui

import (
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
	"brief/ui/home"
	"brief/ui/reader"
	"brief/ui/stats"
)

// Config is what the CLI hands the interface.
type Config struct {
	// Packs are the packs to offer; the first is the default.
	Packs []*content.Pack
	// Pack is the id of the pack to open; empty means the first pack.
	Pack string
	// Article is the id of an article to open directly in the reader;
	// empty opens the home screen.
	Article string
	// Style is a Glamour style name (see content.Styles); "auto" or empty
	// follows the terminal's background and colour support.
	Style string
	// Width is the longest line of article text; 0 means a comfortable 80
	// columns. It is capped at content.MaxTextWidth and the terminal width.
	Width int
	// Status, if set, returns a short note per article for the home list
	// ("best 8/10", "review due"), as study.HomeStatus makes it. It is
	// called while drawing, so it must be cheap: look up what is already
	// in memory, do no I/O. With a Store, it is made again from the store
	// in a command each time home is on top again after a quiz or a
	// review.
	Status func(p *content.Pack, a *content.Article) string
	// SavingNotice is shown in the quiz when scores are not being saved.
	SavingNotice string
	// Store is the score store for the stats screen, reviews and the
	// reader's saved places; nil when scores are not being saved.
	Store *scores.Store
	// Writer is the one path by which every quiz begun inside the
	// interface is recorded; nil makes one on Store. The interface
	// flushes it when it ends.
	Writer *study.Writer
	// Start names the screen the interface opens on: the home screen (or
	// the reader, when Article is set) unless it says otherwise.
	Start Start
	// Quiz is the quiz StartQuiz opens.
	Quiz *QuizConfig
	// QuizPanel makes StartQuiz open the start panel of Quiz's article
	// (`brief quiz` with no flags), where the student sets the quiz up or
	// takes the pack's assignment, rather than Quiz's session.
	QuizPanel bool
	// Review is the review StartReview opens.
	Review *quiz.ReviewPlan
	// ReviewMisses says Review is the questions missed today, nothing
	// being due (study.LoadReviewOrMisses), as r on home gives.
	ReviewMisses bool
	// Class is the class report StartClass opens.
	Class *ClassConfig
	// DataDir is the student's data folder, where their name is kept
	// (internal/profile); empty keeps a name typed for the run only.
	DataDir string
	// OpenStore, when Store is nil, opens the score store in the
	// background, so the first frame need not wait for it; it returns the
	// store, or nil and the notice to show instead of saving.
	OpenStore func() (*scores.Store, string)
	// Mouse turns the mouse on (--mouse): the wheel scrolls. Off, the
	// terminal keeps it, and its selection works as anywhere else.
	Mouse bool
}

// state names the kind of screen on top of the stack.
type state int

const (
	stateHome state = iota
	stateReader
	stateQuiz    // reserved for the quiz screen
	stateResults // reserved for the results screen
	stateStats   // reserved for the stats screen
	stateClass   // the class screen of `brief class`
)

// entry is one screen on the stack.
type entry struct {
	state  state
	screen common.Screen
	id     int // what the screen's messages are addressed to (see addressed)
}

// Model is the root model: it owns the screen stack, the window size and
// the theme, and routes messages to the screens.
type Model struct {
	cfg     Config
	stack   []entry
	width   int
	height  int
	isDark  bool
	noColor bool
	theme   common.Theme
	// renderers holds one Markdown renderer per Glamour style, so going
	// back to a style reuses its cached Glamour renderers.
	renderers map[string]*content.Renderer
	// writer records every quiz, in order, and a quit waits for it
	// (see quit.go).
	writer *study.Writer
	// saveBound is how long a quit waits for it: study.SaveBound but in
	// tests.
	saveBound time.Duration
	// leaving is set when a quit begins (ctrl+c, or q through
	// saveAndQuit): brief quits once everything is saved, and says so
	// meanwhile, since a busy store can take seconds.
	leaving bool
	// interrupted says brief was left with ctrl+c, which exits as an
	// interrupted command does (Run returns ErrInterrupted).
	interrupted bool
	// confirmingQuit is set while q asks whether to quit with a quiz
	// open (see quit_confirm.go).
	confirmingQuit bool
	// start is the start-up commands of the screens New opened (a
	// quiz's clock and recording, the stats' loading), which Init runs.
	start tea.Cmd
	// lastID is the id of the latest entry (see addressed).
	lastID int
	// storeSettled is set once the store Config.OpenStore opens in the
	// background has opened or failed to; until then the screens that
	// read or save through it: the first one asked for waits in
	// heldForStore (see store_open.go).
	storeSettled bool
	heldForStore tea.Msg
}

// newModel builds the root model with an empty stack: its writer, and
// its theme from the configured style.
func newModel(cfg Config) (*Model, error) {
	if len(cfg.Packs) == 0 && cfg.Start != StartStats && cfg.Start != StartClass {
		return nil, errors.New("no packs to show: give a pack, or use the embedded one")
	}
	m := &Model{cfg: cfg, isDark: true, renderers: map[string]*content.Renderer{}, writer: cfg.Writer, saveBound: study.SaveBound}
	if m.writer == nil {
		m.writer = study.NewWriter(cfg.Store)
	}
	if dark, fixed := common.StyleBackground(cfg.Style); fixed {
		m.isDark = dark
	}
	theme, err := m.makeTheme()
	if err != nil {
		return nil, err
	}
	m.theme = theme
	return m, nil
}

// findPack returns the pack with the given id, or the first pack.
func (m *Model) findPack(id string) (*content.Pack, error) {
	if id == "" {
		return m.cfg.Packs[0], nil
	}
	for _, p := range m.cfg.Packs {
		if p.ID == id {
			return p, nil
		}
	}
	return nil, fmt.Errorf("no pack with id %q is loaded", id)
}

// makeTheme builds the theme for the current background and colour
// support, reusing the renderer for a style already made.
func (m *Model) makeTheme() (common.Theme, error) {
	style := common.GlamourStyle(m.cfg.Style, m.isDark, m.noColor)
	r, ok := m.renderers[style]
	if !ok {
		var err error
		if r, err = content.NewRenderer(style); err != nil {
			return common.Theme{}, err
		}
		m.renderers[style] = r
	}
	return common.Theme{Styles: common.StylesFor(style, m.isDark), IsDark: m.isDark, Markdown: r}, nil
}

// Init asks the terminal for its background colour and starts the
// screens New opened: a quiz's clock and recording, the stats' loading.
// The home screen and the reader need nothing else to start: the reader
// renders on the first tea.WindowSizeMsg.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.start, m.openStore())
}

// Update routes a message to the screens; see the package documentation.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.leaving && opensScreen(msg) {
		// A request sent just before the quit began: its screen would
		// start saving (a quiz's new attempt) behind the quit's back.
		return m, nil
	}
	if m.holdForStore(msg) {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, m.broadcast(msg)
	case tea.BackgroundColorMsg:
		if _, fixed := common.StyleBackground(m.cfg.Style); fixed {
			return m, nil // the chosen style decides, not the terminal
		}
		m.isDark = msg.IsDark()
		return m, m.retheme()
	case tea.ColorProfileMsg:
		m.noColor = msg.Profile <= colorprofile.ASCII
		return m, m.retheme()
	case common.SaveAndQuitMsg:
		return m, m.askQuit()
	case storeOpenedMsg:
		return m, m.storeOpened(msg)
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case tea.MouseMsg, tea.PasteMsg:
		if m.leaving || m.confirmingQuit {
			return m, nil
		}
		return m, m.updateTop(msg)
	case common.OpenArticleMsg:
		o := reader.OpenOptions(msg)
		o.MaxWidth, o.Store = m.cfg.Width, reader.StoreOf(m.cfg.Store)
		return m, m.push(stateReader, reader.New(m.theme, o), nil)
	case common.StartQuizMsg:
		s, cmd := m.openQuiz(msg)
		if s == nil {
			return m, nil
		}
		return m, m.push(stateQuiz, s, cmd)
	case common.OpenStatsMsg:
		s := stats.New(nil, m.cfg.Packs, m.theme.Styles)
		return m, m.push(stateStats, s, stats.LoadCmd(m.cfg.Store))
	case common.OpenReviewMsg:
		return m, m.loadReview()
	case ReviewLoadedMsg:
		return m, m.reviewLoaded(msg)
	case addressed:
		return m, m.deliver(msg)
	case common.HomeMsg:
		return m, m.goHome(msg.Note)
	case common.BackMsg:
		if m.alone() {
			return m, m.startLeaving() // back from `brief stats` or `brief class` leaves it
		}
		return m, tea.Batch(m.pop(), m.homeShown())
	}
	return m, m.broadcast(msg)
}

// key handles a key: ctrl+c quits from anywhere; otherwise the key goes
// to the question asked over the screens (see quit_confirm.go), or to
// the screen on top, unless brief is quitting.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case msg.String() == "ctrl+c":
		m.interrupted = true
		return m.startLeaving()
	case m.leaving:
		return nil // no screen changes under the saving note
	case m.confirmingQuit:
		return m.confirmQuit(msg)
	}
	return m.updateTop(msg)
}

// opensScreen reports whether a message asks the root to open a screen.
func opensScreen(msg tea.Msg) bool {
	switch msg.(type) {
	case common.OpenArticleMsg, common.StartQuizMsg, common.OpenStatsMsg, common.OpenReviewMsg, ReviewLoadedMsg:
		return true
	}
	return false
}

// updateTop sends a message to the screen on top of the stack.
func (m *Model) updateTop(msg tea.Msg) tea.Cmd {
	return m.updateAt(len(m.stack)-1, msg)
}

// broadcast sends a message to every screen on the stack.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i := range m.stack {
		cmds = append(cmds, m.updateAt(i, msg))
	}
	return tea.Batch(cmds...)
}

// retheme rebuilds the theme after the background or colour profile
// became known and tells the screens if anything changed.
func (m *Model) retheme() tea.Cmd {
	theme, err := m.makeTheme()
	if err != nil {
		// Only a configured style can fail, and New has checked it.
		return nil
	}
	if theme.IsDark == m.theme.IsDark && theme.Markdown == m.theme.Markdown {
		return nil
	}
	m.theme = theme
	return m.broadcast(common.ThemeMsg{Theme: theme})
}

// push puts a screen on top of the stack, with start, the commands that
// start it (a quiz's clock, the stats' loading), and tells it the window
// size. It is the only way onto the stack, so every screen's commands
// are addressed to it (see addressed).
func (m *Model) push(st state, s common.Screen, start tea.Cmd) tea.Cmd {
	if len(m.stack) > 0 {
		coverReader(m.top().screen, true)
	}
	m.stack = append(m.stack, entry{state: st, screen: s, id: m.newID()})
	start = tag(m.top().id, start)
	if m.width == 0 && m.height == 0 {
		return start
	}
	return tea.Batch(start, m.updateTop(tea.WindowSizeMsg{Width: m.width, Height: m.height}))
}

// pop closes the screen on top, unless it is the only one.
func (m *Model) pop() tea.Cmd {
	if len(m.stack) <= 1 {
		return nil
	}
	// The screen beneath has had every resize and theme change while it
	// was covered, so it can be shown as it is.
	m.stack = m.stack[:len(m.stack)-1]
	coverReader(m.top().screen, false)
	return nil
}

// coverReader tells a reader that a screen now covers it, or that it is
// shown again, so that it counts reading time only while it is read.
func coverReader(s common.Screen, covered bool) {
	if r, ok := s.(*reader.Screen); ok {
		r.Cover(covered)
	}
}

// top is the screen being shown.
func (m *Model) top() entry { return m.stack[len(m.stack)-1] }

// homeShown reloads the home screen's notes per article in a command
// when home is on top again (after a quiz or a review has closed), so
// "best 62% · 3 due" and the assignment's attempts left follow what was
// just answered.
func (m *Model) homeShown() tea.Cmd {
	if m.top().state != stateHome {
		return nil
	}
	store := m.cfg.Store
	if store == nil {
		return m.studentNotes()
	}
	return tea.Batch(m.studentNotes(), func() tea.Msg {
		status, err := study.HomeNotes(store, time.Now())
		return home.StatusMsg{Status: status, Err: err}
	})
}
