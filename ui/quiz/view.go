package quiz

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz/study"
	"brief/ui/common"
)

// View draws the header, the question (or the list, or the question to
// hand in), a note line and the help, scrolled as the last Update left
// it (see layout); it changes nothing.
func (q *Screen) View() string {
	if q.width <= 0 || q.height <= 0 {
		return ""
	}
	if common.TooSmall(q.width, q.height) {
		return common.TooSmallView(q.theme.Styles, q.width, q.height)
	}
	x, w := common.QuizColumn(q.width)
	header := q.header(w)
	help := strings.Split(q.helpView(), "\n")
	out := append(header, common.PadLines(common.Shown(&q.body), q.body.Height())...)
	out = append(out, noteLine(q.theme.Styles, q.att, q.saveErr, q.cfg.SavingNotice, w, !q.body.AtTop(), !q.body.AtBottom()))
	out = append(out, help...)
	return common.Fit(strings.Join(common.Indent(out, x), "\n"), q.width, q.height)
}

// layout sizes the help and the body for the window, gives the body
// viewport the phase's lines and keeps the scroll position within them,
// bringing the cursor into view when it moved (see follow). Update calls
// it after every message, so View draws what it left, and the next key
// finds the body as it was drawn.
func (q *Screen) layout() {
	if q.width <= 0 || q.height <= 0 || common.TooSmall(q.width, q.height) {
		return
	}
	q.sizeHelp()
	if q.help.ShowAll {
		q.labelHelp()
	}
	_, w := common.QuizColumn(q.width)
	if sz, ok := q.widget().(interface{ size(width int) }); ok {
		sz.size(w)
	}
	help := strings.Split(q.helpView(), "\n")
	q.body.SetWidth(w)
	q.body.SetHeight(max(1, q.height-len(q.header(w))-1-len(help)))
	body, top, bottom := q.model().lines(q, w)
	q.body.SetContentLines(body)
	q.follow(top, bottom)
}

// follow keeps the body's scroll position on a cursor. While answering
// (and in the question list) it brings the lines from top to bottom
// (the cursor and any note) into view whenever they move; otherwise, and
// between moves, it keeps the scroll position, so the student can
// scroll past the cursor to read the rest.
func (q *Screen) follow(top, bottom int) {
	if !q.model().follows() {
		return
	}
	focus := [2]int{top, bottom}
	if focus == q.followed {
		return
	}
	q.followed = focus
	y, height := q.body.YOffset(), q.body.Height()
	switch {
	case bottom < height:
		y = 0 // all of it fits with the prompt: show the prompt
	case bottom >= y+height:
		y = bottom - height + 1
	}
	q.body.SetYOffset(min(y, top))
}

// scrollBy moves the body n lines on (back when negative), as far as
// its lines go.
func (q *Screen) scrollBy(n int) {
	if n < 0 {
		q.body.ScrollUp(-n)
		return
	}
	q.body.ScrollDown(n)
}

// quizGapHeight is the height from which the header has a gap under it.
const quizGapHeight = 16

// headerLines is how many lines the header takes: the title, the facts,
// the progress bar and, on taller terminals, a gap.
func (q *Screen) headerLines() int {
	if q.height >= quizGapHeight {
		return 4
	}
	return 3
}

// header is the article's title with the countdown, the question's
// number, level and points with the running score, a progress bar and,
// on taller terminals, a gap.
func (q *Screen) header(w int) []string {
	s := q.theme.Styles
	g := s.Glyphs()
	if h, ok := q.model().(ownHeader); ok {
		return h.header(q, w)
	}
	it := q.item()
	right := ""
	if q.att.Timed() {
		left := q.remaining()
		clock := s.Section
		if left <= time.Minute {
			clock = s.Error // the last minute
		}
		right = clock.Render(g.Timer + study.Countdown(left))
	}
	title := common.Spread(s, s.Title.Render(itemTitle(q.att, q.cur, g.Dot, q.cfg.ReviewWord)), right, w)

	facts := fmt.Sprintf("Question %d/%d", q.cur+1, q.att.Len()) + g.Dot + string(it.Q.Level) + g.Dot + study.PointsWord(it.Q.Points)
	if it.Flagged {
		facts += g.Dot + g.Flag + " flagged"
	}
	score := q.runningScore()
	if q.att.Exam() {
		score = fmt.Sprintf("Answered %d/%d", q.att.Answered(), q.att.Len())
	}
	if ansi.StringWidth(facts)+ansi.StringWidth(score)+2 > w {
		// Narrow: the number and the score matter most; level and points
		// go before anything is cut.
		facts = fmt.Sprintf("Question %d/%d", q.cur+1, q.att.Len())
		if it.Flagged {
			facts += " " + g.Flag
		}
	}
	out := []string{title, common.Spread(s, s.Meta.Render(facts), s.Meta.Render(score), w), common.ProgressBar(s, q.att.Answered(), q.att.Len(), w)}
	return q.gapBelow(out)
}

// gapBelow adds the gap under the header on taller terminals.
func (q *Screen) gapBelow(header []string) []string {
	for len(header) < q.headerLines() {
		header = append(header, "")
	}
	return header
}

// noteLine is the line above the help of the quiz and results screens: a
// failed save, or that scores are not being saved, and at the right
// whether the body scrolls.
func noteLine(s common.Styles, att *study.Attempt, saveErr, savingNotice string, w int, above, below bool) string {
	note := ""
	switch {
	case saveErr != "":
		note = s.Error.Render(common.CleanError(saveErr))
	case !att.Saving() && savingNotice != "":
		note = s.Note.Render(common.CleanError(savingNotice))
	}
	more := common.MoreMark(s.Glyphs(), above, below)
	if more != "" {
		more = s.Subtle.Render(more)
	}
	return common.Spread(s, note, more, w)
}

// promptLines is the question's prompt, wrapped.
func (q *Screen) promptLines(w int) []string {
	p := q.item().Q.Prompt
	if strings.TrimSpace(p) == "" {
		return nil
	}
	var out []string
	for _, para := range strings.Split(p, "\n") {
		out = append(out, common.WrapLines(q.theme.Styles.Title.Render(para), w)...)
	}
	return out
}
