package reader

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/content"
)

// lastWords ends the seed article, and so every longPack article.
const lastWords = "resort of Sochi in southern Russia."

// startLong opens a long article (longPack's by default) and shows its
// first screen only; it returns the command that renders the rest.
func startLong(t *testing.T, p ...*content.Pack) (*host, *driver, tea.Cmd) {
	t.Helper()
	if len(p) == 0 {
		p = append(p, longPack(t, 100))
	}
	m := newRoot(t, p[0], false)
	d := newDriver(t, m)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.run(cmd)
	msg := d.Queue[0] // the first screen only
	d.Queue = nil
	_, rest := m.Update(msg)
	return m, d, rest
}

// G pressed while a long article is still rendering shows its end as
// soon as the end is rendered, and keeps it there as the rest arrives.
func TestEndKeyWhileRenderingReachesTheEnd(t *testing.T) {
	m, d, rest := startLong(t)
	_, g := m.Update(keyPress("G"))
	d.run(g)
	for _, msg := range d.Queue { // G's own render, before the rest
		m.Update(msg)
	}
	d.Queue = nil
	if v := ansi.Strip(d.view()); !strings.Contains(v, lastWords) {
		t.Errorf("G did not show the end of the article:\n%s", v)
	}
	d.run(rest)
	d.settle()
	r := d.reader()
	if !r.complete() || !r.vp.AtBottom() {
		t.Errorf("once all rendered: complete %v, at the bottom %v (%d%%)", r.complete(), r.vp.AtBottom(), r.percent())
	}
	if v := ansi.Strip(d.view()); !strings.Contains(v, "100%") || !strings.Contains(v, lastWords) {
		t.Errorf("footer should say 100%% below the last words:\n%s", v)
	}
}

// Scrolling up from the end G showed, before the rest is rendered, leaves
// the student where they scrolled to.
func TestScrollAfterEndKeyCancelsIt(t *testing.T) {
	m, d, rest := startLong(t)
	_, g := m.Update(keyPress("G"))
	d.run(g)
	var more []tea.Cmd
	for _, msg := range d.Queue {
		_, cmd := m.Update(msg)
		more = append(more, cmd)
	}
	d.Queue = nil
	m.Update(keyPress("k"))
	r := d.reader()
	top := ansi.Strip(r.doc.lines[r.vp.YOffset()])
	d.run(tea.Batch(append(more, rest)...))
	d.settle()
	if r.vp.AtBottom() {
		t.Error("the reader went back to the end after scrolling away from it")
	}
	if got := ansi.Strip(r.doc.lines[r.vp.YOffset()]); got != top {
		t.Errorf("top line changed while the rest rendered: %q, was %q", got, top)
	}
}

// A search submitted while a long article is still rendering, for words
// only its end holds, shows them once the end is rendered.
func TestSearchWhileRenderingReachesAMatchFurtherDown(t *testing.T) {
	p := longPack(t, 100)
	secs := p.Articles[0].Sections
	secs[len(secs)-1].Markdown += "\n\nA zeppelin closes the article.\n"
	m, d, rest := startLong(t, p)
	keys := append(append([]tea.Msg{keyPress("/")}, typeText("zeppelin")...), keyPress("enter"))
	for _, k := range keys {
		m.Update(k)
	}
	d.run(rest)
	d.settle()
	if v := ansi.Strip(d.view()); !strings.Contains(v, "A zeppelin closes") {
		t.Errorf("the match at the end is not on screen once rendered:\n%s", v)
	}
}
