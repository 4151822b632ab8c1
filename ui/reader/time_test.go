package reader

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/quiz/scores"
)

// fakeClock is a reader clock that moves only when a test says; its
// timers fire as the test waits past them.
type fakeClock struct {
	t      time.Time
	timers []fakeTimer
}

type fakeTimer struct {
	at  time.Time
	msg tea.Msg
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.Local)}
}

// clock is the reader clock reading this fake.
func (c *fakeClock) clock() readerClock {
	return readerClock{
		now: func() time.Time { return c.t },
		after: func(d time.Duration, msg tea.Msg) tea.Cmd {
			at := c.t.Add(d)
			return func() tea.Msg {
				c.timers = append(c.timers, fakeTimer{at, msg})
				return nil
			}
		},
	}
}

// wait moves the clock on by d, delivering each timer's message at its
// time, in order.
func (d *driver) wait(c *fakeClock, dur time.Duration) {
	d.tb.Helper()
	end := c.t.Add(dur)
	for {
		i := -1
		for k, tm := range c.timers {
			if !tm.at.After(end) && (i < 0 || tm.at.Before(c.timers[i].at)) {
				i = k
			}
		}
		if i < 0 {
			c.t = end
			return
		}
		tm := c.timers[i]
		c.timers = slices.Delete(c.timers, i, i+1)
		if tm.at.After(c.t) {
			c.t = tm.at
		}
		d.send(tm.msg)
	}
}

// openStore is a score store in a fresh directory.
func openStore(t *testing.T) *scores.Store {
	t.Helper()
	st, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// readArticle opens the default article the way `brief read` does, with a
// store and a fake clock, at width × height.
func readArticle(t *testing.T, st *scores.Store, c *fakeClock, width, height int) *driver {
	t.Helper()
	p := defaultPack(t)
	m := newHost(t, p, st)
	r := New(m.theme, Options{Pack: p, Article: p.Articles[0], Store: StoreOf(st), Remember: true})
	r.clock = c.clock()
	m.push(stateReader, r)
	return drive(t, m, width, height)
}

// readingBySection is the recorded reading time and words per section
// slug of the default article.
func readingBySection(t *testing.T, st *scores.Store, c *fakeClock) map[string]scores.SectionStats {
	t.Helper()
	stats, err := st.Stats(c.t)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]scores.SectionStats{}
	for _, s := range stats.Sections {
		if s.Reading > 0 {
			out[s.Section] = s
		}
	}
	return out
}

func TestReadingTimePerSection(t *testing.T) {
	type step struct {
		wait time.Duration
		key  string
	}
	tests := map[string]struct {
		steps []step
		// want is the time per section index; a section's words are
		// counted visits[i] times (once per opening, or not at all).
		want   map[int]time.Duration
		visits map[int]int
	}{
		"time goes to the section on screen": {
			steps:  []step{{30 * time.Second, "]"}, {15 * time.Second, "]"}, {20 * time.Second, "q"}},
			want:   map[int]time.Duration{0: 30 * time.Second, 1: 15 * time.Second, 2: 20 * time.Second},
			visits: map[int]int{0: 1, 1: 1, 2: 1},
		},
		"idle time is capped": {
			steps:  []step{{10 * time.Minute, "]"}, {15 * time.Second, "q"}},
			want:   map[int]time.Duration{0: idleAfter, 1: 15 * time.Second},
			visits: map[int]int{0: 1, 1: 1},
		},
		"input keeps the time running": {
			steps:  []step{{90 * time.Second, "j"}, {90 * time.Second, "j"}, {90 * time.Second, "q"}},
			want:   map[int]time.Duration{0: 270 * time.Second},
			visits: map[int]int{0: 1},
		},
		"passing through a section counts its time, not its words": {
			steps:  []step{{30 * time.Second, "]"}, {500 * time.Millisecond, "]"}, {40 * time.Second, "q"}},
			want:   map[int]time.Duration{0: 30 * time.Second, 1: 500 * time.Millisecond, 2: 40 * time.Second},
			visits: map[int]int{0: 1, 2: 1},
		},
		"coming back adds time, not the words again": {
			steps:  []step{{30 * time.Second, "]"}, {15 * time.Second, "["}, {25 * time.Second, "q"}},
			want:   map[int]time.Duration{0: 55 * time.Second, 1: 15 * time.Second},
			visits: map[int]int{0: 1, 1: 1},
		},
		// The lead is 349 words: 21s at 1000 words a minute.
		"skimming a section faster than 1000 wpm counts its time, not its words": {
			steps:  []step{{15 * time.Second, "]"}, {30 * time.Second, "q"}},
			want:   map[int]time.Duration{0: 15 * time.Second, 1: 30 * time.Second},
			visits: map[int]int{1: 1},
		},
		"skims that add up to reading count the words once": {
			steps:  []step{{15 * time.Second, "]"}, {30 * time.Second, "["}, {10 * time.Second, "q"}},
			want:   map[int]time.Duration{0: 25 * time.Second, 1: 30 * time.Second},
			visits: map[int]int{0: 1, 1: 1},
		},
		"jumping through every section a few seconds each records the time and no words": {
			steps: []step{{3 * time.Second, "]"}, {4 * time.Second, "]"}, {5 * time.Second, "]"}, {6 * time.Second, "q"}},
			want:  map[int]time.Duration{0: 3 * time.Second, 1: 4 * time.Second, 2: 5 * time.Second, 3: 6 * time.Second},
		},
		"a skim that goes on to be read counts whole": {
			steps:  []step{{15 * time.Second, "j"}, {15 * time.Second, "q"}},
			want:   map[int]time.Duration{0: 30 * time.Second},
			visits: map[int]int{0: 1},
		},
		"leaving with esc stops the count": {
			steps:  []step{{30 * time.Second, "esc"}, {time.Hour, ""}},
			want:   map[int]time.Duration{0: 30 * time.Second},
			visits: map[int]int{0: 1},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st, c := openStore(t), newFakeClock()
			home := drive(t, newRootWithStore(t, st), 80, 24)
			d := home
			openFromHome(t, d, c, Options{Remember: true})
			sections := d.reader().art.Sections
			for _, s := range tc.steps {
				d.wait(c, s.wait)
				if s.key != "" {
					d.send(keyPress(s.key))
				}
			}
			got := readingBySection(t, st, c)
			for i, sec := range sections {
				g := got[sec.Slug]
				if g.Reading != tc.want[i] {
					t.Errorf("section %d (%s): read for %v, want %v", i, sec.Slug, g.Reading, tc.want[i])
				}
				if want := tc.visits[i] * sec.Words; g.Words != want {
					t.Errorf("section %d (%s): %d words read, want %d", i, sec.Slug, g.Words, want)
				}
			}
		})
	}
}

