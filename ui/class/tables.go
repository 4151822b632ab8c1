package class

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz/class"
	"brief/ui/common"
)

// tab is one of the screen's three tables.
type tab int

const (
	tabGrades tab = iota
	tabQuestions
	tabStudents
	tabCount
)

// String names the tab as its heading shows it.
func (t tab) String() string {
	switch t {
	case tabGrades:
		return "Gradebook"
	case tabQuestions:
		return "Questions"
	case tabStudents:
		return "Students"
	case tabCount:
	}
	return ""
}

// column is one column of a table; the ones with the highest drop number
// give way first on a narrow screen.
type column struct {
	head   string
	drop   int
	hidden bool
	widest int // how wide the column may grow; 0: maxColumn
}

// maxColumn is how wide a column grows unless it says otherwise: a long
// name or answer is cut rather than push the others off the screen.
const maxColumn = 28

// table is a tab's rows as drawn, and what each row opens.
type table struct {
	cols []column
	rows [][]string
	open []opener
	note string // said once under the rows
}

// opener says what Enter on a row opens: a student or a question.
type opener struct {
	student string
	item    *class.Item
}

// sorts are the orders each tab can be sorted in, in the order s cycles;
// the questions come first in the order the report gives them, the
// pack's or the order asked (see class.PackReport.QuestionOrder).
func sorts(t tab, p *class.PackReport) []string {
	switch t {
	case tabGrades:
		return []string{"name", "best score", "last score", "missing and late first"}
	case tabQuestions:
		return []string{p.QuestionOrder, "hardest first", "least discriminating first", "to check first"}
	case tabStudents, tabCount:
	}
	return []string{"name"}
}

// gradesTable is the gradebook, sorted as asked.
func gradesTable(p *class.PackReport, sortBy int, g common.Glyphs) table {
	grades := slices.Clone(p.Grades)
	slices.SortStableFunc(grades, func(a, b class.Grade) int {
		switch sortBy {
		case 1:
			return cmp.Compare(b.Best, a.Best)
		case 2:
			return cmp.Compare(b.Last, a.Last)
		case 3:
			return cmp.Compare(status(b), status(a))
		}
		return 0
	})
	t := table{cols: []column{{head: "Student"}, {head: "Article", drop: 6}, {head: "Tries", drop: 4}, {head: "Best", drop: 1}, {head: "Last", drop: 3}, {head: "Time", drop: 5}, {drop: 2, widest: 36}}}
	if len(p.Articles) < 2 {
		t.cols[1].hidden = true // one article: the column says nothing
	}
	for _, gr := range grades {
		tries := fmt.Sprint(gr.Attempts)
		if gr.Allowed > 0 {
			tries = fmt.Sprintf("%d/%d", gr.Attempts, gr.Allowed)
		}
		best, last, time := g.Blank, g.Blank, g.Blank
		if !gr.Missing {
			best, last, time = percent(gr.Best), percent(gr.Last), class.Clock(gr.Time)
		}
		t.rows = append(t.rows, []string{gr.Student, cmp.Or(gr.Article, g.Blank), tries, best, last, time, gr.Status()})
		t.open = append(t.open, opener{student: gr.Student})
	}
	return t
}

// questionsTable is the item analysis, sorted as asked.
func questionsTable(p *class.PackReport, sortBy int, g common.Glyphs) table {
	items := make([]*class.Item, len(p.Items))
	for i := range p.Items {
		items[i] = &p.Items[i]
	}
	slices.SortStableFunc(items, func(a, b *class.Item) int {
		switch sortBy {
		case 1:
			return cmp.Compare(a.Facility, b.Facility)
		case 2:
			return cmp.Compare(discrimination(a), discrimination(b))
		case 3:
			return cmp.Compare(len(b.Flags), len(a.Flags))
		}
		return 0
	})
	t := table{cols: []column{{head: "Question"}, {head: "Asked", drop: 4}, {head: "Right", drop: 1}, {head: "Discr.", drop: 3}, {head: "Most given wrong", drop: 5}, {head: "Time", drop: 6}, {drop: 2}}}
	for _, it := range items {
		disc := g.Blank
		if it.HasDiscrimination {
			disc = fmt.Sprintf("%+.2f", it.Discrimination)
		}
		check := ""
		if len(it.Flags) > 0 {
			check = "check"
		}
		t.rows = append(t.rows, []string{it.Question, fmt.Sprint(it.Answers), percent(it.Facility), disc, it.TopWrong, class.Clock(it.MedianTime), check})
		t.open = append(t.open, opener{item: it})
	}
	return t
}

// studentsTable is each student's strongest and weakest parts.
func studentsTable(p *class.PackReport, g common.Glyphs) table {
	t := table{cols: []column{{head: "Student"}, {head: "Strongest", drop: 1}, {head: "Weakest", drop: 1}}}
	for _, pr := range p.Profiles {
		dots := strings.NewReplacer(" · ", g.Dot) // the style's dot, ASCII where it must be
		t.rows = append(t.rows, []string{pr.Student, cmp.Or(dots.Replace(pr.Strongest()), g.Blank), cmp.Or(dots.Replace(pr.Weakest()), g.Blank)})
		t.open = append(t.open, opener{student: pr.Student})
	}
	if class.AnyNothingNamed(p.Profiles) {
		t.note = class.NothingNamedNote(g.Blank)
	}
	return t
}

// layout decides each column's width for the screen: as wide as its
// widest cell, dropping the least needed columns until the row fits, and
// cutting the first (the name) last of all.
func (t table) layout(width int) []int {
	widths := make([]int, len(t.cols))
	for c, col := range t.cols {
		if col.hidden {
			continue
		}
		widths[c] = ansi.StringWidth(col.head)
		for _, r := range t.rows {
			widths[c] = max(widths[c], ansi.StringWidth(r[c]))
		}
		widths[c] = min(widths[c], cmp.Or(col.widest, maxColumn))
	}
	total := func() int {
		sum := 0
		for _, w := range widths {
			if w > 0 {
				sum += w + 2
			}
		}
		return sum
	}
	for total() > width {
		worst := -1
		for c, col := range t.cols {
			if c > 0 && widths[c] > 0 && (worst < 0 || col.drop > t.cols[worst].drop) {
				worst = c
			}
		}
		if worst < 0 {
			widths[0] = max(4, width-2)
			break
		}
		widths[worst] = 0
	}
	return widths
}

// line draws one row in the widths given, two spaces between columns.
func line(cells []string, widths []int, st common.Styles) string {
	var parts []string
	for c, w := range widths {
		if w > 0 {
			parts = append(parts, ansi.Truncate(cells[c], w, st.Glyphs().Ellipsis)+strings.Repeat(" ", max(0, w-ansi.StringWidth(ansi.Truncate(cells[c], w, st.Glyphs().Ellipsis)))))
		}
	}
	return strings.TrimRight(strings.Join(parts, "  "), " ")
}

func heads(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.head
	}
	return out
}

// status orders grades for "missing and late first".
func status(g class.Grade) int {
	switch {
	case g.Missing:
		return 2
	case g.Late:
		return 1
	}
	return 0
}

// discrimination sorts questions with none last.
func discrimination(it *class.Item) float64 {
	if !it.HasDiscrimination {
		return 2
	}
	return it.Discrimination
}

func percent(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }
