package quiz

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

// feedbackPhase is a practice answer's mark: the question again, the
// verdict and the reasons (feedbackLines).
type feedbackPhase struct{ scrolling }

func (feedbackPhase) kind() quizPhase { return phaseFeedback }

// update handles a key while a practice answer's mark is shown.
func (feedbackPhase) update(q *Screen, msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := q.keys
	switch {
	case key.Matches(msg, k.Next):
		if q.cur == q.att.Len()-1 {
			return q.finish()
		}
		return q, q.goTo(q.cur + 1)
	case key.Matches(msg, k.Evidence):
		return q, q.showEvidence()
	case key.Matches(msg, k.Up):
		q.scrollBy(-1)
	case key.Matches(msg, k.Down):
		q.scrollBy(1)
	case key.Matches(msg, k.PageUp, k.PageDown):
		return q, q.page(msg)
	case key.Matches(msg, k.Help):
		q.toggleHelp()
	case key.Matches(msg, k.Back):
		return q.askLeave()
	}
	return q, nil
}

// lines is the prompt with the mark and the reasons under it.
func (feedbackPhase) lines(q *Screen, w int) (lines []string, top, bottom int) {
	lines = feedbackLines(q.theme.Styles, q.item(), q.att.Exam(), w)
	if again := q.againNote(); again != "" && len(lines) > 1 {
		// A review answer says when the question comes back, under its mark.
		s := q.theme.Styles
		lines = append(lines[:2], append(common.WrapLines(s.Meta.Render(again), w), lines[2:]...)...)
	}
	return append(q.promptLines(w), lines...), 0, 0
}

// keys offers going on, the evidence and scrolling.
func (feedbackPhase) keys(k *KeyMap, c keyContext) {
	k.Up.SetEnabled(true)
	k.Down.SetEnabled(true)
	k.PageUp.SetEnabled(!c.exam)
	k.PageDown.SetEnabled(!c.exam)
	k.Next.SetEnabled(true)
	k.Evidence.SetEnabled(true)
	k.Back.SetEnabled(true)
}

// showEvidence opens the reader at the question's section with the
// evidence highlighted; esc there comes back here.
func (q *Screen) showEvidence() tea.Cmd {
	it := q.item()
	p, a := q.att.ItemArticle(q.cur)
	if a == nil {
		return nil
	}
	section := 0
	if i, ok := a.SectionIndex(it.Q.Section); ok {
		section = i
	}
	msg := common.OpenArticleMsg{Pack: p, Article: a, Section: section, Highlight: it.Q.Evidence, BackTo: "quiz"}
	return func() tea.Msg { return msg }
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
			notes = append(notes, answerNote{study.LabelAboutAnswer, fb})
		}
	}
	return notes
}

// feedbackLines is the mark of an answered item and the reasons: the
// answer given, the right answer, the file's feedback for what was
// picked, the explanation and the passage of the article.
func feedbackLines(s common.Styles, it *quiz.SessionItem, exam bool, w int) []string {
	res := it.Result
	if res == nil {
		return nil
	}
	g := s.Glyphs()
	out := []string{"", s.Cut(verdictLine(s, *res, exam), w)}
	if sp := spelledNote(it); sp != "" {
		// The typo forgiven, said after the mark as the plain quiz does.
		out = append(out[:1], common.WrapLines(verdictLine(s, *res, exam)+g.Dot+sp, w)...)
	}
	if parts := partLines(s, it, w); len(parts) > 0 && (res.Verdict == quiz.Wrong || res.Verdict == quiz.Partial) {
		// Each part marked, with what belonged there and a multi
		// option's feedback under it, says all the answer lines would.
		out = append(out, parts...)
		return append(out, reasonLines(s, it, w)...)
	}
	if res.Verdict != quiz.Skipped {
		out = append(out, common.HangingLines("Your answer: ", common.OneLine(answerText(g, it.Q, it.Response)), w)...)
	}
	if res.Verdict != quiz.Right {
		out = append(out, common.HangingLines(study.LabelAnswer, modelAnswerText(g, it.Q, res.Correct), w)...)
	}
	for _, fb := range aboutAnswer(it) {
		out = append(out, common.HangingLines(fb.label, fb.text, w)...)
	}
	return append(out, reasonLines(s, it, w)...)
}

// reasonLines are the explanation and the passage of the article.
func reasonLines(s common.Styles, it *quiz.SessionItem, w int) []string {
	g := s.Glyphs()
	var out []string
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

// verdictLine is the mark of a graded answer, in words and a symbol so
// that it reads without colour; a practice question given up on is one
// whose answer was shown (study.MarkWord), not one skipped.
func verdictLine(s common.Styles, res quiz.Result, exam bool) string {
	g := s.Glyphs()
	pts := g.Dot + fmt.Sprintf("%s/%s", quiz.FormatNumber(res.Points), quiz.FormatNumber(res.Max))
	mark := func(symbol string) string {
		word := study.MarkWord(res.Verdict, exam)
		switch {
		case g.MarksAreWords && word != study.VerdictWord(res.Verdict):
			return strings.ToUpper(word) // "ANSWER SHOWN"
		case g.MarksAreWords:
			return symbol // the mark is the word: "WRONG"
		}
		return symbol + " " + word
	}
	switch res.Verdict {
	case quiz.Right:
		return s.Selected.Render(mark(g.Right)) + pts
	case quiz.Partial:
		return s.Section.Render(mark(g.Partial)) + pts
	case quiz.Skipped:
		return s.Subtle.Render(mark(g.Skipped)) + pts
	case quiz.Wrong:
	}
	return s.Error.Render(mark(g.Wrong)) + pts
}
