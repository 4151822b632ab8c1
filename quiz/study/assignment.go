package study

import (
	"errors"
	"fmt"
	"hash/fnv"
	"time"

	"brief/content"
	"brief/quiz/scores"
)

// Assigned is a pack's assignment as one student stands with it at one
// article: how many of its attempts are used and when it is due.
type Assigned struct {
	content.Assignment
	Used int // attempts taken in the assignment's mode
	// Unfinished counts the attempts among Used left unfinished, which
	// can be carried on even when no attempt is left to start.
	Unfinished int
	Due        time.Time // the end of the due day; zero when none is set
	Overdue    bool      // the due day is over
}

// AssignmentAt is the assignment of p at article a as the student stands
// with it, or nil when the pack sets none. A nil store counts no attempts.
func AssignmentAt(store *scores.Store, p *content.Pack, a *content.Article, now time.Time) (*Assigned, error) {
	if p == nil || p.Assignment == nil || a == nil {
		return nil, nil
	}
	as := &Assigned{Assignment: *p.Assignment}
	if day, ok := p.Assignment.DueDate(); ok {
		as.Due = day.AddDate(0, 0, 1)
		as.Overdue = !now.Before(as.Due)
	}
	if store != nil {
		used, err := store.AttemptsAt(p.ID, p.Version, a.ID)
		if err != nil {
			return nil, err
		}
		as.Used = used
		if as.Unfinished, err = store.UnfinishedAt(p.ID, p.Version, a.ID); err != nil {
			return nil, err
		}
	}
	return as, nil
}

// Left is how many attempts remain, and false when there is no limit.
func (as *Assigned) Left() (int, bool) {
	if as.Attempts <= 0 {
		return 0, false
	}
	return max(0, as.Attempts-as.Used), true
}

// Exam reports whether the assignment is taken in exam mode.
func (as *Assigned) Exam() bool { return as.Mode == content.AssignExam }

// ErrNoAttemptsLeft is returned by Check when every attempt is used.
var ErrNoAttemptsLeft = errors.New("no attempts left")

// Check says whether the student may start the assignment now: an error
// wrapping ErrNoAttemptsLeft when every attempt is used and none is left
// unfinished to carry on. A late start is allowed (the teacher's report
// marks it late).
func (as *Assigned) Check() error {
	if left, limited := as.Left(); limited && left == 0 && as.Unfinished == 0 {
		return fmt.Errorf("%w: you have taken the assignment %s (%d of %d); practise with --practice",
			ErrNoAttemptsLeft, Count(as.Attempts, "time"), as.Used, as.Attempts)
	}
	return nil
}

// OnlyToCarryOn reports whether every attempt is used but one is left
// unfinished: the assignment can then only be carried on, not started
// again.
func (as *Assigned) OnlyToCarryOn() bool {
	left, limited := as.Left()
	return limited && left == 0 && as.Unfinished > 0
}

// Seed is the draw of a student's attempt: the same student gets the
// same questions on the same attempt, another student others.
func (as *Assigned) Seed(student, packID, articleID string) int64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d", student, packID, articleID, as.Used+1)
	return int64(h.Sum64() >> 1)
}

// Line describes the assignment as home shows it beside the article:
// "exam · 12 questions · 15:00 · due Monday · 1 of 2 attempts left".
func (as *Assigned) Line(now time.Time) string {
	s := as.Mode
	if as.Questions > 0 {
		s += " · " + Count(as.Questions, "question")
	}
	if d := as.TimeLimit(); d > 0 {
		s += " · " + Countdown(d)
	}
	if !as.Due.IsZero() {
		s += " · " + dueWords(as.Due.AddDate(0, 0, -1), now)
	}
	if left, limited := as.Left(); limited {
		s += fmt.Sprintf(" · %d of %d attempts left", left, as.Attempts)
	}
	if as.Unfinished > 0 {
		s += fmt.Sprintf(" · %d unfinished", as.Unfinished)
	}
	return s
}

// dueWords says when a due day is, as a student thinks of it: "due today",
// "due tomorrow", "due Monday" within the week, else "due 14 Dec";
// "was due 14 Dec" once past.
func dueWords(day, now time.Time) string {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	days := int(day.Sub(today).Hours() / 24)
	switch {
	case days < 0:
		return "was due " + day.Format("2 Jan")
	case days == 0:
		return "due today"
	case days == 1:
		return "due tomorrow"
	case days < 7:
		return "due " + day.Format("Monday")
	}
	return "due " + day.Format("2 Jan")
}
