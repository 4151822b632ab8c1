package class

import "time"

// Format and Version identify a hand-in file. A file of a higher Version
// was written by a newer brief and is refused, not half read.
const (
	Format  = "brief-hand-in"
	Version = 1
)

// HandIn is one student's results for one pack, as `brief hand-in`
// writes them. A file on a student's machine can be edited; the report
// trusts it only as far as its checks go (see Decode).
type HandIn struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	Student  string    `json:"student"`
	Brief    string    `json:"brief_version"`
	Written  time.Time `json:"written"`
	Pack     Pack      `json:"pack"`
	Attempts []Attempt `json:"attempts"`
	// Unfinished counts, by article, the attempts on this version begun
	// (at least one answer given) and never finished: an exam cut short
	// is not a result, but the teacher should know it was tried. Files
	// from a brief before it have none; a reader that does not know the
	// field ignores it, so it needs no new version.
	Unfinished map[string]int `json:"unfinished,omitempty"`

	// Path is where the file was read from, for messages.
	Path string `json:"-"`
}

// Pack names the pack the results are for: two hand-ins are about the same
// questions only when id, version and content hash all match.
type Pack struct {
	ID          string      `json:"id"`
	Version     string      `json:"version"`
	ContentHash string      `json:"content_hash"`
	Title       string      `json:"title,omitempty"`
	Assignment  *Assignment `json:"assignment,omitempty"`
}

// Assignment is the pack's assignment block as the student's brief ran it.
type Assignment struct {
	Mode      string `json:"mode"`
	TimeLimit string `json:"time,omitempty"` // a Go duration, "15m"
	Questions int    `json:"questions,omitempty"`
	Attempts  int    `json:"attempts,omitempty"`
	Due       string `json:"due,omitempty"` // a date, 2026-12-14
}

// The modes an attempt is recorded with. A retry is a practice run of the
// questions missed, after seeing every answer; a review is a spaced
// review session. Neither says what the student knew, so the gradebook
// and item analysis leave them out.
const (
	ModePractice = "practice"
	ModeExam     = "exam"
	ModeRetry    = "retry"
	ModeReview   = "review"
)

// Attempt is one quiz run, with its settings and every answer.
type Attempt struct {
	ID       int64      `json:"id"`
	Article  string     `json:"article"`
	Mode     string     `json:"mode"`
	Settings Settings   `json:"settings"`
	Started  time.Time  `json:"started"`
	Finished *time.Time `json:"finished"` // null: never finished
	// Assigned says the attempt was taken as the pack's assignment; only
	// those count in the gradebook of a pack that sets one.
	Assigned bool     `json:"assignment,omitempty"`
	Answers  []Answer `json:"answers"`
}

// Settings are what the student (or the assignment) chose at the start.
type Settings struct {
	Questions int    `json:"questions"`
	TimeLimit string `json:"time_limit,omitempty"`
	Section   string `json:"section,omitempty"`
	Level     string `json:"level,omitempty"`
	Seed      int64  `json:"seed"`
}

// Answer is one question as asked and answered.
type Answer struct {
	Question string  `json:"question"`
	Type     string  `json:"type"`
	Level    string  `json:"level"`
	Section  string  `json:"section"`
	Given    string  `json:"given"`
	Skipped  bool    `json:"skipped"`
	Points   float64 `json:"points"`
	Max      float64 `json:"max"`
	Seconds  float64 `json:"seconds"`
}

// Score is the attempt's points over its maximum, from 0 to 1, and false
// when it has no points to score.
func (a *Attempt) Score() (float64, bool) {
	var points, max float64
	for _, ans := range a.Answers {
		points += ans.Points
		max += ans.Max
	}
	if max == 0 {
		return 0, false
	}
	return points / max, true
}

// Duration is the time from start to finish, or 0 when unfinished.
func (a *Attempt) Duration() time.Duration {
	if a.Finished == nil {
		return 0
	}
	return a.Finished.Sub(a.Started)
}
