package quiz

import (
	"fmt"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/study"
)

// startRow is one line of the start panel a student can change.
type startRow int

const (
	rowTake    startRow = iota // the assignment, or practice instead (a pack that sets one)
	rowCount                   // how many questions
	rowMode                    // practice or exam
	rowTime                    // an exam's time limit
	rowSection                 // every section, or one
	rowLevel                   // every level, or one
)

// startLimits are the time limits an exam may be given on the panel.
var startLimits = []time.Duration{0, 5 * time.Minute, 10 * time.Minute, 15 * time.Minute, 20 * time.Minute, 30 * time.Minute, 45 * time.Minute, time.Hour}

// startChoices is what the start panel has chosen so far: the defaults
// (every question, practice, no time limit) until the student changes
// them. It knows the article, so it offers only sections and levels that
// have questions.
type startChoices struct {
	art        *content.Article
	sections   []int        // indexes into art.Sections that have questions
	levels     []quiz.Level // the levels that have questions
	count      int          // 0: every question of the choice
	exam       bool
	limit      int // index into startLimits
	section    int // 0: every section; else sections[section-1]
	level      int // 0: every level; else levels[level-1]
	assignment bool
}

// newStartChoices is the defaults for an article.
func newStartChoices(a *content.Article) startChoices {
	c := startChoices{art: a}
	seen := map[int]bool{}
	for _, q := range a.Questions {
		if i, ok := a.SectionIndex(q.Section); ok && q.Section != "" && !seen[i] {
			seen[i] = true
		}
	}
	for i := range a.Sections {
		if seen[i] {
			c.sections = append(c.sections, i)
		}
	}
	for _, l := range quiz.Levels {
		for _, q := range a.Questions {
			if q.Level == l {
				c.levels = append(c.levels, l)
				break
			}
		}
	}
	return c
}

// rows are the lines the panel shows: with an assignment taken, only the
// choice to take it; else the settings, the time limit for an exam only,
// and a section or level only when there is more than one to choose.
func (c *startChoices) rows(assigned bool) []startRow {
	var rows []startRow
	if assigned {
		rows = append(rows, rowTake)
		if c.assignment {
			return rows
		}
	}
	rows = append(rows, rowCount, rowMode)
	if c.exam {
		rows = append(rows, rowTime)
	}
	if len(c.sections) > 1 {
		rows = append(rows, rowSection)
	}
	if len(c.levels) > 1 {
		rows = append(rows, rowLevel)
	}
	return rows
}

// keep reports whether q is in the chosen section and level.
func (c *startChoices) keep(q *quiz.Question) bool {
	if c.level > 0 && q.Level != c.levels[c.level-1] {
		return false
	}
	if c.section > 0 {
		i, ok := c.art.SectionIndex(q.Section)
		return ok && q.Section != "" && i == c.sections[c.section-1]
	}
	return true
}

// available is how many questions the section and level chosen have.
func (c *startChoices) available() int {
	n := 0
	for i := range c.art.Questions {
		if c.keep(&c.art.Questions[i]) {
			n++
		}
	}
	return n
}

// counts are the numbers of questions offered: each up to 5, then every
// fifth, then all of them.
func (c *startChoices) counts() []int {
	all := c.available()
	var out []int
	for n := 1; n < all; n++ {
		if n <= 5 || n%5 == 0 {
			out = append(out, n)
		}
	}
	return append(out, 0)
}

// change moves a row's value by delta (±1), wrapping round.
func (c *startChoices) change(r startRow, delta int) {
	step := func(at, n int) int { return ((at+delta)%n + n) % n }
	switch r {
	case rowTake:
		c.assignment = !c.assignment
	case rowCount:
		counts := c.counts()
		at := len(counts) - 1
		for i, n := range counts {
			if n == c.count {
				at = i
			}
		}
		c.count = counts[step(at, len(counts))]
	case rowMode:
		c.exam = !c.exam
	case rowTime:
		c.limit = step(c.limit, len(startLimits))
	case rowSection:
		c.section = step(c.section, len(c.sections)+1)
	case rowLevel:
		c.level = step(c.level, len(c.levels)+1)
	}
	if c.count >= c.available() {
		c.count = 0 // fewer questions than chosen: all of them
	}
}

// label is a row's name, as a screen reader would say it.
func (r startRow) label() string {
	switch r {
	case rowTake:
		return "Take"
	case rowCount:
		return "Questions"
	case rowMode:
		return "Mode"
	case rowTime:
		return "Time limit"
	case rowSection:
		return "Section"
	case rowLevel:
		return "Level"
	}
	return ""
}

// value is a row's value in words: "12 of 37", "exam", "15 minutes".
func (c *startChoices) value(r startRow) string {
	switch r {
	case rowTake:
		if c.assignment {
			return "the assignment"
		}
		return "practice on your own"
	case rowCount:
		if c.count == 0 {
			return fmt.Sprintf("all %d", c.available())
		}
		return fmt.Sprintf("%d of %d", c.count, c.available())
	case rowMode:
		if c.exam {
			return "exam (marks at the end)"
		}
		return "practice (marked as you go)"
	case rowTime:
		if startLimits[c.limit] == 0 {
			return "none"
		}
		return study.Count(int(startLimits[c.limit].Minutes()), "minute")
	case rowSection:
		if c.section == 0 {
			return "all"
		}
		return c.art.Sections[c.sections[c.section-1]].Title()
	case rowLevel:
		if c.level == 0 {
			return "all"
		}
		return string(c.levels[c.level-1])
	}
	return ""
}

// options are the session options of what is chosen, drawn with seed.
func (c *startChoices) options(seed int64) quiz.SessionOptions {
	so := quiz.SessionOptions{N: c.count, Seed: seed}
	if c.level > 0 {
		so.Levels = []quiz.Level{c.levels[c.level-1]}
	}
	if c.section > 0 {
		art, want := c.art, c.sections[c.section-1]
		so.Section = art.Sections[want].Slug
		so.Filter = func(q *quiz.Question) bool {
			i, ok := art.SectionIndex(q.Section)
			return ok && q.Section != "" && i == want
		}
	}
	return so
}

// timeLimit is the chosen exam's time limit; 0 in practice.
func (c *startChoices) timeLimit() time.Duration {
	if !c.exam {
		return 0
	}
	return startLimits[c.limit]
}
