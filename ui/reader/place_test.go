package reader

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz/scores"
	"brief/ui/common"
	"brief/ui/internal/uitest"
)

const resumedNote = "Resumed where you left off"

func TestReaderReturnsToThePlace(t *testing.T) {
	tests := map[string]struct {
		// Leave is how the student leaves the article; it reports
		// whether brief is still running (home on top).
		leave         func(d *driver, c *fakeClock) (running bool)
		width, height int // of the second visit
	}{
		"back with esc": {leave: func(d *driver, _ *fakeClock) bool {
			d.send(keyPress("esc"))
			return true
		}, width: 80, height: 24},
		"quit with q": {leave: func(d *driver, _ *fakeClock) bool {
			d.send(keyPress("q"))
			if !d.Quit {
				d.tb.Error("q did not quit")
			}
			return false
		}, width: 80, height: 24},
		"quit with ctrl+c at once": {leave: func(d *driver, _ *fakeClock) bool {
			d.send(keyPress("ctrl+c"))
			if !d.Quit {
				d.tb.Error("ctrl+c did not quit")
			}
			return false
		}, width: 80, height: 24},
		"killed a few seconds after the last key": {leave: func(d *driver, c *fakeClock) bool {
			// Keys close together are written at most minWriteGap
			// apart, so that is the most a killed reader loses.
			d.wait(c, minWriteGap)
			return false
		}, width: 80, height: 24},
		"reopened on a narrower terminal": {leave: func(d *driver, _ *fakeClock) bool {
			d.send(keyPress("esc"))
			return true
		}, width: 40, height: 12},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st, c := openStore(t), newFakeClock()
			d := drive(t, newRootWithStore(t, st), 80, 24)
			r := openFromHome(t, d, c, Options{Remember: true})
			d.send(keyPresses("]", "]", "j", "j", "j")...)
			before := r.topAnchor()
			if before.section != 2 || before.frac == 0 {
				t.Fatalf("test setup: the reader is at %+v, want inside section 2", before)
			}
			d.wait(c, 500*time.Millisecond)
			if !tc.leave(d, c) {
				d = drive(t, newRootWithStore(t, st), tc.width, tc.height)
			} else {
				d.send(tea.WindowSizeMsg{Width: tc.width, Height: tc.height})
			}

			r = openFromHome(t, d, c, Options{Remember: true})
			after := r.topAnchor()
			tolerance := 1/float64(r.doc.spans[after.section]) + 1e-9
			if after.section != before.section || math.Abs(after.frac-before.frac) > tolerance {
				t.Errorf("reopened at %+v, want %+v (±%.3f)", after, before, tolerance)
			}
			if v := ansi.Strip(d.view()); !strings.Contains(v, resumedNote) {
				t.Errorf("no note that the place was resumed:\n%s", v)
			}
			d.wait(c, noteFor)
			if v := ansi.Strip(d.view()); strings.Contains(v, resumedNote) {
				t.Errorf("the note is still there after %v:\n%s", noteFor, v)
			}
			d.send(keyPress("g"))
			if r.vp.YOffset() != 0 {
				t.Errorf("g left the view at line %d, want the top", r.vp.YOffset())
			}
		})
	}
}

// The note that the reader resumed goes with the first scroll, before
// its time is up, but not with a key that does not move the text.
func TestResumedNoteGoesOnScroll(t *testing.T) {
	tests := map[string]struct {
		key      string
		wantNote bool
	}{
		"g":           {"g", false},
		"page down":   {"pgdown", false},
		"page up":     {"b", false},
		"a line down": {"j", false},
		"help":        {"?", true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st, c := openStore(t), newFakeClock()
			d := readArticle(t, st, c, 80, 24)
			d.send(keyPresses("]", "]", "j", "q")...)
			d = readArticle(t, st, c, 80, 24)
			if v := ansi.Strip(d.view()); !strings.Contains(v, resumedNote) {
				t.Fatalf("no note that the place was resumed:\n%s", v)
			}
			d.send(keyPress(tc.key))
			if got := strings.Contains(ansi.Strip(d.view()), resumedNote); got != tc.wantNote {
				t.Errorf("note shown after %s = %v, want %v", tc.key, got, tc.wantNote)
			}
		})
	}
}

