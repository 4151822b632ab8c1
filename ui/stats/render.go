package stats

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// statsView draws the stats as lines no wider than width. It is shared by
// the stats screen and the plain text of `brief stats`; emptyHint is what
// to do when nothing has been answered yet, in the words of each.
type statsView struct {
	st        *scores.Stats
	names     statsNames
	width     int
	s         common.Styles
	emptyHint string
	// bars caches styled bars by width and cells full: styling is the
	// costly part of drawing, and a long list repeats the same few bars.
	bars map[[2]int]string
}

// lines draws every part of the stats, with a blank line between parts.
func (v statsView) lines() []string {
	v.bars = map[[2]int]string{}
	if v.st.Answers == 0 {
		out := v.wrap("No quizzes taken yet" + v.dash() + v.emptyHint)
		if v.st.ReadingTime > 0 {
			out = append(out, "")
			out = append(out, v.wrap("Time spent reading: "+formatDuration(v.st.ReadingTime)+".")...)
		}
		return out
	}
	var out []string
	for i, part := range [][]string{v.overview(), v.accuracy(), v.articles(), v.levels(), v.sections()} {
		if len(part) == 0 {
			continue
		}
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, part...)
	}
	return out
}

// wrap breaks a sentence into lines of the view's width.
func (v statsView) wrap(s string) []string {
	return strings.Split(ansi.Wordwrap(s, max(v.width, 1), ""), "\n")
}

// line cuts one line to the view's width. No character is wider in
// columns than in bytes, so a line with no more bytes than columns fits
// without measuring it.
func (v statsView) line(s string) string {
	if len(s) <= v.width {
		return s
	}
	return v.s.Cut(s, v.width)
}

// dash is the dash between two clauses of a sentence.
func (v statsView) dash() string {
	if v.s.ASCII {
		return " - "
	}
	return " — "
}

// none marks a figure there is none of.
func (v statsView) none() string {
	if v.s.ASCII {
		return "-"
	}
	return "–"
}

// spark is the sparkline in the view's glyphs.
func (v statsView) spark(percents []float64, present []bool) string {
	line := common.Sparkline(percents, present)
	if !v.s.ASCII {
		return line
	}
	g := v.s.Glyphs()
	var b strings.Builder
	for _, r := range line {
		if i := strings.IndexRune(string(common.SparkBlocks), r); i >= 0 {
			b.WriteRune(g.Spark[utf8.RuneCountInString(string(common.SparkBlocks)[:i])])
		} else {
			b.WriteString(g.NoValue)
		}
	}
	return b.String()
}

// heading is the title of one part of the stats.
func (v statsView) heading(s string) string { return v.line(v.s.Title.Render(s)) }

// overview is the streak, the number of answers and the time spent.
func (v statsView) overview() []string {
	return []string{
		v.line(v.s.Subtle.Render("Daily streak  ") + streakText(v.st.Streak)),
		v.line(v.s.Subtle.Render("Answers       ") + fmt.Sprint(v.st.Answers)),
		v.line(v.s.Subtle.Render("Reading       ") + formatDuration(v.st.ReadingTime)),
		v.line(v.s.Subtle.Render("Quizzing      ") + formatDuration(v.st.QuizTime)),
	}
}

// accuracy is the sparkline of daily accuracy with its axis: the first
// day's date at the left and "today" at the right. On a narrow screen it
// shows as many of the latest days as fit.
func (v statsView) accuracy() []string {
	days := v.st.Daily
	if room := v.width - 2; len(days) > room {
		days = days[len(days)-max(room, 0):]
	}
	if len(days) == 0 {
		return nil
	}
	g := v.s.Glyphs()
	percents := make([]float64, len(days))
	present := make([]bool, len(days))
	for i, d := range days {
		percents[i], present[i] = d.Percent, d.Answers > 0
	}
	percent, active := dayTotals(days)
	out := []string{
		v.heading(fmt.Sprintf("Accuracy%slast %d days", g.Dot, len(days))),
		v.line(v.s.Subtle.Render(fmt.Sprintf("%c 0%%  %c 100%%  %s no answers", g.Spark[0], g.Spark[len(g.Spark)-1], g.NoValue))),
		"  " + v.s.Selected.Render(v.spark(percents, present)),
		"  " + axis(days[0].Day.Format("Jan 2"), "today", len(days)),
	}
	if active > 0 {
		out = append(out, v.line(fmt.Sprintf("  %s over %d %s", formatPercent(percent),
			active, plural(active, "day", "days"))))
	} else {
		out = append(out, v.line("  no answers in these days"))
	}
	return out
}

