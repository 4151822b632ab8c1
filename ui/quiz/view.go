package quiz

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
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
	bodyHeight := max(1, q.height-len(header)-1-len(help))
	body, _, _ := q.body(w)
	end := min(len(body), q.scroll+bodyHeight)
	start := min(q.scroll, end)
	out := append(header, common.PadLines(body[start:end], bodyHeight)...)
	out = append(out, q.noteLine(w, start > 0, end < len(body)))
	out = append(out, help...)
	return common.Fit(strings.Join(common.Indent(out, x), "\n"), q.width, q.height)
}

// layout sizes the help and the body for the window and keeps the
// scroll position within the body, bringing the cursor into view when
// it moved (see follow). Update calls it after every message, so View
// and the next key find the body's height and scroll position as they
// will be drawn.
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
	q.bodyHeight = max(1, q.height-len(q.header(w))-1-len(help))
	body, top, bottom := q.body(w)
	q.follow(len(body), top, bottom, q.bodyHeight)
}

// follow keeps the scroll position within a body of n lines shown
// height at a time. While answering (and in the question list) it
// brings the lines from top to bottom (the cursor and any note) into
// view whenever they move; otherwise, and between moves, it keeps the
// scroll position, so the student can scroll past the cursor to read the
// rest.
func (q *Screen) follow(n, top, bottom, height int) {
	if q.phase == phaseAnswer || q.phase == phaseOverview {
		if focus := [2]int{top, bottom}; focus != q.followed {
			q.followed = focus
			switch {
			case bottom < height:
				q.scroll = 0 // all of it fits with the prompt: show the prompt
			case bottom >= q.scroll+height:
				q.scroll = bottom - height + 1
			}
			if top < q.scroll {
				q.scroll = top
			}
		}
	}
	q.maxScroll = max(0, n-height)
	q.scroll = max(0, min(q.scroll, q.maxScroll))
}

