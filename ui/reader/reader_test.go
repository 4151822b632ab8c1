package reader

import (
	"math"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// openReader is a driver on the default article at 80x24, fully rendered.
func openReader(t *testing.T) *driver {
	t.Helper()
	d := drive(t, newRoot(t, defaultPack(t), false), 80, 24)
	if r := d.reader(); !r.complete() {
		t.Fatalf("article not fully rendered after settling: starts %v", r.doc.starts)
	}
	return d
}

func TestReaderKeysMove(t *testing.T) {
	tests := map[string]struct {
		keys        []string
		wantSection int
		// wantOffset gives the expected top line from the document and
		// the viewport height.
		wantOffset func(d document, height int) int
	}{
		"j scrolls a line":                     {[]string{"j"}, 0, func(document, int) int { return 1 }},
		"down arrow scrolls a line":            {[]string{"j", "j", "k"}, 0, func(document, int) int { return 1 }},
		"space pages down":                     {[]string{"space"}, 0, func(_ document, h int) int { return h }},
		"pgdown pages down":                    {[]string{"pgdown"}, 0, func(_ document, h int) int { return h }},
		"b pages back up":                      {[]string{"space", "b"}, 0, func(document, int) int { return 0 }},
		"G goes to the bottom":                 {[]string{"G"}, 3, func(d document, h int) int { return len(d.lines) - h }},
		"end goes to the bottom":               {[]string{"end"}, 3, func(d document, h int) int { return len(d.lines) - h }},
		"g returns to the top":                 {[]string{"G", "g"}, 0, func(document, int) int { return 0 }},
		"] goes to the next section":           {[]string{"]"}, 1, func(d document, _ int) int { return d.starts[1] }},
		"n without a search is ]":              {[]string{"n"}, 1, func(d document, _ int) int { return d.starts[1] }},
		"] twice":                              {[]string{"]", "]"}, 2, func(d document, _ int) int { return d.starts[2] }},
		"[ goes back a section":                {[]string{"]", "]", "["}, 1, func(d document, _ int) int { return d.starts[1] }},
		"p goes back a section":                {[]string{"]", "p"}, 0, func(document, int) int { return 0 }},
		"[ inside a section goes to its start": {[]string{"]", "j", "j", "["}, 1, func(d document, _ int) int { return d.starts[1] }},
		"[ at the top stays":                   {[]string{"["}, 0, func(document, int) int { return 0 }},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := openReader(t)
			d.send(keyPresses(tc.keys...)...)
			r := d.reader()
			if got := r.currentSection(); got != tc.wantSection {
				t.Errorf("section = %d, want %d", got, tc.wantSection)
			}
			if got, want := r.vp.YOffset(), tc.wantOffset(r.doc, r.vp.Height()); got != want {
				t.Errorf("top line = %d, want %d", got, want)
			}
		})
	}
}

func TestReaderFooterShowsSectionAndPercent(t *testing.T) {
	d := openReader(t)
	if v := ansi.Strip(d.view()); !strings.Contains(v, "Introduction") || !strings.Contains(v, "0%") {
		t.Errorf("footer at the top should name the lead and 0%%:\n%s", v)
	}
	d.send(keyPress("G"))
	// At the end the footer says so, and what there is to do next.
	if v := ansi.Strip(d.view()); !strings.Contains(v, "End of article - z: quiz, 37 questions") || !strings.Contains(v, "100%") {
		t.Errorf("footer at the bottom should say the article ends, offer its quiz and say 100%%:\n%s", v)
	}
}

func TestScrollingNeverRenders(t *testing.T) {
	for _, k := range []string{"j", "k", "space", "b", "G", "g", "]", "[", "n", "p", "end", "home"} {
		t.Run(k, func(t *testing.T) {
			d := openReader(t)
			r := d.reader()
			_, cmd := d.m.Update(keyPress(k))
			if cmd != nil {
				t.Errorf("key %q returned a command; scrolling rendered text should need none", k)
			}
			if len(r.cache) != 1 {
				t.Errorf("cache holds %d widths after scrolling, want 1", len(r.cache))
			}
		})
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	d := openReader(t)
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if got := d.reader().vp.YOffset(); got != 3 {
		t.Errorf("after one wheel notch down the top line is %d, want 3", got)
	}
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if got := d.reader().vp.YOffset(); got != 0 {
		t.Errorf("after wheel up the top line is %d, want 0", got)
	}
}

func TestTableOfContents(t *testing.T) {
	tests := map[string]struct {
		keys        []string
		wantOpen    bool
		wantSection int
	}{
		"t opens it":                   {[]string{"t"}, true, 0},
		"esc closes without moving":    {[]string{"t", "j", "esc"}, false, 0},
		"t closes it again":            {[]string{"t", "t"}, false, 0},
		"enter jumps":                  {[]string{"t", "j", "j", "enter"}, false, 2},
		"the cursor stops at the end":  {[]string{"t", "j", "j", "j", "j", "j", "j", "enter"}, false, 3},
		"opens on the current section": {[]string{"]", "t", "enter"}, false, 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := openReader(t)
			d.send(keyPresses(tc.keys...)...)
			r := d.reader()
			if got := r.toc != nil; got != tc.wantOpen {
				t.Errorf("contents open = %v, want %v", got, tc.wantOpen)
			}
			if got := r.currentSection(); got != tc.wantSection {
				t.Errorf("section = %d, want %d", got, tc.wantSection)
			}
			if tc.wantOpen && !strings.Contains(ansi.Strip(d.view()), "Contents") {
				t.Errorf("open contents not drawn:\n%s", ansi.Strip(d.view()))
			}
		})
	}
}

