package class

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"time"

	"brief/internal/diag"
	"brief/quiz/study"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
)

// TableOptions say how the terminal report is drawn.
type TableOptions struct {
	Width int  // the terminal's columns; 0 draws at the tables' natural width
	ASCII bool // plain +-| borders, for terminals and fonts without box drawing
}

// WriteTable writes the report for a terminal: per pack version the
// gradebook, the questions with those to check marked, and each
// student's strongest and weakest parts.
func WriteTable(w io.Writer, r *Report, opt TableOptions) error {
	var b strings.Builder
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note: %s\n\n", n)
	}
	for i, p := range r.Packs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s · %s · %s · %s\n\n", cmp.Or(p.Pack.Title, p.Pack.ID), versionName(p.Pack),
			StudentCount(p), study.Count(len(p.Articles), "article"))
		b.WriteString(heading("Gradebook") + render(opt, gradebookTable(p)) + "\n")
		b.WriteString(heading(fmt.Sprintf("Questions (%s to check) · in %s", countFlagged(p.Items), p.QuestionOrder)) + render(opt, itemsTable(p, opt.ASCII)))
		b.WriteString(wrap(opt, checkList(p.Items)) + "\n")
		b.WriteString(heading("Students") + render(opt, studentsTable(p)))
		if AnyNothingNamed(p.Profiles) {
			b.WriteString(wrap(opt, NothingNamedNote("–")+"\n"))
		}
		b.WriteString("\n")
	}
	if len(r.Packs) == 0 {
		b.WriteString("No results to report.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap fits prose to the terminal's width.
func wrap(opt TableOptions, s string) string {
	if opt.Width <= 0 || s == "" {
		return s
	}
	return lipgloss.NewStyle().Width(opt.Width).Render(strings.TrimSuffix(s, "\n")) + "\n"
}

func heading(s string) string { return lipgloss.NewStyle().Bold(true).Render(s) + "\n" }

// render draws a table with brief's header style.
func render(opt TableOptions, g grid) string {
	border := lipgloss.RoundedBorder()
	if opt.ASCII {
		border = lipgloss.ASCIIBorder()
	}
	t := table.New().Border(border).Headers(g.headers...).Rows(g.rows...).
		StyleFunc(func(row, _ int) lipgloss.Style {
			s := lipgloss.NewStyle().Padding(0, 1)
			if row == table.HeaderRow {
				s = s.Bold(true)
			}
			return s
		})
	if opt.Width > 0 {
		t = t.Width(opt.Width)
	}
	return t.Render() + "\n"
}

func gradebookTable(p *PackReport) grid {
	var rows [][]string
	for _, g := range p.Grades {
		attempts := fmt.Sprint(g.Attempts)
		if g.Allowed > 0 {
			attempts = fmt.Sprintf("%d of %d", g.Attempts, g.Allowed)
		}
		best, last := percentOrDash(g.Best, g.Missing), percentOrDash(g.Last, g.Missing)
		time := "–"
		if !g.Missing {
			time = Clock(g.Time)
		}
		rows = append(rows, []string{g.Student, cmp.Or(g.Article, "–"), attempts, best, last, time, g.Status()})
	}
	return grid{[]string{"Student", "Article", "Attempts", "Best", "Last", "Time", "Status"}, rows}
}

func itemsTable(p *PackReport, ascii bool) grid {
	var rows [][]string
	for _, it := range p.Items {
		disc := "–"
		if it.HasDiscrimination {
			disc = fmt.Sprintf("%+.2f", it.Discrimination)
		}
		wrong := ""
		if it.TopWrong != "" {
			wrong = fmt.Sprintf("%s (%.0f%%)", diag.Clip(it.TopWrong, maxAnswerCell), it.TopWrongShare*100)
		}
		check := ""
		if len(it.Flags) > 0 {
			check = map[bool]string{false: "⚠", true: "!"}[ascii]
		}
		rows = append(rows, []string{it.Question, fmt.Sprint(it.Answers), fmt.Sprintf("%.0f%%", it.Facility*100), disc, wrong, Clock(it.MedianTime), check})
	}
	return grid{[]string{"Question", "Asked", "Right", "Discr.", "Most given wrong", "Time", "Check"}, rows}
}

func studentsTable(p *PackReport) grid {
	var rows [][]string
	for _, pr := range p.Profiles {
		strong, weak := cmp.Or(pr.Strongest(), "–"), cmp.Or(pr.Weakest(), "–")
		rows = append(rows, []string{pr.Student, strong, weak})
	}
	return grid{[]string{"Student", "Strongest", "Weakest"}, rows}
}

// checkList says why each flagged question should be checked.
func checkList(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		if len(it.Flags) > 0 {
			fmt.Fprintf(&b, "Check %s: %s.\n", it.Question, strings.Join(it.Flags, "; "))
		}
	}
	return b.String()
}

// StudentCount is how many students handed in, and how many of them
// have no finished attempt: "5 students, 1 with no finished attempt".
func StudentCount(p *PackReport) string {
	out := study.Count(len(p.Students), "student")
	if n := len(p.WithoutFinished()); n > 0 {
		out += fmt.Sprintf(", %d with no finished attempt", n)
	}
	return out
}

func countFlagged(items []Item) string {
	n := 0
	for _, it := range items {
		if len(it.Flags) > 0 {
			n++
		}
	}
	return fmt.Sprintf("%d of %d", n, len(items))
}

func percentOrDash(f float64, missing bool) string {
	if missing {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", f*100)
}

// maxAnswerCell is how much of an answer given the table shows: a cloze
// or order answer can be a paragraph; the CSV and JSON keep it whole.
const maxAnswerCell = 36

// grid is a table's headers and rows.
type grid struct {
	headers []string
	rows    [][]string
}

// Clock writes a time taken as brief writes every clock, m:ss or h:mm:ss
// from an hour, rounded to the nearest second as Seconds rounds it, so
// the gradebook and the CSV agree (a 0.4 s attempt is 0:00 and 0).
func Clock(d time.Duration) string { return study.Countdown(d.Round(time.Second)) }

// Seconds is a time taken in whole seconds, rounded to the nearest.
func Seconds(d time.Duration) int64 { return int64(d.Round(time.Second) / time.Second) }
