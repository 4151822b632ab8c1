package reader

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/quiz/scores"
)

// When the reader writes: every write is one command carrying the place
// (if it changed) and the reading time to record. It writes when the
// section on screen changes, saveDebounce after the last input, and on
// leaving (back, the quiz, quitting with q, which waits for the write).
// Apart from leaving, writes are at least minWriteGap apart; a write held
// back by the gap is made by the next debounce tick. A process that is
// killed (or ctrl+c, which quits at once) so loses at most the last
// couple of seconds.

const (
	// saveDebounce is how long after the last input the reader writes.
	saveDebounce = 2 * time.Second
	// minWriteGap is the least time between two writes while reading.
	minWriteGap = 3 * time.Second
)

// Store is the part of the score store the reader uses.
type Store interface {
	RecordReading(packID, articleID, section string, d time.Duration, words int) error
	SavePosition(packID, articleID string, offset int) error
	Position(packID, articleID string) (int, bool, error)
}

// StoreOf is the reader's store for the score store, nil when
// scores are not being saved.
func StoreOf(s *scores.Store) Store {
	if s == nil {
		return nil
	}
	return s
}

// saveTickMsg fires saveDebounce after an input; only the newest counts.
type saveTickMsg struct {
	seq int
}

// readerSavedMsg reports a write.
type readerSavedMsg struct {
	err error
}

// sectionTime is reading time to record for one section.
type sectionTime struct {
	slug  string
	d     time.Duration
	words int
}

// saveJob is one write, copied out of the model so the command never
// touches it.
type saveJob struct {
	store     Store
	packID    string
	articleID string
	place     int
	savePlace bool
	times     []sectionTime
}

// run writes the place and the reading time; it is the body of a command.
func (j saveJob) run() error {
	var errs []error
	if j.savePlace {
		errs = append(errs, j.store.SavePosition(j.packID, j.articleID, j.place))
	}
	for _, t := range j.times {
		errs = append(errs, j.store.RecordReading(j.packID, j.articleID, t.slug, t.d, t.words))
	}
	return errors.Join(errs...)
}

// saveJob collects what there is to write as of now, and false when there
// is nothing.
func (r *Screen) saveJob(now time.Time) (saveJob, bool) {
	if r.store == nil {
		return saveJob{}, false
	}
	j := saveJob{store: r.store, packID: r.pack.ID, articleID: r.art.ID}
	j.place, j.savePlace = r.placeToSave()
	for _, e := range r.reading.take(now) {
		if e.section < 0 || e.section >= len(r.art.Sections) {
			continue
		}
		sec := r.art.Sections[e.section]
		j.times = append(j.times, sectionTime{slug: sec.Slug, d: e.d, words: e.visits * sec.Words})
	}
	if !j.savePlace && len(j.times) == 0 {
		return saveJob{}, false
	}
	if j.savePlace {
		r.place.saved = j.place
	}
	r.lastWrite = now
	return j, true
}

// save writes what there is to write, in a command.
func (r *Screen) save(now time.Time) tea.Cmd {
	j, ok := r.saveJob(now)
	if !ok {
		return nil
	}
	return func() tea.Msg { return readerSavedMsg{err: j.run()} }
}

// Leave stops the reading time and returns a command that writes what is
// left and then delivers then (BackMsg, StartQuizMsg, tea.QuitMsg). A
// quit waits for the write; the others need not.
func (r *Screen) Leave(then tea.Msg) tea.Cmd {
	next := func() tea.Msg { return then }
	if r.store == nil {
		return next
	}
	now := r.clock.now()
	r.reading.stop(now)
	j, ok := r.saveJob(now)
	if !ok {
		return next
	}
	if _, quit := then.(tea.QuitMsg); quit {
		return func() tea.Msg {
			_ = j.run() // brief is closing: there is nowhere left to say it failed
			return then
		}
	}
	return tea.Batch(func() tea.Msg { return readerSavedMsg{err: j.run()} }, next)
}

// scheduleSave starts the debounce: a write saveDebounce after this input,
// or later if the last write was too recent.
func (r *Screen) scheduleSave(now time.Time) tea.Cmd {
	r.saveSeq++
	delay := max(saveDebounce, r.lastWrite.Add(minWriteGap).Sub(now))
	return r.clock.after(delay, saveTickMsg{seq: r.saveSeq})
}

// inputKind sorts messages into the student's own input, which keeps the
// reading time running, and sizes.
func inputKind(msg tea.Msg) (input, resize bool) {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseMsg, tea.PasteMsg:
		return true, false
	case tea.WindowSizeMsg:
		return false, true
	}
	return false, false
}

// beforeUpdate notes input before the reader acts on it: it keeps the
// reading time running and, once the student moves, the saved place
// that is still being looked up is no longer jumped to.
func (r *Screen) beforeUpdate(msg tea.Msg, now time.Time) {
	input, resize := inputKind(msg)
	switch {
	case input:
		r.reading.input(now)
		if r.place.asked && !r.place.known {
			r.place.moved = true
		}
	case resize && r.covered:
		// A screen is over the reader: its layout follows the terminal,
		// but nobody is reading it.
	case resize && !r.reading.begun:
		r.reading.start(r.currentSection(), now)
	case resize && r.reading.active:
		r.reading.input(now)
	}
}

// Cover says another screen is over the reader (a quiz, its start panel,
// help of the root's), or, with false, that the reader is shown again.
// Covered, it stops counting reading time; shown again, the next key or
// mouse event in it starts the count, as after leaving it.
func (r *Screen) Cover(covered bool) {
	if covered && !r.covered {
		r.reading.stop(r.clock.now())
	}
	r.covered = covered
}

// Covered reports whether another screen is over the reader.
func (r *Screen) Covered() bool { return r.covered }

// afterUpdate starts the place's look-up on the first size, follows the
// section on screen, and schedules the writes.
func (r *Screen) afterUpdate(msg tea.Msg, now time.Time) tea.Cmd {
	var cmds []tea.Cmd
	input, resize := inputKind(msg)
	if resize && r.place.remember && !r.place.asked {
		cmds = append(cmds, r.loadPlace())
	}
	if cur := r.currentSection(); cur != r.reading.section {
		r.reading.switchTo(cur, now)
		if now.Sub(r.lastWrite) >= minWriteGap {
			cmds = append(cmds, r.save(now))
		}
	}
	if input || resize {
		cmds = append(cmds, r.scheduleSave(now))
	}
	return tea.Batch(cmds...)
}
