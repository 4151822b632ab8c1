package main

import (
	"bufio"
	"fmt"
)

// The Markdown inputs of H1, H2, M8 and M9: deep nesting, runs of
// emphasis, a wide table, reference definitions and sections.

// deepList is 2,000 list items, each nested in the one before.
func deepList(w *bufio.Writer) {
	for i := range 2000 {
		for range i {
			w.WriteString("  ")
		}
		w.WriteString("- x\n")
	}
}

// emphasis is n '*', an x, then n '*'.
func emphasis(n int) gen {
	return func(w *bufio.Writer) {
		repeat("*", n, "x")(w)
		repeat("*", n, "\n")(w)
	}
}

// wideTable is a table of 2,000 columns and 500 rows.
func wideTable(w *bufio.Writer) {
	const cols, rows = 2000, 500
	w.WriteString("|")
	repeat("h|", cols, "\n|")(w)
	repeat("-|", cols, "\n")(w)
	for range rows {
		w.WriteString("|")
		repeat("x|", cols, "\n")(w)
	}
}

// refDefs is a paragraph with two reference links and 100,000
// reference-link definitions.
func refDefs(w *bufio.Writer) {
	w.WriteString("See [the first][r0] and [the last][r99999].\n\n")
	for i := range 100_000 {
		fmt.Fprintf(w, "[r%d]: https://example.com/%d\n", i, i)
	}
}

// sections is 100,000 sections, "## S<i>" and one line each.
func sections(w *bufio.Writer) {
	w.WriteString("The lead.\n\n")
	for i := range 100_000 {
		fmt.Fprintf(w, "## S%d\n\nLine %d.\n\n", i, i)
	}
}