func TestBriefReadReturnsToThePlace(t *testing.T) {
	st, c := openStore(t), newFakeClock()
	d := readArticle(t, st, c, 80, 24)
	d.send(keyPresses("]", "]", "q")...)
	if !d.Quit {
		t.Fatal("q did not quit")
	}
	d = readArticle(t, st, c, 80, 24)
	if got := d.reader().currentSection(); got != 2 {
		t.Errorf("brief read reopened at section %d, want 2", got)
	}
	if v := ansi.Strip(d.view()); !strings.Contains(v, resumedNote) {
		t.Errorf("no note that the place was resumed:\n%s", v)
	}
}

func TestReaderSavedPlaces(t *testing.T) {
	tests := map[string]struct {
		saved       int // -1: never opened
		opts        Options
		wantSection int
		wantNote    bool
	}{
		"never opened":                      {saved: -1, opts: Options{Remember: true}},
		"left at the top":                   {saved: 0, opts: Options{Remember: true}},
		"left in section 3":                 {saved: 3 * placeScale, opts: Options{Remember: true}, wantSection: 3, wantNote: true},
		"a section the article lost":        {saved: 40 * placeScale, opts: Options{Remember: true}},
		"opened at a section from the quiz": {saved: 3 * placeScale, opts: Options{Section: 1}, wantSection: 1},
		"opened at a passage":               {saved: 3 * placeScale, opts: Options{Highlight: "Vostochny"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st, c := openStore(t), newFakeClock()
			p := defaultPack(t)
			if tc.saved >= 0 {
				if err := st.SavePosition(p.ID, p.Articles[0].ID, tc.saved); err != nil {
					t.Fatal(err)
				}
			}
			d := drive(t, newRootWithStore(t, st), 80, 40)
			r := openFromHome(t, d, c, tc.opts)
			if got := r.currentSection(); got != tc.wantSection {
				t.Errorf("opened at section %d, want %d", got, tc.wantSection)
			}
			if got := strings.Contains(ansi.Strip(d.view()), resumedNote); got != tc.wantNote {
				t.Errorf("resumed note shown = %v, want %v", got, tc.wantNote)
			}
			// Reading on and leaving saves the place only when the
			// article was opened to be read.
			d.send(keyPresses("]", "j", "esc")...)
			pos, ok, err := st.Position(p.ID, p.Articles[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			if tc.opts.Remember {
				if want := encodePlace(r.topAnchor()); !ok || pos != want {
					t.Errorf("saved place = %d (%v), want %d", pos, ok, want)
				}
			} else if ok != (tc.saved >= 0) || (ok && pos != tc.saved) {
				t.Errorf("a reader opened at a place overwrote the saved place: %d (%v), was %d", pos, ok, tc.saved)
			}
		})
	}
}

func TestReaderWithoutStore(t *testing.T) {
	d := drive(t, newRoot(t, defaultPack(t), true), 80, 24)
	d.send(keyPresses("enter", "]", "]", "j", "esc", "enter")...)
	r := d.reader()
	if r.topAnchor() != (anchor{}) {
		t.Errorf("without a store the article reopened at %+v, want the top", r.topAnchor())
	}
	if strings.Contains(ansi.Strip(d.view()), resumedNote) {
		t.Error("without a store the reader claims to have resumed")
	}
	d.send(keyPress("q"))
	if !d.Quit {
		t.Error("q did not quit")
	}
}

func TestMovingBeforeThePlaceArrivesStays(t *testing.T) {
	st, c := openStore(t), newFakeClock()
	p := defaultPack(t)
	if err := st.SavePosition(p.ID, p.Articles[0].ID, 3*placeScale); err != nil {
		t.Fatal(err)
	}
	d := drive(t, newRootWithStore(t, st), 80, 24)
	r := New(d.m.theme, Options{Pack: p, Article: p.Articles[0], CanGoBack: true, Store: st, Remember: true})
	r.clock = c.clock()
	d.run(d.m.push(stateReader, r))
	var place tea.Msg
	for i, msg := range d.Queue {
		if _, ok := msg.(placeLoadedMsg); ok {
			place = msg
			d.Queue = append(d.Queue[:i:i], d.Queue[i+1:]...)
			break
		}
	}
	if place == nil {
		t.Fatal("opening the article did not look its place up")
	}
	d.settle()
	d.send(keyPress("j"), place)
	if got := r.vp.YOffset(); got != 1 {
		t.Errorf("the saved place pulled the view to line %d after the student moved to line 1", got)
	}
}

// brokenStore is a store that cannot be read or written.
type brokenStore struct{}

var errBroken = errors.New("disk I/O error")

func (brokenStore) RecordReading(string, string, string, time.Duration, int) error { return errBroken }

func (brokenStore) SavePosition(string, string, int) error { return errBroken }

func (brokenStore) Position(string, string) (int, bool, error) { return 0, false, errBroken }

func TestReaderSaysWhenTheStoreFails(t *testing.T) {
	c := newFakeClock()
	d := drive(t, newRoot(t, defaultPack(t), true), 80, 24)
	r := openFromHome(t, d, c, Options{Remember: true})
	r.store, r.place = brokenStore{}, placeState{remember: true}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := ansi.Strip(d.view()); !strings.Contains(v, "Could not look up where you left off") {
		t.Errorf("a failed look-up is not reported:\n%s", v)
	}
	d.wait(c, noteFor)
	d.wait(c, time.Minute)
	d.send(keyPresses("]", "]")...)
	if v := ansi.Strip(d.view()); !strings.Contains(v, "Could not save") {
		t.Errorf("a failed write is not reported:\n%s", v)
	}
	if r.place.known {
		t.Error("after a failed look-up the place would be saved over")
	}
}

func TestPlaceEncoding(t *testing.T) {
	tests := map[string]struct {
		a    anchor
		want int
	}{
		"the top":                    {anchor{}, 0},
		"a quarter into section 3":   {anchor{3, 0.25}, 32500},
		"the last part of a section": {anchor{1, 0.99999}, 19999},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := encodePlace(tc.a)
			if got != tc.want {
				t.Errorf("encodePlace(%+v) = %d, want %d", tc.a, got, tc.want)
			}
			back, ok := decodePlace(got, 4)
			if !ok || back.section != tc.a.section || math.Abs(back.frac-tc.a.frac) > 1.0/placeScale {
				t.Errorf("decodePlace(%d) = %+v, %v; want %+v", got, back, ok, tc.a)
			}
		})
	}
	for _, bad := range []int{-1, 4 * placeScale} {
		if a, ok := decodePlace(bad, 4); ok {
			t.Errorf("decodePlace(%d) in a 4-section article = %+v, want no place", bad, a)
		}
	}
}

