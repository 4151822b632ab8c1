package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"brief/content"
)

// Screen is one full-window part of the interface. See the package
// documentation for how the root routes messages to screens.
type Screen interface {
	// Update handles a message and returns the screen (usually itself)
	// and a command.
	Update(msg tea.Msg) (Screen, tea.Cmd)
	// View draws the screen within the size of the last tea.WindowSizeMsg.
	View() string
	// Help is the screen's current keys, for tests and for help views.
	Help() help.KeyMap
}

// OpenArticleMsg asks the root to open an article in the reader, at a
// section and with a search term highlighted if given (the quiz review's
// "show me in the text").
type OpenArticleMsg struct {
	Pack      *content.Pack
	Article   *content.Article
	Section   int    // index into Article.Sections; 0 is the start
	Highlight string // a passage to highlight whole and scroll to (esc then goes straight back); may be empty
	BackTo    string // the screen esc goes back to, for its hint ("quiz": "esc back to quiz"); may be empty
}

// OpenStatsMsg asks the root to open the stats screen (s on home).
type OpenStatsMsg struct{}

// StartQuizMsg asks the root to start the quiz of an article. The reader
// sends it on z when the article has questions; the quiz screens handle it.
type StartQuizMsg struct {
	Pack    *content.Pack
	Article *content.Article
}

// BackMsg asks the root to close the screen on top and show the one
// beneath. On the first screen it does nothing.
type BackMsg struct{}

// HomeMsg asks the root to close every screen above the home screen
// and show Note there until the next key: leaving an exam unfinished goes
// home ("Exam left · clock paused at 12:34"), not into the article it was
// taken over. Without a home screen it closes every screen above the
// first.
type HomeMsg struct{ Note string }

// OpenReviewMsg asks the root to start a review of every question due in
// the packs (r on home). The root loads it in a command; a ReviewLoadedMsg
// brings it back, and opens the quiz screen on it or tells home that
// nothing is due.
type OpenReviewMsg struct{}

// SaveAndQuitMsg asks the root to quit once everything is saved, as
// ctrl+c does. q sends it on the screens that may have something still to
// save (the reader, the results), so that every quit waits in one place,
// for everything at once.
type SaveAndQuitMsg struct{}

// SaveAndQuit is the command of q on a screen that may have something
// still to save.
func SaveAndQuit() tea.Msg { return SaveAndQuitMsg{} }
