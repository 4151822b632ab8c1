package stats

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/quiz/scores"
	"brief/quiz/study"
)

// The attempt history: h on the stats lists the articles quizzed, enter
// lists an article's attempts, newest first, and enter on one shows it
// again question by question, with the answer given, the mark and the
// right answer, as the results screen did. esc goes back one page.

// page is which page of the stats screen is showing.
type page int

const (
	pageStats    page = iota // the stats themselves
	pageArticles             // the articles quizzed, to choose one
	pageAttempts             // the attempts at the chosen article
	pageAttempt              // one attempt, question by question
)

// history is where the student is in the attempt history.
type history struct {
	page     page
	articles []scores.ArticleStats // those with attempts
	article  int                   // the cursor on the articles
	attempts []scores.AttemptRow   // of the chosen article; nil while loading
	attempt  int                   // the cursor on the attempts
	past     *study.PastAttempt    // the attempt shown; nil while loading
	err      error                 // why the page could not be loaded
}

// attemptsLoadedMsg brings an article's attempts.
type attemptsLoadedMsg struct {
	pack, article string
	rows          []scores.AttemptRow
	err           error
}

// pastLoadedMsg brings an attempt rebuilt to be shown.
type pastLoadedMsg struct {
	id   int64
	past *study.PastAttempt
	err  error
}

// historyKey handles a key on a page of the history, or h on the stats,
// and reports whether it did; the scroll keys of an attempt are left to
// the screen.
func (s *Screen) historyKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	h := &s.hist
	if h.page == pageStats {
		if !key.Matches(msg, s.keys.History) || !s.keys.History.Enabled() {
			return nil, false
		}
		h.articles = h.articles[:0]
		for _, a := range s.stats.Articles {
			if a.Attempts > 0 {
				h.articles = append(h.articles, a)
			}
		}
		h.page, h.article = pageArticles, 0
		return nil, true
	}
	switch {
	case key.Matches(msg, s.keys.Back):
		h.page, h.err = h.page-1, nil
		return nil, true
	case key.Matches(msg, s.keys.Quit), key.Matches(msg, s.keys.Help):
		return nil, false // as on the stats
	}
	switch h.page {
	case pageArticles:
		return s.listKey(msg, &h.article, len(h.articles), s.openArticle), true
	case pageAttempts:
		return s.listKey(msg, &h.attempt, len(h.attempts), s.openAttempt), true
	case pageStats, pageAttempt:
	}
	return nil, false
}

// listKey moves the cursor of a list of n rows, and opens the row under
// it on enter.
func (s *Screen) listKey(msg tea.KeyPressMsg, cursor *int, n int, open func() tea.Cmd) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Up):
		*cursor = max(0, *cursor-1)
	case key.Matches(msg, s.keys.Down):
		*cursor = max(0, min(n-1, *cursor+1))
	case key.Matches(msg, s.keys.Top):
		*cursor = 0
	case key.Matches(msg, s.keys.Bottom):
		*cursor = max(0, n-1)
	case key.Matches(msg, s.keys.Open) && *cursor < n:
		return open()
	}
	return nil
}

// openArticle lists the attempts at the article under the cursor.
func (s *Screen) openArticle() tea.Cmd {
	h := &s.hist
	a := h.articles[h.article]
	h.page, h.attempts, h.attempt, h.err = pageAttempts, nil, 0, nil
	store := s.store
	return func() tea.Msg {
		rows, err := study.History(store, a.PackID, a.ArticleID)
		return attemptsLoadedMsg{pack: a.PackID, article: a.ArticleID, rows: rows, err: err}
	}
}

// openAttempt shows the attempt under the cursor again.
func (s *Screen) openAttempt() tea.Cmd {
	h := &s.hist
	id := h.attempts[h.attempt].ID
	h.page, h.past, h.err = pageAttempt, nil, nil
	store, packs := s.store, s.names.packs
	return func() tea.Msg {
		past, err := study.LoadPastAttempt(store, packs, id)
		return pastLoadedMsg{id: id, past: past, err: err}
	}
}

// historyLoaded takes in what a page asked for, if the student is still
// waiting for it there (not gone back, or on to another article).
func (s *Screen) historyLoaded(msg tea.Msg) {
	h := &s.hist
	switch msg := msg.(type) {
	case attemptsLoadedMsg:
		if a := h.articles[h.article]; h.page >= pageAttempts && a.PackID == msg.pack && a.ArticleID == msg.article {
			h.attempts, h.err = msg.rows, msg.err
		}
	case pastLoadedMsg:
		if h.page == pageAttempt && h.attempts[h.attempt].ID == msg.id {
			h.past, h.err = msg.past, msg.err
		}
	}
}

// historyKeys offers the keys of the page showing: h on the stats once
// there are attempts, and on a list the cursor keys and enter.
func (s *Screen) historyKeys() {
	h := &s.hist
	s.keys.History.SetEnabled(h.page == pageStats && s.stats != nil && s.stats.Answers > 0)
	rows, cursor := 0, 0
	switch h.page {
	case pageArticles:
		rows, cursor = len(h.articles), h.article
	case pageAttempts:
		rows, cursor = len(h.attempts), h.attempt
	case pageStats, pageAttempt:
		s.keys.Open.SetEnabled(false)
		return
	}
	s.keys.Open.SetEnabled(rows > 0 && h.err == nil)
	s.keys.Up.SetEnabled(cursor > 0)
	s.keys.Top.SetEnabled(cursor > 0)
	s.keys.Down.SetEnabled(cursor < rows-1)
	s.keys.Bottom.SetEnabled(cursor < rows-1)
	s.keys.PageUp.SetEnabled(false)
	s.keys.PageDown.SetEnabled(false)
}

// pageTitle names the page showing, for the title line.
func (s *Screen) pageTitle() string {
	switch s.hist.page {
	case pageArticles, pageAttempts:
		return "past attempts"
	case pageAttempt:
		return "an attempt"
	case pageStats:
	}
	return "your progress"
}
