package reader

import (
	"fmt"
	"math"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/ui/common"
)

// How the reader renders: every section is rendered with Glamour in a
// command, never in Update, and kept per width, so scrolling only moves
// the viewport. The sections on screen are rendered first and shown; the
// rest follow in background commands whose results are spliced in
// without moving the text under the reader's eyes.

// resizeDebounce is how long a size must hold before the text is
// re-rendered for it, so dragging a window edge renders once.
const resizeDebounce = 60 * time.Millisecond

// maxCachedWidths bounds how many widths keep their rendered sections.
const maxCachedWidths = 4

// sectionsRenderedMsg carries sections from..from+len(rendered)-1 of an
// article rendered at one width, for one theme generation.
type sectionsRenderedMsg struct {
	width      int
	gen        int
	from       int
	rendered   [][]string
	background bool
	err        error
}

// resizeTickMsg fires once a resize has settled; only the newest counts.
type resizeTickMsg struct {
	seq int
}

// renderJob is everything a render command needs, copied out of the model
// so the command never touches the model.
type renderJob struct {
	markdown   *content.Renderer
	sections   []content.Section
	width      int
	gen        int
	from       int
	count      int     // at most this many sections
	fill       int     // stop once this many lines below the anchor exist (0: no limit)
	skip       float64 // the part of the first section above the anchor
	background bool
}

// renderKey names a render in flight: a width in a theme generation.
type renderKey struct{ width, gen int }

// run renders the job's sections; it is the body of a tea.Cmd.
func (j renderJob) run() tea.Msg {
	msg := sectionsRenderedMsg{width: j.width, gen: j.gen, from: j.from, background: j.background}
	below := 0
	for i := j.from; i < len(j.sections) && i < j.from+j.count; i++ {
		out, err := j.markdown.Render(j.sections[i].Markdown, j.width)
		if err != nil {
			msg.err = fmt.Errorf("render section %q: %w", j.sections[i].Title(), err)
			break
		}
		lines := splitRendered(out)
		msg.rendered = append(msg.rendered, lines)
		if i == j.from {
			below += len(lines) - int(j.skip*float64(len(lines)))
		} else {
			below += len(lines) + 1
		}
		if j.fill > 0 && below >= j.fill {
			break
		}
	}
	return msg
}

