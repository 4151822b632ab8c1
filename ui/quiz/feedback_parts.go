package quiz

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

// partLines marks each part of an answer of several parts (a multi
// option, an order position, a match pair, a cloze blank) right or wrong
// with what belonged there, in the plain quiz's words (study.PartLine)
// after the interface's mark; a multi option's feedback from the file is
// indented under the option it is about. It is nil for the one-part types.
func partLines(s common.Styles, it *quiz.SessionItem, w int) []string {
	parts := quiz.MarkParts(it.Q, it.Response)
	if len(parts) == 0 {
		return nil
	}
	g := s.Glyphs()
	shown := displayOrder(it.View.OptionOrder, len(it.Q.Options))
	if it.Q.Type == quiz.Multi {
		// In the order the options were shown, A first.
		at := func(p quiz.PartMark) int { return slices.Index(shown, slices.Index(it.Q.Options, p.Label)) }
		slices.SortStableFunc(parts, func(a, b quiz.PartMark) int { return at(a) - at(b) })
	}
	var out []string
	for _, p := range parts {
		if it.Q.Type == quiz.Multi {
			// Name the option as the student saw it: "B) Biden".
			if i := slices.Index(it.Q.Options, p.Label); i >= 0 {
				p.Label = letterOf(slices.Index(shown, i)) + ") " + p.Label
			}
		}
		line := study.PartLine(it.Q.Type, p, common.OneLine)
		if g.Arrow != "→" {
			line = strings.Replace(line, " → ", " "+g.Arrow+" ", 1)
		}
		mark := s.Selected.Render(g.Right)
		if !p.OK {
			mark = s.Error.Render(g.Wrong)
		}
		out = append(out, common.HangingLines(mark+" ", line, w)...)
		if fb := common.OneLine(p.Feedback); fb != "" {
			pad := strings.Repeat(" ", ansi.StringWidth(g.Wrong)+1)
			out = append(out, common.HangingLines(pad, fb, w)...)
		}
	}
	if it.Result != nil {
		if note := study.OrderNote(it.Q, it.Response, *it.Result); note != "" {
			out = append(out, common.WrapLines(s.Subtle.Render(note), w)...)
		}
	}
	return out
}

// modelAnswerText is the right answer after a miss: for a short answer
// one model answer with the others also accepted after it
// (study.AnswerLine), for the rest the answer as the grader wrote it.
func modelAnswerText(g common.Glyphs, q *quiz.Question, correct string) string {
	if q.Type == quiz.Short && len(q.Answers) > 0 {
		return strings.TrimPrefix(study.AnswerLine(q, common.OneLine), study.LabelAnswer)
	}
	return common.OneLine(correctText(g, q, correct))
}

// spelledNote is "accepted; spelled sanctions" after a short answer taken
// despite a typo, else "".
func spelledNote(it *quiz.SessionItem) string {
	if it.Result == nil || it.Result.Verdict != quiz.Right || len(it.Response.Text) == 0 {
		return ""
	}
	if sp := quiz.Spelled(it.Q, it.Response.Text[0]); sp != "" {
		return study.SpelledLine(common.OneLine(sp))
	}
	return ""
}
