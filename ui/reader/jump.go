package reader

import tea "charm.land/bubbletea/v2"

// Jumps made while a long article is still rendering: the end (G) and a
// search whose match is further down than what is rendered. Each waits
// for what it needs, and the background render, which goes on below the
// reader first, brings it. (Section jumps render their section first; see
// goToSection.)

// goToEnd shows the end of the article (G). While the article renders,
// its last section is rendered first and the reader kept at the bottom as
// the sections above arrive, unless they scroll away meanwhile.
func (r *Screen) goToEnd() tea.Cmd {
	r.vp.GotoBottom()
	if r.toEnd = !r.complete(); !r.toEnd {
		return nil
	}
	if secs, last := r.cache[r.textWidth], len(r.art.Sections)-1; secs == nil || secs[last] == nil {
		return r.goToSection(last)
	}
	return r.renderRest()
}

// seekSearch starts a search just submitted: it shows the first match
// at or below the view, and while the article renders and none is there
// yet, waits for one (seekMatch) instead of wrapping to one above.
func (r *Screen) seekSearch() {
	y := r.vp.YOffset()
	r.search.seeking = !r.complete() && !r.search.below(y)
	if !r.search.seeking {
		r.showMatch()
	}
}

// seekMatch, as rendered sections arrive, shows the first match at or
// below line y once there is one, or the first anywhere once the whole
// article is there.
func (r *Screen) seekMatch(y int) {
	if !r.search.seeking || (!r.search.below(y) && !r.complete()) {
		return
	}
	r.search.seeking = false
	r.search.current = r.search.firstFrom(y)
	r.refresh()
	r.showMatch()
}
