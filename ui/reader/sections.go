package reader

import (
	"strconv"

	tea "charm.land/bubbletea/v2"
)

// lastSectionNote is what ] says when there is no section to go on to.
const lastSectionNote = "Last section: the article ends here"

// nextSection puts the next section's first line at the top of the view,
// or says there is none: at the last section, or with the end of the
// article in view already, where ] would not move.
func (r *Screen) nextSection() tea.Cmd {
	next := r.doc.sectionAt(r.vp.YOffset()) + 1
	if next >= len(r.art.Sections) || (r.complete() && r.vp.AtBottom()) {
		return r.showNote(lastSectionNote + r.quizCue(r.theme.Styles.Glyphs().Dot))
	}
	return r.goToSection(next)
}

// atEnd reports whether the end of the article is in view.
func (r *Screen) atEnd() bool {
	return r.doc.width > 0 && r.complete() && r.vp.AtBottom()
}

// endCue is the status line's left part at the end of the article: that
// it is the end, and the quiz there is to take.
func (r *Screen) endCue() string { return "End of article" + r.quizCue(r.theme.Styles.Glyphs().Dot) }

// quizCue is " · z: quiz, 37 questions" (dot between) when the article
// has a quiz the reader offers, else "".
func (r *Screen) quizCue(dot string) string {
	if !r.keys.Quiz.Enabled() {
		return ""
	}
	n := r.art.QuestionCount()
	word := "questions"
	if n == 1 {
		word = "question"
	}
	return dot + "z: quiz, " + strconv.Itoa(n) + " " + word
}

// currentSection is the section being read: the one at the top of the
// view, or at the end of the article the last one in view.
func (r *Screen) currentSection() int {
	if r.doc.width == 0 {
		return r.topAnchor().section
	}
	y := r.vp.YOffset()
	cur := max(0, r.doc.sectionAt(y))
	if y > 0 && r.vp.AtBottom() && r.complete() {
		for i := len(r.doc.starts) - 1; i > cur; i-- {
			if r.doc.starts[i] < y+r.vp.Height() {
				return i
			}
		}
	}
	return cur
}

// previousSection is the start of the section in view if the reader is
// inside it, else the section before.
func (r *Screen) previousSection() int {
	y := r.vp.YOffset()
	cur := r.doc.sectionAt(y)
	if cur >= 0 && r.doc.starts[cur] < y {
		return cur
	}
	return cur - 1
}

// goToSection puts a section's first line at the top of the view,
// rendering it first if it is not rendered yet.
func (r *Screen) goToSection(i int) tea.Cmd {
	if i < 0 || i >= len(r.art.Sections) {
		return nil
	}
	if r.doc.width == r.textWidth && r.doc.starts[i] >= 0 {
		r.vp.SetYOffset(r.doc.starts[i])
		return nil
	}
	r.pending = &anchor{section: i}
	return r.show()
}