// axis spreads two labels over width columns, dropping the left one when
// both do not fit.
func axis(left, right string, width int) string {
	gap := width - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		return strings.Repeat(" ", max(width-ansi.StringWidth(right), 0)) + right
	}
	return left + strings.Repeat(" ", gap) + right
}

// The columns of the articles table: best, last and average percent and
// the number of attempts, each right-aligned.
const (
	percentColumn  = 6
	attemptsColumn = 7
)

// articles is the table of scores per article.
func (v statsView) articles() []string {
	if len(v.st.Articles) == 0 {
		return []string{v.heading("Articles"), v.line("  no finished quiz yet")}
	}
	columns := func(best, last, avg, tries string) string {
		return fmt.Sprintf("%*s%*s%*s%*s", percentColumn, best, percentColumn, last, percentColumn, avg, attemptsColumn, tries)
	}
	nameWidth := v.width - 2 - 3*percentColumn - attemptsColumn
	header := v.row(2, "article", nameWidth, columns("best", "last", "avg", "tries"))
	out := []string{v.heading("Articles"), v.s.Subtle.Render(header[len(header)-1])} // narrow: no "article" line
	for _, a := range v.st.Articles {
		best := v.s.Glyphs().Blank // no full attempt yet: a part of the questions is no best
		if a.HasBest {
			best = formatPercent(a.Best)
		}
		nums := columns(best, formatPercent(a.Last), formatPercent(a.Average), fmt.Sprint(a.Attempts))
		out = append(out, v.row(2, v.names.article(a.PackID, a.ArticleID), nameWidth, nums)...)
	}
	return out
}

// narrowName is the least room a name gets beside its figures; with less,
// the name takes a line of its own and the figures go under it.
const narrowName = 16

// row draws a name and its figures on one line, or on two when the name
// would be cut too short.
func (v statsView) row(indentBy int, name string, nameWidth int, figures string) []string {
	lead := strings.Repeat(" ", indentBy)
	if nameWidth >= narrowName {
		return []string{v.line(lead + v.pad(name, nameWidth) + figures)}
	}
	under := v.line(strings.Repeat(" ", max(v.width-ansi.StringWidth(figures), 0)) + figures)
	return []string{v.line(lead + name), under}
}

// levels is mastery by level as bars.
func (v statsView) levels() []string {
	const labelWidth = 11
	barWidth := min(max(v.width-2-labelWidth-6, 4), 24)
	out := []string{v.heading("Mastery by level")}
	for _, m := range v.st.Levels {
		label := "  " + v.pad(m.Level, labelWidth)
		if m.Answers == 0 {
			out = append(out, v.line(label+v.s.Subtle.Render("no answers yet")))
			continue
		}
		out = append(out, v.line(label+v.bar(m.Fraction, barWidth)+fmt.Sprintf("%6s", formatPercent(100*m.Fraction))))
	}
	return out
}

// sections is mastery by section beside reading speed, grouped by
// article, in the article's order where the article is loaded.
func (v statsView) sections() []string {
	if len(v.st.Sections) == 0 {
		return nil
	}
	barWidth := min(max(v.width/5, 4), 12)
	nameWidth := v.width - 4 - 1 - barWidth - 6 - 10
	out := []string{v.heading("By section" + v.s.Glyphs().Dot + "reading speed")}
	var lastPack, lastArticle string
	for i, sec := range v.sortedSections() {
		if i == 0 || sec.PackID != lastPack || sec.ArticleID != lastArticle {
			lastPack, lastArticle = sec.PackID, sec.ArticleID
			out = append(out, v.line("  "+v.s.Section.Render(v.names.article(sec.PackID, sec.ArticleID))))
		}
		figures := " " + strings.Repeat(" ", barWidth) + fmt.Sprintf("%6s", v.none())
		if sec.Answers > 0 {
			figures = " " + v.bar(sec.Fraction, barWidth) + fmt.Sprintf("%6s", formatPercent(100*sec.Fraction))
		}
		figures += fmt.Sprintf("  %8s", v.speed(sec))
		out = append(out, v.row(4, v.names.section(sec.PackID, sec.ArticleID, sec.Section), nameWidth, figures)...)
	}
	return out
}

