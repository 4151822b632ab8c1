package class

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz/class"
	"brief/ui/common"
)

// questionLines is one question opened: its statistics, its text when the
// pack is known, and the answers given as a bar chart, the right ones
// marked.
func questionLines(it *class.Item, prompt string, st common.Styles, width int) []string {
	g := st.Glyphs()
	facts := []string{it.Type, it.Level, it.Section}
	head := it.Question
	for _, f := range facts {
		if f != "" {
			head += g.Dot + f
		}
	}
	disc := "no discrimination (too few answers or all alike)"
	if it.HasDiscrimination {
		disc = fmt.Sprintf("discrimination %+.2f", it.Discrimination)
	}
	lines := []string{st.Title.Render(st.Cut(head, width)),
		fmt.Sprintf("%s right of %d%s%s%smedian %s", percent(it.Facility), it.Answers, g.Dot, disc, g.Dot, class.Clock(it.MedianTime))}
	lines = common.WrapLines(strings.Join(lines, "\n"), width)
	for _, f := range it.Flags {
		lines = append(lines, common.WrapLines(st.Error.Render("Check: ")+f+".", width)...)
	}
	lines = append(lines, "")
	if prompt != "" {
		lines = append(lines, cutLines(common.WrapLines(prompt, width), maxPromptLines, st, width)...)
	} else {
		// Every question has a text: only the pack given with --pack has it.
		lines = append(lines, common.WrapLines(st.Subtle.Render("The question's text shows when the pack is given: brief class DIR --pack PACK."), width)...)
	}
	lines = append(lines, "", st.Subtle.Render("Answers given"))
	return append(lines, answerBars(it, st, width)...)
}

// maxPromptLines is how much of a question's text an opened question
// shows: a cloze passage can run to a paragraph, and the answers given
// are what the teacher opened it for.
const maxPromptLines = 4

// cutLines keeps the first n lines, the last of them ending in an
// ellipsis when there were more.
func cutLines(lines []string, n int, st common.Styles, width int) []string {
	if len(lines) <= n {
		return lines
	}
	out := slices.Clone(lines[:n])
	out[n-1] = st.Cut(out[n-1]+" "+st.Glyphs().Ellipsis, width)
	return out
}

// answerBars draws how often each answer was given, longest first.
func answerBars(it *class.Item, st common.Styles, width int) []string {
	g := st.Glyphs()
	labelWidth := min(28, max(8, width/3))
	most := 1
	for _, gv := range it.Given {
		most = max(most, gv.Count)
	}
	var out []string
	for _, gv := range it.Given {
		mark := "  "
		if gv.Right {
			mark = g.Right + " "
		}
		text := gv.Text
		if text == "" || text == "(skipped)" {
			text = "(skipped)"
		}
		label := ansi.Truncate(text, labelWidth, g.Ellipsis)
		label += strings.Repeat(" ", labelWidth-ansi.StringWidth(label))
		count := fmt.Sprintf(" %d %s", gv.Count, percent(float64(gv.Count)/float64(max(1, it.Answers))))
		room := max(1, width-ansi.StringWidth(mark)-labelWidth-1-ansi.StringWidth(count))
		bar := strings.Repeat(g.BarFull, max(1, room*gv.Count/most))
		out = append(out, mark+label+" "+st.Percent.Render(bar)+count)
	}
	return out
}

// studentLines is one student opened: their parts, then every attempt
// with its answers, the ones the gradebook counts marked.
func studentLines(p *class.PackReport, name string, st common.Styles, width int) []string {
	g := st.Glyphs()
	lines := []string{st.Title.Render(st.Cut(name, width))}
	for _, pr := range p.Profiles {
		if pr.Student == name && (pr.HasSections || pr.HasLevels) {
			lines = append(lines, common.WrapLines(strings.ReplaceAll("Strongest: "+pr.Strongest()+" · Weakest: "+pr.Weakest(), " · ", g.Dot), width)...)
		}
	}
	attempts := p.Attempts[name]
	if len(attempts) == 0 {
		return append(lines, "", "No attempts handed in.")
	}
	for i := len(attempts) - 1; i >= 0; i-- {
		a := attempts[i]
		score, _ := a.Score()
		head := fmt.Sprintf("%s%s%s%s%s%s%s", a.Article, g.Dot, a.Mode, g.Dot, a.Started.Local().Format("2 Jan 15:04"), g.Dot, percent(score))
		if a.Finished == nil {
			head += g.Dot + "unfinished"
		}
		lines = append(lines, "", st.Subtle.Render(st.Cut(head, width)))
		for _, ans := range a.Answers {
			mark := g.Wrong
			switch {
			case ans.Skipped:
				mark = g.Skipped
			case ans.Points >= ans.Max:
				mark = g.Right
			case ans.Points > 0:
				mark = g.Partial
			}
			lines = append(lines, st.Cut(fmt.Sprintf("%s %s  %s", mark, ans.Question, p.ShownGiven(a.Article, ans)), width))
		}
	}
	return lines
}