func TestResizeKeepsThePlace(t *testing.T) {
	tests := map[string]struct {
		keys          []string
		width, height int
	}{
		"narrower, mid-section": {[]string{"]", "]", "j", "j", "j", "j"}, 40, 12},
		"wider, mid-section":    {[]string{"]", "j", "j", "j"}, 120, 40},
		"narrower, at the top":  {nil, 40, 12},
		"narrower, in the lead": {[]string{"space"}, 50, 20},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := openReader(t)
			d.send(keyPresses(tc.keys...)...)
			r := d.reader()
			before := r.topAnchor()
			d.send(tea.WindowSizeMsg{Width: tc.width, Height: tc.height})
			if r.doc.width != r.wrapWidth() {
				t.Fatalf("text shown at width %d after resize, want %d", r.doc.width, r.wrapWidth())
			}
			after := r.topAnchor()
			if after.section != before.section {
				t.Errorf("section after resize = %d, want %d", after.section, before.section)
			}
			// One line of the section at the new width is the finest the
			// place can be kept to.
			tolerance := 1/float64(r.doc.spans[after.section]) + 1e-9
			if math.Abs(after.frac-before.frac) > tolerance {
				t.Errorf("place in section after resize = %.3f, want %.3f (±%.3f)", after.frac, before.frac, tolerance)
			}
			for i, l := range strings.Split(d.view(), "\n") {
				if w := ansi.StringWidth(l); w > tc.width {
					t.Errorf("line %d is %d wide on a %d-wide terminal", i, w, tc.width)
				}
			}
		})
	}
}

func TestResizeStormRendersOnce(t *testing.T) {
	d := openReader(t)
	r := d.reader()
	var ticks []tea.Cmd
	for w := 79; w >= 60; w-- {
		_, cmd := d.m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		ticks = append(ticks, cmd)
	}
	// Only the last tick of the storm may lead to a render.
	renders := 0
	for _, tick := range ticks {
		msg := tick()
		if _, cmd := d.m.Update(msg); cmd != nil {
			renders++
			d.run(cmd)
			d.settle()
		}
	}
	if renders != 1 {
		t.Errorf("a storm of 20 resizes started %d renders, want 1", renders)
	}
	if r.doc.width != 60 {
		t.Errorf("text width after the storm = %d, want 60", r.doc.width)
	}
}

func TestLongArticleShowsScreenFirst(t *testing.T) {
	m := newRoot(t, longPack(t, 100), false)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd == nil {
		t.Fatal("first size started no render")
	}
	msg, ok := cmd().(sectionsRenderedMsg)
	if !ok {
		t.Fatalf("first command returned %T, want sectionsRenderedMsg", msg)
	}
	if n := len(msg.rendered); n == 0 || n > 2 {
		t.Errorf("first render rendered %d sections, want just those filling the screen", n)
	}
	_, next := m.Update(msg)
	if !strings.Contains(ansi.Strip(m.View().Content), "Russian Federation President") {
		t.Errorf("first frame lacks the opening text:\n%s", ansi.Strip(m.View().Content))
	}
	if next == nil {
		t.Fatal("the rest of the article was not scheduled in the background")
	}
	d := newDriver(t, m)
	d.run(next)
	d.settle()
	if r := d.reader(); !r.complete() {
		t.Errorf("background render left sections out: %d of %d shown", countShown(r.doc), len(r.art.Sections))
	}
}

func countShown(d document) int {
	n := 0
	for _, s := range d.starts {
		if s >= 0 {
			n++
		}
	}
	return n
}

func TestBackgroundSectionsDoNotMoveTheText(t *testing.T) {
	m := newRoot(t, longPack(t, 20), false)
	d := newDriver(t, m)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.run(cmd)
	// Deliver the first batch only, scroll, then let the rest arrive.
	msg := d.Queue[0]
	d.Queue = nil
	_, rest := m.Update(msg)
	m.Update(keyPress("j"))
	m.Update(keyPress("j"))
	r := d.reader()
	top := ansi.Strip(r.doc.lines[r.vp.YOffset()])
	d.run(rest)
	d.settle()
	if got := ansi.Strip(r.doc.lines[r.vp.YOffset()]); got != top {
		t.Errorf("top line changed while the rest rendered: %q, was %q", got, top)
	}
}

