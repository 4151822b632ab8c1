package reader

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// How the reader measures reading time, for the stats' words per minute
// per section. The section on screen is the one the footer names (the
// section at the top of the view). Time runs from the first size the
// reader is given, and counts toward the section on screen; every key,
// mouse event or resize is input, and time more than idleAfter past the
// last input is not counted (the student went away). Leaving the reader
// stops the count; the next key or mouse event in it starts it again.
//
// The time on one section between arriving and leaving is a visit. A
// visit counts as reading once it has lasted long enough to read the
// section's words at maxWPM, and at least minVisit. A shorter visit is
// passing through or skimming (jumping over sections with ] or the
// contents) and is dropped whole: neither its words nor its time are
// recorded, since the store keeps one figure for both the time read and
// the speed, and crediting a skim's words would show speeds no one reads
// at. A visit that counts has the section's words counted once, with its
// first record, so the stats' total words over total time is a reading
// speed however a visit was split into records.

const (
	// idleAfter is how long after the last input time still counts.
	idleAfter = 2 * time.Minute
	// minVisit is the shortest visit to a section that counts as reading.
	minVisit = 2 * time.Second
	// maxWPM is the fastest believable reading speed, in words a minute:
	// a visit must last the section's words at this speed to count.
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
	visits  int // visits begun in this time: the section's words count once for each
}

// readingLog measures the time spent on each section. It does no I/O:
// the reader takes its entries and records them in a command.
type readingLog struct {
	begun     bool // the first size has been seen
	active    bool // counting (false before the start and after leaving)
	section   int  // the section on screen
	since     time.Time
	lastInput time.Time
	visit     time.Duration // time of the current visit not yet taken
	credited  bool          // the current visit's words went with an earlier entry
	done      []readingEntry
	// words is the number of words of a section; nil counts only
	// minVisit.
	words func(section int) int
}

// least is how long a visit to a section must last to count as reading:
// its words at maxWPM, and at least minVisit.
func (l *readingLog) least(section int) time.Duration {
	d := minVisit
	if l.words != nil {
		d = max(d, time.Duration(l.words(section))*time.Minute/maxWPM)
	}
	return d
}

// start begins a visit to the section on screen.
func (l *readingLog) start(section int, now time.Time) {
	l.begun, l.active = true, true
	l.section, l.since, l.lastInput = section, now, now
	l.visit, l.credited = 0, false
}

// accrue adds the time since the last call to the visit, except what lies
// more than idleAfter past the last input.
func (l *readingLog) accrue(now time.Time) {
	if !l.active {
		return
	}
	end := now
	if limit := l.lastInput.Add(idleAfter); end.After(limit) {
		end = limit
	}
	if d := end.Sub(l.since); d > 0 {
		l.visit += d
	}
	if now.After(l.since) {
		l.since = now
	}
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

// switchTo ends the visit to the section on screen and begins one to
// another.
func (l *readingLog) switchTo(section int, now time.Time) {
	if l.active {
		l.accrue(now)
		l.endVisit()
	}
	l.section = section
}

// stop ends the visit and the count, on leaving the reader.
func (l *readingLog) stop(now time.Time) {
	if !l.active {
		return
	}
	l.accrue(now)
	l.endVisit()
	l.active = false
}

// endVisit files the current visit, if it counts.
func (l *readingLog) endVisit() {
	l.fileVisit()
	l.visit, l.credited = 0, false
}

// fileVisit moves the current visit's time so far to the entries to
// record, when it counts: the rest of a visit already credited, or a
// visit long enough to be reading (see least).
func (l *readingLog) fileVisit() {
	switch {
	case l.credited && l.visit > 0:
		l.done = append(l.done, readingEntry{section: l.section, d: l.visit})
	case !l.credited && l.visit >= l.least(l.section):
		l.done = append(l.done, readingEntry{section: l.section, d: l.visit, visits: 1})
		l.credited = true
	default:
		return
	}
	l.visit = 0
}

// take returns the time to record as of now, one entry per section: the
// visits that ended and the current one so far, if it counts yet.
func (l *readingLog) take(now time.Time) []readingEntry {
	if l.active {
		l.accrue(now)
		l.fileVisit()
	}
	var out []readingEntry
	for _, e := range l.done {
		merged := false
		for i := range out {
			if out[i].section == e.section {
				out[i].d += e.d
				out[i].visits += e.visits
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	l.done = nil
	return out
}
