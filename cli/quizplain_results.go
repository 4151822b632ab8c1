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
	fmt.Fprintf(p.out, "Score: %s/%s (%d%%)\n", quiz.FormatNumber(points), quiz.FormatNumber(max), p.att.Percent())
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