// sortedSections orders each article's sections as the article does: the
// questions on the whole article first, then the sections in reading
// order, then any the article no longer has, by name.
func (v statsView) sortedSections() []scores.SectionStats {
	// A section an older brief stored under its heading and this one
	// under its slug is one row.
	merged := scores.Stats{Sections: v.st.Sections}
	merged.MergeSections(v.names.slug)
	out := merged.Sections
	place := func(sec scores.SectionStats) int {
		if sec.Section == "" {
			return -1
		}
		if a, ok := v.names.find(sec.PackID, sec.ArticleID); ok {
			if i, ok := a.SectionIndex(sec.Section); ok {
				return i
			}
		}
		return math.MaxInt
	}
	slices.SortStableFunc(out, func(a, b scores.SectionStats) int {
		return cmp.Or(cmp.Compare(a.PackID, b.PackID), cmp.Compare(a.ArticleID, b.ArticleID),
			cmp.Compare(place(a), place(b)), cmp.Compare(a.Section, b.Section))
	})
	return out
}

// bar draws a styled progress bar.
func (v statsView) bar(fraction float64, width int) string {
	full, empty := common.Bar(fraction, width)
	if v.s.ASCII {
		g := v.s.Glyphs()
		full = strings.Repeat(g.BarFull, utf8.RuneCountInString(full))
		empty = strings.Repeat(g.BarEmpty, utf8.RuneCountInString(empty))
	}
	k := [2]int{width, len(full)}
	if b, ok := v.bars[k]; ok {
		return b
	}
	b := v.s.Selected.Render(full) + v.s.Subtle.Render(empty)
	if v.bars != nil {
		v.bars[k] = b
	}
	return b
}

// pad cuts or pads s to exactly width columns, leaving a space before
// what follows when it has to cut.
func (v statsView) pad(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	cut := v.s.Cut(s, width-1)
	return cut + strings.Repeat(" ", max(width-ansi.StringWidth(cut), 0))
}

// formatPercent is a whole percentage, "85%".
func formatPercent(p float64) string {
	if math.IsNaN(p) {
		p = 0
	}
	return fmt.Sprintf("%.0f%%", p)
}

// statsNames turns the ids the store keeps into the titles the packs
// give, falling back to the id for a pack that is not loaded.
type statsNames struct {
	packs []*content.Pack
}

// slug is the name a section is kept under: its slug where the article
// is loaded and has it, else the name the store has.
func (n statsNames) slug(packID, articleID, section string) string {
	if a, ok := n.find(packID, articleID); ok && section != "" {
		if i, ok := a.SectionIndex(section); ok {
			return a.Sections[i].Slug
		}
	}
	return section
}

// find returns an article of a loaded pack.
func (n statsNames) find(packID, articleID string) (*content.Article, bool) {
	for _, p := range n.packs {
		if p.ID == packID {
			if a, ok := p.Article(articleID); ok {
				return a, true
			}
		}
	}
	return nil, false
}

// article is an article's title, or its id.
func (n statsNames) article(packID, articleID string) string {
	if a, ok := n.find(packID, articleID); ok && a.Title != "" {
		return common.OneLine(a.Title)
	}
	if articleID == "" {
		return "(review)"
	}
	return common.OneLine(articleID)
}

// section is a section's heading, or the name the store has for it.
func (n statsNames) section(packID, articleID, section string) string {
	a, _ := n.find(packID, articleID)
	return common.OneLine(study.SectionLabel(a, section))
}