func TestOpenArticleRemembersOnlyWhenOpenedToRead(t *testing.T) {
	st := openStore(t)
	p := defaultPack(t)
	a := p.Articles[0]
	tests := map[string]struct {
		store        *scores.Store
		msg          common.OpenArticleMsg
		wantRemember bool
	}{
		"from home":        {st, common.OpenArticleMsg{Pack: p, Article: a}, true},
		"at a section":     {st, common.OpenArticleMsg{Pack: p, Article: a, Section: 2}, false},
		"at a passage":     {st, common.OpenArticleMsg{Pack: p, Article: a, Highlight: "Vostochny"}, false},
		"scores not saved": {nil, common.OpenArticleMsg{Pack: p, Article: a}, false},
		"brief read":       {st, common.OpenArticleMsg{}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			// The options as the root makes them: for the message, or
			// for `brief read`.
			o := Options{Pack: p, Article: a, Remember: true}
			if tc.msg.Article != nil {
				o = OpenOptions(tc.msg)
			}
			o.Store = StoreOf(tc.store)
			r := New(uitest.Theme(), o) // not started: no timers wait
			if r.place.remember != tc.wantRemember {
				t.Errorf("remember = %v, want %v", r.place.remember, tc.wantRemember)
			}
			if got := r.store != nil; got != (tc.store != nil) {
				t.Errorf("reader has a store = %v, want %v", got, tc.store != nil)
			}
		})
	}
}
