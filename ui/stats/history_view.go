package stats

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

// historyLines draws the page of the history showing, width wide, and
// the line the cursor is on (-1 for none), to keep it in view.
func (s *Screen) historyLines(width int) ([]string, int) {
	v := statsView{width: width, s: s.styles, names: s.names}
	h := &s.hist
	switch {
	case h.err != nil:
		return v.wrap(s.styles.Error.Render("Cannot show it: ") + h.err.Error()), -1
	case h.page == pageArticles && len(h.articles) == 0:
		return v.wrap("No quiz finished yet" + v.dash() + "the attempts you finish are kept here."), -1
	case h.page == pageAttempts && h.attempts == nil, h.page == pageAttempt && h.past == nil:
		return []string{s.styles.Note.Render("Loading" + s.styles.Glyphs().Ellipsis)}, -1
	}
	switch h.page {
	case pageArticles:
		rows := make([]string, len(h.articles))
		for i, a := range h.articles {
			facts := study.Count(a.Attempts, "attempt")
			if a.HasBest {
				facts += v.s.Glyphs().Dot + "best " + formatPercent(a.Best)
			}
			rows[i] = v.listRow(v.names.article(a.PackID, a.ArticleID), facts, i == h.article)
		}
		return append([]string{v.heading("Attempt history" + v.s.Glyphs().Dot + "choose an article")}, rows...), h.article + 1
	case pageAttempts:
		a := h.articles[h.article]
		out := []string{v.heading(v.names.article(a.PackID, a.ArticleID))}
		for i, r := range h.attempts {
			when := r.Started.Local().Format("2 Jan 2006 15:04")
			score := fmt.Sprintf("%s/%s%s%s", quiz.FormatNumber(r.Score), quiz.FormatNumber(r.Max), v.s.Glyphs().Dot, formatPercent(r.Percent))
			out = append(out, v.listRow(when+"  "+r.Mode, score, i == h.attempt))
		}
		return out, h.attempt + 1
	case pageStats, pageAttempt:
	}
	return v.pastLines(h.past), -1
}

// listRow is one row of a list: the cursor when selected, the name, and
// the figures at the right; the name gives way on a narrow screen.
func (v statsView) listRow(name, figures string, selected bool) string {
	marker := "  "
	if selected {
		marker = v.s.Cursor.Render(v.s.Glyphs().Cursor)
		name = v.s.Selected.Render(name)
	}
	room := v.width - 2 - ansi.StringWidth(figures) - 2
	if room < 8 {
		return v.line(marker + name) // figures before a name cut to nothing
	}
	name = v.s.Cut(name, room)
	gap := max(2, v.width-2-ansi.StringWidth(name)-ansi.StringWidth(figures))
	return v.line(marker + name + strings.Repeat(" ", gap) + v.s.Meta.Render(figures))
}

// pastLines is one attempt, question by question: the mark, the prompt,
// the answer given and, for a miss, the right answer and why.
func (v statsView) pastLines(p *study.PastAttempt) []string {
	g := v.s.Glyphs()
	sess := p.Session
	points, max := 0.0, 0.0
	for _, it := range sess.Items {
		if it.Result != nil {
			points, max = points+it.Result.Points, max+it.Result.Max
		}
	}
	when := p.Saved.Started.Local().Format("2 Jan 2006 15:04")
	out := append([]string{v.heading(common.OneLine(p.Article.Title))},
		v.wrap(v.s.Subtle.Render(fmt.Sprintf("%s%s%s%s%s/%s (%d%%)", p.Saved.Mode, g.Dot, when, g.Dot,
			quiz.FormatNumber(points), quiz.FormatNumber(max), study.Percent(points, max))))...)
	for i := range sess.Items {
		it := &sess.Items[i]
		mark := "Not answered"
		if it.Result != nil {
			mark = study.VerdictWord(it.Result.Verdict) + g.Dot + study.PointsWord(it.Result.Points)
		}
		out = append(out, "", v.line(v.s.Section.Render(fmt.Sprintf("Question %d", i+1))+g.Dot+mark))
		out = append(out, common.WrapLines(v.s.Title.Render(common.OneLine(it.Q.Summary())), v.width)...)
		if it.Result == nil {
			out = append(out, common.HangingLines(study.LabelAnswer, answerText(it.Q), v.width)...)
			continue
		}
		given := "(skipped)"
		if it.Result.Verdict != quiz.Skipped {
			given = common.OneLine(quiz.FormatAnswer(it.Q, it.Response))
		}
		out = append(out, common.HangingLines("Your answer: ", given, v.width)...)
		if it.Result.Verdict != quiz.Right {
			out = append(out, common.HangingLines(study.LabelAnswer, answerText(it.Q), v.width)...)
			if it.Q.Explain != "" {
				out = append(out, common.HangingLines(study.LabelWhy, common.OneLine(it.Q.Explain), v.width)...)
			}
		}
	}
	return out
}

// answerText is a question's right answer as the quiz words it after a
// miss: one model answer, the others "also accepted" after it, never
// variants in slashes.
func answerText(q *quiz.Question) string {
	return strings.TrimPrefix(study.AnswerLine(q, common.OneLine), study.LabelAnswer)
}