// splitRendered cuts Glamour output into lines without the blank lines
// it puts around every document; the reader puts one between sections.
func splitRendered(s string) []string {
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// anchor is a place in the text that survives re-rendering: a section and
// how far into it (0 is its first line).
type anchor struct {
	section int
	frac    float64
}

// document is the text in the viewport: the rendered sections at one
// width, joined with a blank line, and where each one starts.
type document struct {
	width  int
	lines  []string
	starts []int // first line of each section; -1 if not rendered yet
	spans  []int // lines from a section's start to the next one's
}

// build joins the rendered sections of one width into a document.
func build(width int, sections [][]string) document {
	d := document{width: width, starts: make([]int, len(sections)), spans: make([]int, len(sections))}
	last := -1
	for i, ls := range sections {
		d.starts[i] = -1
		if ls == nil {
			continue
		}
		if last >= 0 {
			d.lines = append(d.lines, "")
			d.spans[last] = len(d.lines) - d.starts[last]
		}
		d.starts[i] = len(d.lines)
		d.lines = append(d.lines, ls...)
		last = i
	}
	if last >= 0 {
		d.spans[last] = len(d.lines) - d.starts[last]
	}
	return d
}

// sectionAt is the rendered section holding line y, or -1.
func (d document) sectionAt(y int) int {
	found := -1
	for i, s := range d.starts {
		if s >= 0 && s <= y {
			found = i
		}
	}
	return found
}

// anchorAt turns a line into an anchor.
func (d document) anchorAt(y int) anchor {
	i := d.sectionAt(y)
	if i < 0 {
		return anchor{}
	}
	frac := 0.0
	if d.spans[i] > 0 {
		frac = math.Min(float64(y-d.starts[i])/float64(d.spans[i]), 0.999)
	}
	return anchor{section: i, frac: frac}
}

// lineOf turns an anchor into a line, using the nearest rendered section
// when the anchor's own is not rendered yet.
func (d document) lineOf(a anchor) int {
	if a.section >= 0 && a.section < len(d.starts) && d.starts[a.section] >= 0 {
		return d.starts[a.section] + int(math.Round(a.frac*float64(d.spans[a.section])))
	}
	for i := a.section + 1; i < len(d.starts); i++ {
		if d.starts[i] >= 0 {
			return d.starts[i]
		}
	}
	return len(d.lines)
}

// wrapWidth is the text width for the current terminal width.
func (r *Screen) wrapWidth() int {
	limit := r.maxWidth
	if limit <= 0 {
		limit = common.ComfortableWidth
	}
	return max(1, min(r.width, limit, content.MaxTextWidth))
}

// topAnchor is the place the reader is at: a pending jump, or the line at
// the top of the viewport.
func (r *Screen) topAnchor() anchor {
	if r.pending != nil {
		return *r.pending
	}
	if r.doc.width == 0 {
		return anchor{}
	}
	return r.doc.anchorAt(r.vp.YOffset())
}

// show puts the text at the current width on screen: at once if the
// sections in view are rendered, else by rendering them first.
func (r *Screen) show() tea.Cmd {
	w := r.textWidth
	a := r.topAnchor()
	if r.covers(w, a) {
		r.rebuild()
		return r.renderRest()
	}
	if r.firstBusy == (renderKey{w, r.gen}) {
		return nil
	}
	r.firstBusy = renderKey{w, r.gen}
	job := r.job(w, a.section, len(r.art.Sections))
	job.fill, job.skip = max(1, r.vp.Height()), a.frac
	return job.run
}

// covers reports whether the sections from the anchor down to the bottom
// of the viewport are rendered at width w.
func (r *Screen) covers(w int, a anchor) bool {
	secs := r.cache[w]
	if secs == nil {
		return false
	}
	lines := 0
	for i := a.section; i < len(secs); i++ {
		if secs[i] == nil {
			return false
		}
		n := len(secs[i])
		if i == a.section {
			n -= int(a.frac * float64(n))
		}
		if lines += n + 1; lines >= r.vp.Height() {
			return true
		}
	}
	return true
}

// job describes rendering count sections from `from` at width w.
func (r *Screen) job(w, from, count int) renderJob {
	return renderJob{markdown: r.theme.Markdown, sections: r.art.Sections, width: w, gen: r.gen, from: from, count: count}
}

// renderRest starts the background render of the next run of sections
// not yet rendered at the current width, below the reader first. Runs
// grow with what is already rendered, so a long article takes few
// messages and the screen is rebuilt few times.
func (r *Screen) renderRest() tea.Cmd {
	w := r.textWidth
	if r.bgBusy || w == 0 || r.firstBusy == (renderKey{w, r.gen}) {
		return nil
	}
	secs := r.cache[w]
	from, count := missingRun(secs, r.topAnchor().section, len(r.art.Sections))
	if count == 0 {
		return nil
	}
	done := 0
	for _, s := range secs {
		if s != nil {
			done++
		}
	}
	r.bgBusy = true
	job := r.job(w, from, min(count, max(4, done)))
	job.background = true
	return job.run
}

// missingRun finds the first run of unrendered sections at or after
// `after`, or else before it.
func missingRun(secs [][]string, after, n int) (from, count int) {
	missing := func(i int) bool { return secs == nil || secs[i] == nil }
	start := -1
	for i := after; i < n && start < 0; i++ {
		if missing(i) {
			start = i
		}
	}
	for i := 0; i < after && start < 0; i++ {
		if missing(i) {
			start = i
		}
	}
	if start < 0 {
		return 0, 0
	}
	end := start
	for end < n && missing(end) {
		end++
	}
	return start, end - start
}

// rendered stores sections that a command rendered and, when they are for
// the current width, rebuilds the text; then it starts the next render.
func (r *Screen) rendered(msg sectionsRenderedMsg) tea.Cmd {
	if msg.background {
		r.bgBusy = false
	} else if r.firstBusy == (renderKey{msg.width, msg.gen}) {
		r.firstBusy = renderKey{}
	}
	if msg.gen != r.gen {
		return r.renderRest()
	}
	if msg.err != nil {
		r.err = msg.err
		return nil
	}
	secs := r.cache[msg.width]
	if secs == nil {
		r.evictWidths()
		secs = make([][]string, len(r.art.Sections))
		r.cache[msg.width] = secs
	}
	for i, lines := range msg.rendered {
		secs[msg.from+i] = lines
	}
	if msg.width == r.textWidth {
		r.rebuild()
	}
	return r.renderRest()
}

// evictWidths drops the rendered text of old widths beyond the limit,
// keeping the current one.
func (r *Screen) evictWidths() {
	for w := range r.cache {
		if len(r.cache) < maxCachedWidths {
			return
		}
		if w != r.textWidth && w != r.doc.width {
			delete(r.cache, w)
		}
	}
}

// rebuild puts the rendered sections of the current width in the
// viewport, keeping the reader at the same place in the text.
func (r *Screen) rebuild() {
	r.toEnd = r.toEnd && r.vp.AtBottom() // scrolling away cancels G
	a := r.topAnchor()
	if r.pending != nil && r.cache[r.textWidth][r.pending.section] != nil {
		r.pending = nil
	} else if r.pending != nil && r.doc.width != 0 {
		// The jump target is still being rendered: hold the place in the
		// text until it arrives.
		a = r.doc.anchorAt(r.vp.YOffset())
	}
	r.doc = build(r.textWidth, r.cache[r.textWidth])
	y := r.doc.lineOf(a)
	// Matches are found again in the new lines; the current one becomes
	// the first from the top of the view, where the reader is.
	r.search.find(r.doc.lines)
	r.search.current = r.search.firstFrom(y)
	r.setKeys() // how many times a passage was found decides n's job
	r.refresh()
	r.vp.SetYOffset(y)
	if r.toEnd {
		r.vp.GotoBottom()
		r.toEnd = !r.complete()
	}
	r.seekMatch(y)
	if r.search.jumpOnShow && r.pending == nil {
		r.search.jumpOnShow = false
		r.showPassage()
	}
}

// refresh gives the viewport the document with search matches styled.
func (r *Screen) refresh() {
	r.vp.SetContentLines(r.search.decorate(r.doc.lines, r.theme.Styles))
}

// complete reports whether every section is on screen at the current width.
func (r *Screen) complete() bool {
	if r.doc.width != r.textWidth || r.doc.width == 0 {
		return false
	}
	for _, s := range r.doc.starts {
		if s < 0 {
			return false
		}
	}
	return true
}