// openFromHome opens the default article over the screen on top, as
// OpenArticleMsg does, with the given options, the root's store and the
// fake clock.
func openFromHome(t *testing.T, d *driver, c *fakeClock, o Options) *Screen {
	t.Helper()
	p := defaultPack(t)
	o.Pack, o.Article, o.CanGoBack = p, p.Articles[0], true
	o.Store = StoreOf(d.m.cfg.Store)
	r := New(d.m.theme, o)
	r.clock = c.clock()
	d.run(d.m.push(stateReader, r))
	d.settle()
	return d.reader()
}

// writeLog is a store that notes when the reader writes.
type writeLog struct {
	Store
	clock *fakeClock
	at    []time.Time
}

func (w *writeLog) note() {
	if n := len(w.at); n == 0 || !w.at[n-1].Equal(w.clock.t) {
		w.at = append(w.at, w.clock.t)
	}
}

func (w *writeLog) RecordReading(packID, articleID, section string, d time.Duration, words int) error {
	w.note()
	return w.Store.RecordReading(packID, articleID, section, d, words)
}

func (w *writeLog) SavePosition(packID, articleID string, offset int) error {
	w.note()
	return w.Store.SavePosition(packID, articleID, offset)
}

func TestReaderWritesAreSpacedOut(t *testing.T) {
	st, c := openStore(t), newFakeClock()
	d := drive(t, newRootWithStore(t, st), 80, 24)
	log := &writeLog{Store: st, clock: c}
	p := defaultPack(t)
	r := New(d.m.theme, Options{Pack: p, Article: p.Articles[0], CanGoBack: true, Store: log, Remember: true})
	r.clock = c.clock()
	d.run(d.m.push(stateReader, r))
	d.settle()
	// Reading steadily, a key every half second, across sections.
	for _, k := range []string{"j", "]", "j", "j", "]", "j", "[", "j", "j", "]", "j", "j"} {
		d.wait(c, 3*time.Second)
		d.send(keyPress(k))
		d.wait(c, 500*time.Millisecond)
	}
	d.wait(c, time.Minute)
	if len(log.at) < 2 {
		t.Fatalf("only %d writes while reading for a minute and a half", len(log.at))
	}
	// "Once every few seconds" at most.
	const least = 2 * time.Second
	for i := 1; i < len(log.at); i++ {
		if gap := log.at[i].Sub(log.at[i-1]); gap < least {
			t.Errorf("writes %d and %d are %v apart, want at least %v", i-1, i, gap, least)
		}
	}
	pos, ok, err := st.Position(p.ID, p.Articles[0].ID)
	if want := encodePlace(r.topAnchor()); !ok || err != nil || pos != want {
		t.Errorf("saved place = %d, %v, %v a minute after the last key; want %d", pos, ok, err, want)
	}
}

