package cli

import (
	"fmt"
	"strings"

	"brief/quiz"
	"brief/quiz/study"
)

// printSummary ends the quiz with the breakdowns, what a review leaves
// due, and the score line that scripts read last.
func (p *plainQuiz) printSummary() {
	for _, b := range p.att.Breakdowns() {
		if len(b.Tallies) < 2 {
			continue
		}
		fmt.Fprintln(p.out, b.Title+":")
		for _, t := range b.Tallies {
			fmt.Fprintln(p.out, p.tallyLine(t))
		}
	}
	if missed := p.att.Missed(); len(missed) > 0 {
		fmt.Fprintf(p.out, "Missed %d: %s %s\n", len(missed), study.Plural(len(missed), "question", "questions"), joinNumbers(missed))
	}
	if line := p.schedule.stillDueLine(p.att, p.now()); line != "" {
		fmt.Fprintln(p.out, line)
	}
	points, max := p.att.Score()
	fmt.Fprintf(p.out, "Score: %s (%d%%)\n", p.outOf(points, max), p.att.Percent())
}

func joinNumbers(idx []int) string {
	parts := make([]string, len(idx))
	for i, n := range idx {
		parts[i] = fmt.Sprint(n + 1)
	}
	return strings.Join(parts, ", ")
}

// pointsNoun is "point" or "points" after the number p.
func pointsNoun(p float64) string {
	if p == 1 {
		return "point"
	}
	return "points"
}

// outOf is points out of max as the plain quiz writes a mark, "2/3", or
// under --accessible as a listener hears it, "2 of 3" (a screen reader
// says "2 slash 3").
func (p *plainQuiz) outOf(points, max float64) string {
	sep := "/"
	if p.spoken {
		sep = " of "
	}
	return quiz.FormatNumber(points) + sep + quiz.FormatNumber(max)
}
