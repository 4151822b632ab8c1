package quiz

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

// summaryLines is the score, the breakdowns and the missed questions.
func (r *ResultsScreen) summaryLines(w int) []string {
	s := r.theme.Styles
	g := s.Glyphs()
	sess := r.att.Session()
	points, total := r.att.Score()
	title := "Review"
	if !r.att.Review() {
		title = common.OneLine(r.att.Article().Title)
	}
	out := []string{s.Cut(s.Title.Render("Results"+g.Dot+title), w)}
	if r.timedOut {
		out = append(out, common.WrapLines(s.Section.Render("Time is up: your answers were handed in."), w)...)
	}
	out = append(out,
		"",
		s.Cut(fmt.Sprintf("Score %s/%s", quiz.FormatNumber(points), quiz.FormatNumber(total))+g.Dot+fmt.Sprintf("%d%%", r.att.Percent()), w),
		common.ProgressBar(s, int(points*1000), int(total*1000), w),
	)
	if r.att.Review() && r.stillDue >= 0 {
		out = append(out, common.WrapLines(s.Section.Render(stillDueLine(r.stillDue)), w)...)
	}
	for _, b := range r.att.Breakdowns() {
		out = append(out, tallyLines(s, b.Title, b.Tallies, w)...)
	}

	missed := r.att.Missed()
	out = append(out, "")
	if len(missed) == 0 {
		full := g.Right + " Nothing missed: full marks."
		if g.MarksAreWords {
			full = "Nothing missed: full marks."
		}
		return append(out, s.Cut(s.Selected.Render(full), w))
	}
	out = append(out, s.Cut(s.Title.Render(fmt.Sprintf("Missed (%d)", len(missed))), w))
	// Marks that are words are padded to one width, so the questions
	// start in a column.
	markWidth := 0
	for _, i := range missed {
		markWidth = max(markWidth, ansi.StringWidth(verdictSymbol(g, sess.Items[i].Result)))
	}
	for _, i := range missed {
		it := sess.Items[i]
		mark := verdictSymbol(g, it.Result)
		mark += strings.Repeat(" ", markWidth-ansi.StringWidth(mark))
		out = append(out, s.Cut(fmt.Sprintf("%2d. %s %s", i+1, mark, questionSummary(it.Q)), w))
	}
	return out
}

// tallyLines is a titled table of a breakdown: each group's name and its
// points, the points lined up at the right.
func tallyLines(s common.Styles, title string, tallies []quiz.Tally, w int) []string {
	out := []string{"", s.Cut(s.Title.Render(title), w)}
	for _, t := range tallies {
		score := fmt.Sprintf("%s/%s", quiz.FormatNumber(t.Points), quiz.FormatNumber(t.Max))
		name := s.Cut(common.OneLine(t.Key), max(1, w-ansi.StringWidth(score)-3))
		gap := max(1, w-2-ansi.StringWidth(name)-ansi.StringWidth(score))
		out = append(out, s.Cut("  "+name+strings.Repeat(" ", gap)+score, w))
	}
	return out
}

// verdictSymbol marks a missed question in the glyphs g: ✗ wrong,
// ◐ partly right, – skipped.
func verdictSymbol(g common.Glyphs, res *quiz.Result) string {
	switch {
	case res == nil || res.Verdict == quiz.Skipped:
		return g.Skipped
	case res.Verdict == quiz.Partial:
		return g.Partial
	case res.Verdict == quiz.Right:
		return g.Right
	}
	return g.Wrong
}

// reviewLines lists the missed questions with the prompt, the mark, the
// answer given, the right answer and the reasons.
func reviewLines(s common.Styles, sess *quiz.Session, exam bool, w int) []string {
	missed := sess.Missed()
	out := []string{s.Cut(s.Title.Render("Review"+s.Glyphs().Dot+fmt.Sprintf("%d missed", len(missed))), w)}
	for _, i := range missed {
		it := &sess.Items[i]
		out = append(out, "", s.Cut(s.Section.Render(fmt.Sprintf("Question %d", i+1)), w))
		out = append(out, common.WrapLines(s.Title.Render(questionSummary(it.Q)), w)...)
		if it.Result == nil {
			out = append(out, "Not answered.")
			out = append(out, common.HangingLines(study.LabelAnswer, common.OneLine(correctText(s.Glyphs(), it.Q, quiz.CorrectAnswer(it.Q))), w)...)
			continue
		}
		lines := feedbackLines(s, it, exam, w)
		if it.Result.Verdict == quiz.Skipped {
			// Say plainly what was given, next to the right answer: in
			// practice the student asked for the answer, in an exam they
			// left the question.
			given := "(skipped)"
			if !exam {
				given = "none: the answer was shown"
			}
			lines = append(lines[:2], append(common.HangingLines("Your answer: ", given, w), lines[2:]...)...)
		}
		out = append(out, lines[1:]...)
	}
	return out
}
