package study

import (
	"fmt"
	"math"
	"strings"
	"time"

	"brief/content"
	"brief/quiz"
)

// WholeArticle names the questions that are about no one section.
const WholeArticle = "Whole article"

// Countdown writes the time left as m:ss, or h:mm:ss from an hour, so a
// 90-minute exam shows 1:30:00 everywhere. A started second counts as
// whole, so 0:00 never shows while time remains.
func Countdown(left time.Duration) string {
	secs := int64((max(left, 0) + time.Second - 1) / time.Second)
	if secs >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// Percent is points over max as a whole percentage, rounded. It is 0 when
// there is nothing to score or a total is not a finite number (a damaged
// score row), and never leaves 0–100, so it cannot overflow.
func Percent(points, max float64) int {
	p := points / max * 100
	if max <= 0 || math.IsNaN(p) || math.IsInf(p, 0) {
		return 0
	}
	return int(math.Round(math.Min(math.Max(p, 0), 100)))
}

// SectionLabel is the heading of the section of a that a question names,
// or WholeArticle when it names none. A name the article does not have is
// shown as it is.
func SectionLabel(a *content.Article, section string) string {
	if strings.TrimSpace(section) == "" {
		// Checked first: the lead's slug is empty too, but a question
		// that names no section is about the whole article.
		return WholeArticle
	}
	if a != nil {
		if i, ok := a.SectionIndex(section); ok {
			return a.Sections[i].Title()
		}
	}
	return section
}

// Plural picks the word for n: one for 1, many otherwise.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// QuoteMarks are the marks around a passage quoted from the article:
// curly quotes, or straight ones where the style asks for ASCII.
func QuoteMarks(ascii bool) (open, close string) {
	if ascii {
		return `"`, `"`
	}
	return "“", "”"
}

// PointsWord is "1 point" or "2 points", "0.5 points".
func PointsWord(p float64) string {
	if p == 1 {
		return "1 point"
	}
	return quiz.FormatNumber(p) + " points"
}

// VerdictWord names a mark in words, so that it reads without colour or
// symbols: "Right", "Partly right", "Wrong", "Skipped".
func VerdictWord(v quiz.Verdict) string {
	switch v {
	case quiz.Right:
		return "Right"
	case quiz.Partial:
		return "Partly right"
	case quiz.Skipped:
		return "Skipped"
	case quiz.Wrong:
	}
	return "Wrong"
}

// The labels of the reasons under a mark, in every front end.
const (
	LabelAnswer   = "The answer: "       // the right answer, after a miss
	LabelWhy      = "Why: "              // the question file's explanation
	LabelEvidence = "From the article: " // the passage that shows it
	// LabelAboutAnswer heads the question file's note on the answer
	// given, which alone would read as said of nothing in particular.
	LabelAboutAnswer = "About your answer: "
)

// Count writes a number with its noun: "1 question", "3 questions".
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Ago says how long ago something happened, in round words: "just now",
// "5 minutes ago", "1 hour ago", "3 days ago".
func Ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return Count(int(d/time.Minute), "minute") + " ago"
	case d < 48*time.Hour:
		return Count(int(d/time.Hour), "hour") + " ago"
	}
	return Count(int(d/(24*time.Hour)), "day") + " ago"
}
