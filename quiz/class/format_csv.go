package class

import (
	"brief/internal/sanitize"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
)

// Tables a CSV report can hold, one per file.
const (
	TableGradebook = "gradebook"
	TableItems     = "items"
	TableStudents  = "students"
)

// WriteCSV writes one table of the report as CSV, with the pack on every
// row so the versions handed in stay apart in a spreadsheet.
func WriteCSV(w io.Writer, r *Report, table string) error {
	cw := csv.NewWriter(w)
	var err error
	switch table {
	case TableGradebook:
		err = gradebookCSV(cw, r)
	case TableItems:
		err = itemsCSV(cw, r)
	case TableStudents:
		err = studentsCSV(cw, r)
	default:
		return fmt.Errorf("no table %q: the tables are gradebook, items and students", table)
	}
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func gradebookCSV(cw *csv.Writer, r *Report) error {
	if err := cw.Write([]string{"pack", "pack_version", "student", "article", "attempts", "attempts_allowed", "best", "last", "seconds", "late", "missing", "unfinished"}); err != nil {
		return err
	}
	for _, p := range r.Packs {
		for _, g := range p.Grades {
			// No attempt that counts has no score, not a score of 0, which a
			// spreadsheet would average in.
			best, last, secs := "", "", ""
			if !g.Missing {
				best, last, secs = fraction(g.Best), fraction(g.Last), strconv.FormatInt(Seconds(g.Time), 10)
			}
			if err := cw.Write(cells(p.Pack.ID, p.Pack.Version, g.Student, g.Article, strconv.Itoa(g.Attempts), strconv.Itoa(g.Allowed),
				best, last, secs, strconv.FormatBool(g.Late), strconv.FormatBool(g.Missing), strconv.Itoa(g.Unfinished))); err != nil {
				return err
			}
		}
	}
	return nil
}

func itemsCSV(cw *csv.Writer, r *Report) error {
	if err := cw.Write([]string{"pack", "pack_version", "article", "id", "type", "section", "level", "answers", "facility", "discrimination", "top_wrong", "top_wrong_share", "median_seconds", "check"}); err != nil {
		return err
	}
	for _, p := range r.Packs {
		for _, it := range p.Items {
			disc := ""
			if it.HasDiscrimination {
				disc = fraction(it.Discrimination)
			}
			if err := cw.Write(cells(p.Pack.ID, p.Pack.Version, it.Article, it.Question, it.Type, it.Section, it.Level, strconv.Itoa(it.Answers),
				fraction(it.Facility), disc, it.TopWrong, fraction(it.TopWrongShare), strconv.FormatInt(Seconds(it.MedianTime), 10), joinFlags(it.Flags))); err != nil {
				return err
			}
		}
	}
	return nil
}

func studentsCSV(cw *csv.Writer, r *Report) error {
	if err := cw.Write([]string{"pack", "pack_version", "student", "strongest_section", "weakest_section", "strongest_level", "weakest_level"}); err != nil {
		return err
	}
	for _, p := range r.Packs {
		for _, pr := range p.Profiles {
			if err := cw.Write(cells(p.Pack.ID, p.Pack.Version, pr.Student, shareText(pr.StrongSection, pr.HasSections), shareText(pr.WeakSection, pr.HasSections),
				shareText(pr.StrongLevel, pr.HasLevels), shareText(pr.WeakLevel, pr.HasLevels))); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteMoodle writes the gradebook as a CSV that Moodle's grade import
// reads: an identifier column (the student's name as given; map it to the
// user field it matches) and one column per article with the best score
// out of 100. A student with no attempt that counts has an empty cell,
// which Moodle leaves ungraded, and still a row. Hand-ins of two versions of one pack are refused: one grade
// column cannot hold both.
func WriteMoodle(w io.Writer, r *Report) error {
	if len(r.Notes) > 0 {
		return fmt.Errorf("%s; give the files of one version for a Moodle grade import", r.Notes[0])
	}
	var columns []string
	best := map[[2]string]string{} // student, column → grade
	students := map[string]bool{}
	for _, p := range r.Packs {
		for _, g := range p.Grades {
			students[g.Student] = true
			if g.Article == "" { // no article handed in by anyone: no column
				continue
			}
			col := g.Article
			if len(r.Packs) > 1 {
				col = p.Pack.ID + "/" + g.Article
			}
			if !slices.Contains(columns, col) {
				columns = append(columns, col)
			}
			if !g.Missing {
				best[[2]string{g.Student, col}] = strconv.FormatFloat(round4(g.Best)*100, 'f', 2, 64)
			}
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(cells(append([]string{"Identifier"}, columns...)...)); err != nil {
		return err
	}
	for _, s := range slices.Sorted(maps.Keys(students)) {
		row := []string{s}
		for _, col := range columns {
			row = append(row, best[[2]string{s, col}])
		}
		if err := cw.Write(cells(row...)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cells makes every field safe from spreadsheet formulas.
func cells(fields ...string) []string {
	for i, f := range fields {
		fields[i] = sanitize.CSVCell(f)
	}
	return fields
}

func fraction(f float64) string { return strconv.FormatFloat(round4(f), 'f', -1, 64) }

func shareText(s Share, ok bool) string {
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s %.0f%%", s.Name, s.Score*100)
}

func joinFlags(flags []string) string {
	out := ""
	for i, f := range flags {
		if i > 0 {
			out += "; "
		}
		out += f
	}
	return out
}
