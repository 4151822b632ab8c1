package main

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// sample is one cell's measurements: the values of the runs that worked
// (milliseconds, or megabytes), and how many did not.
type sample struct {
	unit   string
	times  []float64
	failed int
	err    error // the first failure, to show what went wrong
}

func (s *sample) add(v float64, err error) {
	if err != nil {
		s.failed++
		if s.err == nil {
			s.err = err
		}
		return
	}
	s.times = append(s.times, v)
}

// median is the middle time (the mean of the middle two for an even count).
func (s *sample) median() float64 {
	t := slices.Clone(s.times)
	slices.Sort(t)
	n := len(t)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return t[n/2]
	}
	return (t[n/2-1] + t[n/2]) / 2
}

// String is the median and the range, and the failures.
func (s *sample) String() string {
	if s == nil {
		return "–"
	}
	out := ""
	if len(s.times) > 0 {
		out = fmt.Sprintf("%.1f %s (%.1f–%.1f)", s.median(), s.unit, slices.Min(s.times), slices.Max(s.times))
	}
	if s.failed > 0 {
		out += fmt.Sprintf(" %d of %d failed", s.failed, s.failed+len(s.times))
	}
	return out
}

// ms is a duration in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// ratio is a's median over b's, or "–" when either has none.
func ratio(a, b *sample) string {
	if a == nil || b == nil || len(a.times) == 0 || len(b.times) == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a.median()/b.median())
}

// cell names one table cell: a scenario's row for one program, and the
// unit its values are in.
type cell struct{ scenario, row, program string }

// table is every cell's sample, and the rows in the order first seen.
type table struct {
	cells map[cell]*sample
	rows  []cell // program left empty
}

func newTable() *table { return &table{cells: map[cell]*sample{}} }

func (t *table) add(c cell, unit string, v float64, err error) {
	s := t.cells[c]
	if s == nil {
		s = &sample{unit: unit}
		t.cells[c] = s
		row := cell{c.scenario, c.row, ""}
		if !slices.Contains(t.rows, row) {
			t.rows = append(t.rows, row)
		}
	}
	s.add(v, err)
}

// print writes the table as Markdown, a column for each program and a
// ratio of the first to each other, and then the first error of each
// cell that had one.
func (t *table) print(w io.Writer, programs []program) {
	fmt.Fprint(w, "| screen | frame |")
	for _, p := range programs {
		fmt.Fprintf(w, " %s median (range) |", p.name)
	}
	for _, p := range programs[1:] {
		fmt.Fprintf(w, " %s ÷ %s |", programs[0].name, p.name)
	}
	fmt.Fprint(w, "\n|---|---|")
	for range len(programs)*2 - 1 {
		fmt.Fprint(w, "---|")
	}
	fmt.Fprintln(w)
	for _, r := range t.rows {
		fmt.Fprintf(w, "| %s | %s |", r.scenario, r.row)
		for _, p := range programs {
			fmt.Fprintf(w, " %s |", t.cells[cell{r.scenario, r.row, p.name}])
		}
		first := t.cells[cell{r.scenario, r.row, programs[0].name}]
		for _, p := range programs[1:] {
			fmt.Fprintf(w, " %s |", ratio(first, t.cells[cell{r.scenario, r.row, p.name}]))
		}
		fmt.Fprintln(w)
	}
	for _, r := range t.rows {
		for _, p := range programs {
			if s := t.cells[cell{r.scenario, r.row, p.name}]; s != nil && s.err != nil {
				fmt.Fprintf(w, "\n%s, %s, %s: %v", p.name, r.scenario, r.row, s.err)
			}
		}
	}
	fmt.Fprintln(w)
}