// scrollBy moves the body n lines on (back when negative), as far as
// the last layout allowed.
func (q *Screen) scrollBy(n int) {
	q.scroll = max(0, min(q.scroll+n, q.maxScroll))
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
	if q.phase == phaseResume {
		return q.resumeHeader(w)
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
	title := common.Spread(s, s.Title.Render(itemTitle(q.att, q.cur, g.Dot)), right, w)

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

// resumeHeader is the header while an unfinished attempt is offered:
// the article and how far that attempt went, not the new session's
// first question, which may never be asked.
func (q *Screen) resumeHeader(w int) []string {
	s := q.theme.Styles
	o := q.offer
	kind := "Unfinished quiz"
	if o.Exam() {
		kind = "Unfinished exam"
	}
	out := []string{
		s.Cut(s.Title.Render(itemTitle(q.att, 0, s.Glyphs().Dot)), w),
		s.Cut(s.Meta.Render(kind), w),
		common.ProgressBar(s, o.Answered(), len(o.Session.Items), w),
	}
	return q.gapBelow(out)
}

// noteLine is the line above the help: a failed save, or that scores
// are not being saved, and at the right whether the body scrolls.
func (q *Screen) noteLine(w int, above, below bool) string {
	s := q.theme.Styles
	note := ""
	switch {
	case q.saveErr != "":
		note = s.Error.Render(common.CleanError(q.saveErr))
	case !q.att.Saving() && q.cfg.SavingNotice != "":
		note = s.Note.Render(common.CleanError(q.cfg.SavingNotice))
	}
	more := common.MoreMark(s.Glyphs(), above, below)
	if more != "" {
		more = s.Subtle.Render(more)
	}
	return common.Spread(s, note, more, w)
}

// body is the phase's content and the lines to keep in view: the
// cursor's, down to the note under the answer when there is one.
func (q *Screen) body(w int) (lines []string, top, bottom int) {
	switch q.phase {
	case phaseOverview:
		lines, cursor := q.overviewLines(w)
		return lines, cursor, cursor
	case phaseConfirm:
		return q.confirmLines(w), 0, 0
	case phaseResume:
		return q.resumeLines(w), 0, 0
	case phaseLeave:
		return q.leaveLines(w), 0, 0
	case phaseAnswer, phaseFeedback:
		// The question itself, below.
	}
	out := q.promptLines(w)
	if q.phase == phaseFeedback {
		return append(out, feedbackLines(q.theme.Styles, q.item(), w)...), 0, 0
	}
	widget, cursor := q.widget().lines(q.theme.Styles, w)
	out = append(out, "")
	top = cursor + len(out)
	out = append(out, widget...)
	bottom = top
	if q.note != "" {
		// Why the answer was not taken, under it, where the eyes are.
		out = append(out, common.WrapLines(q.theme.Styles.Error.Render(q.note), w)...)
		bottom = len(out) - 1
	}
	return out, top, bottom
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

// answerNote is the question file's feedback on one answer picked, with
// the label saying which.
type answerNote struct{ label, text string }

// aboutAnswer labels the file's feedback on the answer given: "About
// your answer", or for a multi question, per option ticked that has some,
// "About B) …" with the option as shown. Result.Feedback joins a multi's
// notes in the order ticked; when the question says otherwise (it
// changed), each line is just about the answer.
func aboutAnswer(it *quiz.SessionItem) []answerNote {
	res := it.Result
	if res == nil || strings.TrimSpace(res.Feedback) == "" {
		return nil
	}
	if it.Q.Type == quiz.Multi {
		var notes []answerNote
		var texts []string
		seen := map[int]bool{}
		for _, i := range it.Response.Choices {
			if i < 0 || i >= len(it.Q.Options) || seen[i] {
				continue
			}
			seen[i] = true
			if fb := it.Q.Feedback[it.Q.Options[i]]; fb != "" {
				shown := displayOrder(it.View.OptionOrder, len(it.Q.Options))
				label := fmt.Sprintf("About %s) %s: ", letterOf(slices.Index(shown, i)), common.OneLine(it.Q.Options[i]))
				notes = append(notes, answerNote{label, common.OneLine(fb)})
				texts = append(texts, fb)
			}
		}
		if strings.Join(texts, "\n") == res.Feedback {
			return notes
		}
	}
	var notes []answerNote
	for _, fb := range strings.Split(res.Feedback, "\n") {
		if fb = common.OneLine(fb); fb != "" {
			notes = append(notes, answerNote{"About your answer: ", fb})
		}
	}
	return notes
}

// feedbackLines is the mark of an answered item and the reasons: the
// answer given, the right answer, the file's feedback for what was
// picked, the explanation and the passage of the article.
func feedbackLines(s common.Styles, it *quiz.SessionItem, w int) []string {
	res := it.Result
	if res == nil {
		return nil
	}
	g := s.Glyphs()
	out := []string{"", s.Cut(verdictLine(s, *res), w)}
	if res.Verdict != quiz.Skipped {
		out = append(out, common.HangingLines("Your answer: ", common.OneLine(answerText(g, it.Q, it.Response)), w)...)
	}
	if res.Verdict != quiz.Right {
		out = append(out, common.HangingLines(study.LabelAnswer, common.OneLine(correctText(g, it.Q, res.Correct)), w)...)
	}
	for _, fb := range aboutAnswer(it) {
		out = append(out, common.HangingLines(fb.label, fb.text, w)...)
	}
	if e := common.OneLine(it.Q.Explain); e != "" {
		out = append(out, "")
		out = append(out, common.HangingLines(study.LabelWhy, e, w)...)
	}
	if ev := common.OneLine(it.Q.Evidence); ev != "" {
		out = append(out, "")
		out = append(out, common.WrapLines(s.Meta.Render(study.LabelEvidence+g.Quote[0]+ev+g.Quote[1]), w)...)
	}
	return out
}