func TestJumpToUnrenderedSection(t *testing.T) {
	m := newRoot(t, longPack(t, 20), false)
	d := newDriver(t, m)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.run(cmd)
	msg := d.Queue[0]
	d.Queue = nil
	m.Update(msg) // the background render is dropped: only the first screen exists
	r := d.reader()
	target := len(r.art.Sections) / 2
	if r.cache[80][target] != nil {
		t.Fatalf("section %d is already rendered; the test needs it not to be", target)
	}
	_, jump := m.Update(openTOCAt(t, d, target))
	d.run(jump)
	d.settle()
	if got := r.doc.sectionAt(r.vp.YOffset()); got != target || r.vp.YOffset() != r.doc.starts[target] {
		t.Errorf("after jumping to section %d the top line %d is in section %d", target, r.vp.YOffset(), got)
	}
}

// openTOCAt opens the contents, moves the cursor to section i and returns
// the enter key that jumps there.
func openTOCAt(t *testing.T, d *driver, i int) tea.Msg {
	t.Helper()
	d.send(keyPress("t"))
	r := d.reader()
	if r.toc == nil {
		t.Fatal("contents did not open")
	}
	r.toc.cursor = i
	return keyPress("enter")
}

func TestHelpShowsOnlyKeysThatApply(t *testing.T) {
	tests := map[string]struct {
		home     bool
		keys     []string
		want     []string
		dontWant []string
	}{
		"first screen has no back":   {false, nil, []string{"next section", "contents", "search", "quit"}, []string{"back", "next/prev match"}},
		"opened from home goes back": {true, []string{"enter"}, []string{"back"}, nil},
		"search shows match keys":    {false, append(append([]string{"/"}, "K", "o", "r", "e", "a"), "enter"), []string{"next/prev match", "clear search"}, []string{"]/n"}},
		"? shows all keys":           {false, []string{"?"}, []string{"page up", "previous section", "bottom"}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := drive(t, newRoot(t, defaultPack(t), tc.home), 120, 40)
			d.send(keyPresses(tc.keys...)...)
			v := ansi.Strip(d.view())
			for _, w := range tc.want {
				if !strings.Contains(v, w) {
					t.Errorf("help lacks %q:\n%s", w, v)
				}
			}
			for _, w := range tc.dontWant {
				if strings.Contains(v, w) {
					t.Errorf("help offers %q, which does not apply:\n%s", w, v)
				}
			}
		})
	}
}

func TestQuizKeyFollowsQuestions(t *testing.T) {
	p := defaultPack(t)
	withQuiz := New(common.Theme{Styles: common.DefaultStyles(true)}, Options{Pack: p, Article: p.Articles[0]})
	bare := *p.Articles[0]
	bare.Questions = nil
	withoutQuiz := New(common.Theme{Styles: common.DefaultStyles(true)}, Options{Pack: p, Article: &bare})
	if got, want := withQuiz.keys.Quiz.Enabled(), len(p.Articles[0].Questions) > 0; got != want {
		t.Errorf("z enabled = %v for an article with %d questions", got, len(p.Articles[0].Questions))
	}
	if withoutQuiz.keys.Quiz.Enabled() {
		t.Error("z offered for an article without questions")
	}
	if len(p.Articles[0].Questions) > 0 {
		_, cmd := withQuiz.Update(keyPress("z"))
		if cmd == nil {
			t.Fatal("z sent nothing")
		}
		if msg, ok := cmd().(common.StartQuizMsg); !ok || msg.Article != p.Articles[0] {
			t.Errorf("z sent %#v, want StartQuizMsg for the article", msg)
		}
	}
}

func TestRethemeKeepsThePlace(t *testing.T) {
	p := defaultPack(t)
	m := newHost(t, p, nil)
	m.theme = themeFor(t, "auto", true)
	m.push(stateReader, New(m.theme, Options{Pack: p, Article: p.Articles[0], Remember: true}))
	d := drive(t, m, 80, 24)
	d.send(keyPresses("]", "]", "j", "j")...)
	r := d.reader()
	before := r.topAnchor()
	oldLine := r.doc.lines[r.vp.YOffset()]
	// The theme the root sends when the terminal says its background is
	// light.
	d.send(common.ThemeMsg{Theme: themeFor(t, "auto", false)})
	if got := r.topAnchor(); got != before {
		t.Errorf("place after a theme change = %+v, want %+v", got, before)
	}
	newLine := r.doc.lines[r.vp.YOffset()]
	if newLine == oldLine {
		t.Errorf("text not re-rendered in the light style: %q", newLine)
	}
	if ansi.Strip(newLine) != ansi.Strip(oldLine) {
		t.Errorf("top line changed from %q to %q", ansi.Strip(oldLine), ansi.Strip(newLine))
	}
}
