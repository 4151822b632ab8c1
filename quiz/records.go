package quiz

import "time"

// The records the score store keeps that the quiz logic reads back: an
// answer, to resume an attempt, and a question due for review, to plan a
// review session. They are plain data, so quiz needs no store to use them.

// AnswerRecord is one answer as given, graded and timed.
type AnswerRecord struct {
	AttemptID    int64
	PackID       string
	PackVersion  string
	ArticleID    string
	QuestionID   string
	QuestionHash string // changes when the question's content changes
	Section      string
	Level        string
	Given        string // the answer as the student gave it, encoded by the caller
	Points       float64
	Max          float64
	Skipped      bool
	Elapsed      time.Duration
	At           time.Time
}

// ReviewItem is a question due for review.
type ReviewItem struct {
	PackID       string
	ArticleID    string
	QuestionID   string
	QuestionHash string // the hash when last answered; a different current hash means the question changed
	Due          time.Time
}

// SavedDraw is what a saved attempt says of the questions it drew: its id
// (for messages), the questions in the order asked, and the seed that
// shuffled them.
type SavedDraw struct {
	ID          int64
	QuestionIDs []string
	Seed        int64
}