func TestReadingLog(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	tests := map[string]struct {
		run  func(l *readingLog)
		want []readingEntry
	}{
		"a visit in one piece, and one too short for its words": {
			run: func(l *readingLog) {
				l.start(0, t0)
				l.switchTo(1, at(40*time.Second))
				l.stop(at(41 * time.Second))
			},
			want: []readingEntry{{section: 0, d: 40 * time.Second, visits: 1}, {section: 1, d: time.Second}},
		},
		"taking part of a visit counts its words once": {
			run: func(l *readingLog) {
				l.start(0, t0)
				l.take(at(10 * time.Second))
				l.input(at(20 * time.Second))
				l.stop(at(25 * time.Second))
			},
			want: []readingEntry{{section: 0, d: 15 * time.Second}},
		},
		"a stopped log counts nothing until input": {
			run: func(l *readingLog) {
				l.start(0, t0)
				l.stop(at(5 * time.Second))
				l.take(at(5 * time.Second))
				l.input(at(time.Hour))
				l.stop(at(time.Hour + 3*time.Second))
			},
			want: []readingEntry{{section: 0, d: 3 * time.Second}}, // its words went with the first 5s
		},
		"idle time after the last input is capped once": {
			run: func(l *readingLog) {
				l.start(0, t0)
				l.take(at(time.Minute))
				l.stop(at(time.Hour))
			},
			want: []readingEntry{{section: 0, d: idleAfter - time.Minute}},
		},
		"words count once a section's time reaches them at maxWPM": {
			run: func(l *readingLog) {
				l.words = func(section int) int { return 500 * (section + 1) } // 30s, 60s
				l.start(0, t0)
				l.switchTo(1, at(29*time.Second)) // 29s for 500 words: not yet
				l.switchTo(0, at(89*time.Second)) // 60s for 1000 words: read
				l.stop(at(120 * time.Second))     // 60s in all for 500 words: read
			},
			want: []readingEntry{{section: 0, d: 60 * time.Second, visits: 1}, {section: 1, d: 60 * time.Second, visits: 1}},
		},
		"visits to one section are merged": {
			run: func(l *readingLog) {
				l.start(2, t0)
				l.switchTo(3, at(10*time.Second))
				l.switchTo(2, at(20*time.Second))
				l.stop(at(25 * time.Second))
			},
			want: []readingEntry{{section: 2, d: 15 * time.Second, visits: 1}, {section: 3, d: 10 * time.Second, visits: 1}},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var l readingLog
			tc.run(&l)
			if got := l.take(at(2 * time.Hour)); !slices.Equal(got, tc.want) {
				t.Errorf("entries = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// A student scrolling a line or a page every few seconds, as people read, is in the
// reader for as long as a stopwatch says, however often the section on
// screen changes; the words of each section they read count once.
func TestReadingTimeMatchesAStopwatch(t *testing.T) {
	st, c := openStore(t), newFakeClock()
	d := drive(t, newRootWithStore(t, st), 80, 24)
	openFromHome(t, d, c, Options{Remember: true})
	// A line or two, now and then a page, and a look back: the pace of
	// the end-to-end test, for three minutes.
	pace := []struct {
		key   string
		pause time.Duration
	}{{"j", 2 * time.Second}, {"j", 2 * time.Second}, {"space", 4 * time.Second}, {"j", 3 * time.Second}, {"k", time.Second}}
	var want time.Duration
	for i := 0; want < 3*time.Minute; i++ {
		p := pace[i%len(pace)]
		d.wait(c, p.pause)
		d.send(keyPress(p.key))
		want += p.pause
	}
	d.send(keyPress("esc"))
	var total time.Duration
	words := 0
	for _, s := range readingBySection(t, st, c) {
		total += s.Reading
		words += s.Words
	}
	if total != want {
		t.Errorf("read for %v by the stats, %v by the stopwatch", total, want)
	}
	if wpm := float64(words) / total.Minutes(); words == 0 || wpm > 450 {
		t.Errorf("%d words in %v is %.0f wpm; a line every 3s is a reading pace", words, total, wpm)
	}
}

// Time with another screen over the reader (the quiz, its start panel) is
// not reading time, though the reader beneath follows every resize; the
// count starts again with the next key once it is shown again.
func TestCoveredReaderCountsNoTime(t *testing.T) {
	st, c := openStore(t), newFakeClock()
	d := drive(t, newRootWithStore(t, st), 80, 24)
	r := openFromHome(t, d, c, Options{Remember: true})
	d.wait(c, 30*time.Second)
	r.Cover(true)
	for range 4 {
		d.wait(c, 30*time.Second)
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	}
	r.Cover(false)
	d.wait(c, time.Minute) // shown again, not yet touched
	d.send(keyPress("j"))
	d.wait(c, 10*time.Second)
	d.send(keyPress("q"))
	lead := r.art.Sections[0].Slug
	if got := readingBySection(t, st, c)[lead].Reading; got != 40*time.Second {
		t.Errorf("read for %v, want 40s: the 30s before the quiz and the 10s after the first key", got)
	}
}
