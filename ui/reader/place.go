package reader

import (
	"time"

	"brief/ui/common"

	tea "charm.land/bubbletea/v2"
)

// The reader remembers where each article was left: opened from the home
// screen or `brief read`, it looks the place up and goes back there with a
// note in the footer. Opened at a section or a passage (from the quiz) it
// goes where it was asked and leaves the saved place alone.
//
// A place is saved as one number that does not depend on the width the
// text was wrapped to: the section index × placeScale, plus how far into
// the section the top of the view is, in parts of placeScale. Section 3,
// a quarter of the way in, is 32500.

// placeScale is the number of parts a section's place is measured in.
const placeScale = 10000

// noteFor is how long a note stays in the footer.
const noteFor = 4 * time.Second

// placeState is what the reader knows about the saved place.
type placeState struct {
	remember bool // look the place up on opening and save it as it changes
	asked    bool // the look-up was started
	known    bool // the look-up came back: saving may begin
	moved    bool // the student moved before it came back: do not jump
	saved    int  // the place as last saved or looked up; -1 for none
}

// placeLoadedMsg carries the saved place of the reader's article.
type placeLoadedMsg struct {
	pos int
	ok  bool
	err error
}

// NoteMsg puts a note in the reader's footer for a few seconds, as the
// root does when a quiz over the reader closes with something to say
// (an exam left with its clock paused) and there is no home to say it.
type NoteMsg struct{ Text string }

// noteExpiredMsg takes a note out of the footer; only the newest counts.
type noteExpiredMsg struct {
	seq int
}

// encodePlace turns an anchor into the number saved.
func encodePlace(a anchor) int {
	part := min(placeScale-1, max(0, int(a.frac*placeScale)))
	return max(0, a.section)*placeScale + part
}

// decodePlace turns a saved number back into an anchor, and false when it
// is no place in an article of that many sections (the article changed).
func decodePlace(pos, sections int) (anchor, bool) {
	if pos < 0 || pos/placeScale >= sections {
		return anchor{}, false
	}
	return anchor{section: pos / placeScale, frac: float64(pos%placeScale) / placeScale}, true
}

// loadPlace looks the saved place up in a command.
func (r *Screen) loadPlace() tea.Cmd {
	r.place.asked = true
	st, packID, articleID := r.store, r.pack.ID, r.art.ID
	return func() tea.Msg {
		pos, ok, err := st.Position(packID, articleID)
		return placeLoadedMsg{pos: pos, ok: ok, err: err}
	}
}

// placeLoaded goes to the saved place once it is known, unless the
// student has already moved or the place is the top.
func (r *Screen) placeLoaded(msg placeLoadedMsg) tea.Cmd {
	if msg.err != nil {
		// Saving now could overwrite a place that could not be read.
		return r.showProblem("Could not look up where you left off: " + msg.err.Error())
	}
	r.place.known, r.place.saved = true, -1
	if !msg.ok {
		return nil
	}
	r.place.saved = msg.pos
	a, ok := decodePlace(msg.pos, len(r.art.Sections))
	if !ok || r.place.moved || encodePlace(a) == 0 {
		return nil
	}
	r.pending = &a
	note := "Resumed where you left off" + r.theme.Styles.Glyphs().Dot + r.keys.Top.Help().Key + " to go to the top"
	return tea.Batch(r.show(), r.showNote(note))
}

// moved takes a note out of the footer once the view has moved from the
// line it was on, before: a note is said once ("Last section: the
// article ends here", "Resumed where you left off"), and stale after a
// move, a jump or a search would hide the section and the match count.
func (r *Screen) moved(before int) {
	if r.vp.YOffset() != before {
		r.movedOn()
	}
}

// movedOn takes the note out of the footer, unless it says what went
// wrong: that stays its few seconds.
func (r *Screen) movedOn() {
	if !r.problem {
		r.note = ""
	}
}

// showNote puts a note in the footer for a few seconds, or until the
// next key but help, or move (see moved).
func (r *Screen) showNote(text string) tea.Cmd {
	r.problem = false
	return r.putNote(text)
}

// showProblem puts a note of what went wrong in the footer for a few
// seconds, whatever the student does meanwhile.
func (r *Screen) showProblem(text string) tea.Cmd {
	r.problem = true
	return r.putNote(text)
}

// putNote puts a note in the footer, to expire after noteFor.
func (r *Screen) putNote(text string) tea.Cmd {
	r.note = common.CleanError(text)
	r.noteSeq++
	return r.clock.after(noteFor, noteExpiredMsg{seq: r.noteSeq})
}

// placeToSave is the place to save now, and false when there is nothing
// new to save or the place is not the reader's to save.
func (r *Screen) placeToSave() (int, bool) {
	if !r.place.remember || !r.place.known {
		return 0, false
	}
	pos := encodePlace(r.topAnchor())
	return pos, pos != r.place.saved
}
