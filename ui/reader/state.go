package reader

// State is what a reader is showing, for what waits on it from outside
// the package (the root's program tests and benchmarks): the screen
// itself keeps it in private fields.
type State struct {
	// Rendered says the whole article is rendered at the current width
	// and no render is in flight.
	Rendered  bool
	TextWidth int    // the width the text is wrapped at
	Style     string // the Glamour style of the text; empty without a renderer
	Section   int    // the section at the top of the view
	Offset    int    // the first line of the text in view
	Match     int    // the current search match, from 0
	// Contents says the table of contents is open, with its cursor on
	// section ContentsCursor.
	Contents       bool
	ContentsCursor int
	FullHelp       bool // the help shows every key
	HelpPage       int  // the page of the full help shown
}

// State reports what the reader is showing.
func (r *Screen) State() State {
	s := State{
		Rendered:  r.complete() && !r.bgBusy && r.firstBusy == (renderKey{}),
		TextWidth: r.doc.width,
		Section:   r.currentSection(),
		Offset:    r.vp.YOffset(),
		Match:     r.search.current,
		Contents:  r.toc != nil,
		FullHelp:  r.help.ShowAll,
		HelpPage:  r.help.Page,
	}
	if r.theme.Markdown != nil {
		s.Style = r.theme.Markdown.Style()
	}
	if r.toc != nil {
		s.ContentsCursor = r.toc.cursor
	}
	return s
}
