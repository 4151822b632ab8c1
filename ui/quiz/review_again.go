package quiz

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/study"
)

// reviewStatesMsg brings where each question of a review stood in the
// schedule before it was answered, by its index in the review.
type reviewStatesMsg struct {
	states map[int]quiz.ReviewState
}

// readReviewStates reads the review's schedule before any answer moves it
// on (the read is queued on the writer ahead of them), so the feedback can
// say when each question comes back.
func (q *Screen) readReviewStates() tea.Cmd {
	if !q.att.Review() {
		return nil
	}
	l := study.ReadReviewStates(q.cfg.Writer, q.att)
	return func() tea.Msg {
		states, _ := l.Wait() // without them the feedback just does not say
		return reviewStatesMsg{states: states}
	}
}

// againNote is when a reviewed question answered comes back, "You will
// see it again in 6 days.", as the schedule moves it on for this answer;
// "" outside a review, or before the schedule has been read (the read
// brings a map, empty when there is nothing in the schedule).
func (q *Screen) againNote() string {
	it := q.item()
	if !q.att.Review() || it.Result == nil || q.reviewStates == nil {
		return ""
	}
	st := q.reviewStates[q.cur] // a question not yet in the schedule enters it new
	return "You will see it " + study.AgainAfter(st, it.Result, time.Now()) + "."
}

// stillDueMsg brings how many questions are due once a review is handed
// in.
type stillDueMsg struct {
	n   int
	err error
}

// countStillDue counts, after the review's hand-in is written, the
// questions still due, for the end of a review.
func countStillDue(w *study.Writer, packs []*content.Pack, att *study.Attempt) tea.Cmd {
	if !att.Review() || !att.Saving() {
		return nil
	}
	l := study.CountDue(w, packs, time.Now())
	return func() tea.Msg {
		n, err := l.Wait()
		return stillDueMsg{n: n, err: err}
	}
}

// stillDueLine is the end of a review: how many questions are still due.
// The notice's "r to continue" is the home screen's key; here r shows the
// missed questions, so the line says where to go on.
func stillDueLine(n int) string {
	notice := study.StillDueNotice(n)
	if n <= 0 {
		return notice
	}
	what, _, _ := strings.Cut(notice, " · ")
	return what + ": r on the home screen goes on."
}
