package home

import (
	tea "charm.land/bubbletea/v2"

	"brief/content"
)

// Installed packs come to home partial, read from the library's index
// (content.Article.Partial): an article's body and questions are read
// when it is opened, in a command, and put in place here, in Update.

// articlesReadMsg brings articles read whole for home, and the message to
// send on once they are in place.
type articlesReadMsg struct {
	partial, whole []*content.Article
	err            error
	then           tea.Msg
}

// whole sends then once the articles it needs are whole: straight away
// when they are, else after a command has read them.
func (h *Screen) whole(then tea.Msg, articles ...*content.Article) tea.Cmd {
	var partial []*content.Article
	for _, a := range articles {
		if a.Partial() {
			partial = append(partial, a)
		}
	}
	if len(partial) == 0 {
		return func() tea.Msg { return then }
	}
	read := content.ReadWhole(partial)
	return func() tea.Msg {
		whole, err := read()
		return articlesReadMsg{partial: partial, whole: whole, err: err, then: then}
	}
}

// articlesRead puts the articles read in place and sends the message they
// were read for, or says why they could not be read. A second read of the
// same articles (a key pressed twice while the first was read) is
// dropped, so the article does not open twice.
func (h *Screen) articlesRead(msg articlesReadMsg) tea.Cmd {
	if msg.err != nil {
		h.notice = "Cannot open it: " + msg.err.Error()
		return nil
	}
	stillPartial := false
	for _, a := range msg.partial {
		stillPartial = stillPartial || a.Partial()
	}
	if !stillPartial {
		return nil
	}
	content.Fill(msg.partial, msg.whole)
	h.move(0) // the quiz key follows the questions read
	return func() tea.Msg { return msg.then }
}

// articles is every article home lists.
func (h *Screen) articles() []*content.Article {
	out := make([]*content.Article, len(h.items))
	for i, it := range h.items {
		out[i] = it.article
	}
	return out
}
