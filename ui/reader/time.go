package reader

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// How the reader measures reading time, for the stats' time spent
// reading and words per minute per section. The section on screen is the
// one the footer names (the section at the top of the view). Time runs
// from the first size the reader is given, and counts toward the section
// on screen; every key, mouse event or resize is input, and time more
// than idleAfter past the last input is not counted (the student went
// away). Leaving the reader stops the count; the next key or mouse event
// in it starts it again. Apart from that, every moment in the reader
// counts, so the total matches a stopwatch: an earlier rule that dropped
// short visits whole lost most of the time of a student scrolling line
// by line, whose section on screen changes every few lines.
//
// Words are what make a speed, and a skim must not make one: a
// section's words are counted once per opening of the article, with the
// first record after the student has spent long enough on it, in all
// visits of that opening, to read its words at maxWPM (and at least
// minVisit). Time on a section passed through or skimmed still counts
// toward the time read; its words do not, and the stats call a section
// read faster than a person reads "skimmed". Coming back to a section
// adds time, not words again, so the stats' words over time is a
// reading speed however the student moved about.

const (
	// idleAfter is how long after the last input time still counts.
	idleAfter = 2 * time.Minute
	// minVisit is the least time on a section before its words count.
	minVisit = 2 * time.Second
	// maxWPM is the fastest believable reading speed, in words a minute:
	// a section's words count once its time reaches them at this speed.
	maxWPM = 1000
)

// readerClock is where the reader gets the time and its timers from, so
// tests can drive them without waiting.
type readerClock struct {
	now func() time.Time
	// after returns a command that delivers msg once d has passed.
	after func(d time.Duration, msg tea.Msg) tea.Cmd
}

// systemClock is the real time and Bubble Tea's timers.
func systemClock() readerClock {
	return readerClock{
		now: time.Now,
		after: func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		},
	}
}

// readingEntry is time spent on one section, ready to be recorded.
type readingEntry struct {
	section int
	d       time.Duration
	visits  int // 1 when the section's words go with this time, else 0
}

// readingLog measures the time spent on each section. It does no I/O:
// the reader takes its entries and records them in a command.
type readingLog struct {
	begun     bool // the first size has been seen
	active    bool // counting (false before the start and after leaving)
	section   int  // the section on screen
	since     time.Time
	lastInput time.Time
	pending   []readingEntry        // time not yet taken, one entry per section
	spent     map[int]time.Duration // time on each section since the article was opened
	credited  map[int]bool          // sections whose words went with an entry
	// words is the number of words of a section; nil counts only
	// minVisit.
	words func(section int) int
}

// least is how long a student must spend on a section before its words
// count: its words at maxWPM, and at least minVisit.
func (l *readingLog) least(section int) time.Duration {
	d := minVisit
	if l.words != nil {
		d = max(d, time.Duration(l.words(section))*time.Minute/maxWPM)
	}
	return d
}

// start begins counting toward the section on screen.
func (l *readingLog) start(section int, now time.Time) {
	l.begun, l.active = true, true
	l.section, l.since, l.lastInput = section, now, now
}

// accrue adds the time since the last call to the section on screen,
// except what lies more than idleAfter past the last input.
func (l *readingLog) accrue(now time.Time) {
	if !l.active {
		return
	}
	end := now
	if limit := l.lastInput.Add(idleAfter); end.After(limit) {
		end = limit
	}
	if d := end.Sub(l.since); d > 0 {
		l.add(l.section, d)
	}
	if now.After(l.since) {
		l.since = now
	}
}

// add files d of time on section, with the section's words the first
// time its time in this opening reaches least.
func (l *readingLog) add(section int, d time.Duration) {
	if l.spent == nil {
		l.spent, l.credited = map[int]time.Duration{}, map[int]bool{}
	}
	l.spent[section] += d
	e := readingEntry{section: section, d: d}
	if !l.credited[section] && l.spent[section] >= l.least(section) {
		l.credited[section] = true
		e.visits = 1
	}
	for i := range l.pending {
		if l.pending[i].section == section {
			l.pending[i].d += e.d
			l.pending[i].visits += e.visits
			return
		}
	}
	l.pending = append(l.pending, e)
}

// input notes a key, mouse event or resize at now; after leaving, it
// starts counting again.
func (l *readingLog) input(now time.Time) {
	if !l.active {
		l.start(l.section, now)
		return
	}
	l.accrue(now)
	l.lastInput = now
}

// switchTo counts the time so far toward the section that was on screen,
// and from now on toward another.
func (l *readingLog) switchTo(section int, now time.Time) {
	l.accrue(now)
	l.section = section
}

// stop ends the count, on leaving the reader.
func (l *readingLog) stop(now time.Time) {
	l.accrue(now)
	l.active = false
}

// take returns the time to record as of now, one entry per section.
func (l *readingLog) take(now time.Time) []readingEntry {
	l.accrue(now)
	out := l.pending
	l.pending = nil
	return out
}
