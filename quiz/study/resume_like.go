package study

import (
	"fmt"
	"time"

	"brief/quiz/scores"
)

// FindUnfinishedLike is FindUnfinished for an unfinished attempt taken as
// att, a new attempt not yet begun, would be: the same mode (practice or
// exam), as many questions and the same time limit. What the student
// asked for is what is offered: a review, a retry, or a quiz of another
// mode, length or limit left unfinished is not offered, and stays as it
// is. A review (att spans articles) finds nothing.
func FindUnfinishedLike(w *Writer, att *Attempt) *Lookup {
	if att.Review() || att.art == nil || att.pack == nil {
		return &Lookup{} // done, found nothing
	}
	return findOn(w, att.pack, att.art, &scores.UnfinishedLike{
		Mode: att.info.Mode, Questions: len(att.info.QuestionIDs), TimeLimit: att.limit,
		Assigned: att.info.Assigned, PackVersion: att.info.PackVersion,
	})
}

// Describe names the attempt as a student knows it, to offer resuming
// it: "practice, 25 of 37 answered, started Monday", or for a timed exam
// with the time it has left "exam (10m), 3 of 8 answered, 9:54 left,
// started 5 minutes ago".
func (u *Unfinished) Describe() string {
	mode := "practice"
	switch {
	case u.Saved.Mode == scores.ModeExam && u.Saved.TimeLimit > 0:
		mode = fmt.Sprintf("exam (%s)", LimitWord(u.Saved.TimeLimit))
	case u.Saved.Mode == scores.ModeExam:
		mode = "exam"
	case u.Saved.Mode == scores.ModeReview:
		mode = "review"
	case u.Saved.Retry:
		mode = "retry"
	}
	about := fmt.Sprintf("%s, %d of %d answered", mode, u.Answered(), len(u.Session.Items))
	if u.Exam() && u.Saved.TimeLimit > 0 {
		about += ", " + Countdown(u.Left) + " left"
	}
	return about + ", started " + StartedWord(u.Saved.Started, u.Found)
}

// SetAsideWord says what starting anew does to u and its answers, for
// the choice between resuming and starting over: "your 3 answers stay in
// your stats, but that quiz is closed and not offered again", or with no
// answer "that exam is closed and not offered again".
func (u *Unfinished) SetAsideWord() string {
	kind := "quiz"
	if u.Exam() {
		kind = "exam"
	}
	closed := "that " + kind + " is closed and not offered again"
	n := u.Answered()
	if n == 0 {
		return closed
	}
	return fmt.Sprintf("your %s %s in your stats, but %s", Count(n, "answer"), Plural(n, "stays", "stay"), closed)
}

// StartedWord says when something started, as of now: "just now", "2
// hours ago" on the same day, the weekday within the last week
// ("Monday"), or the date ("3 November").
func StartedWord(started, now time.Time) string {
	d := now.Sub(started)
	y1, m1, d1 := started.Date()
	y2, m2, d2 := now.Date()
	switch {
	case d < 0:
		return "just now"
	case y1 == y2 && m1 == m2 && d1 == d2, d < time.Hour:
		return Ago(d)
	case d < 6*24*time.Hour:
		return started.Weekday().String()
	case y1 == y2:
		return started.Format("2 January")
	}
	return started.Format("2 January 2006")
}

// LimitWord writes a time limit the way it is typed: 10m, 1h30m, 45s.
func LimitWord(d time.Duration) string {
	s := d.Round(time.Second).String()
	if len(s) > 3 && s[len(s)-3:] == "m0s" {
		s = s[:len(s)-2]
	}
	if len(s) > 3 && s[len(s)-3:] == "h0m" {
		s = s[:len(s)-2]
	}
	return s
}
