package cli

import (
	"strings"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/study"
)

// reviewSchedule is what a plain review says of the review schedule, in
// the full-screen review's words: when each question answered comes back
// ("You will see it again tomorrow."), and at the end how many questions
// are still due.
type reviewSchedule struct {
	w      *study.Writer
	packs  []*content.Pack
	states *study.StatesLookup // where the questions stood before any answer moved them on
}

// newReviewSchedule reads where the questions of the review att stand in
// the schedule. It must be called before any answer is given: the read
// is queued on w ahead of the answers' writes, which move them on.
func newReviewSchedule(w *study.Writer, packs []*content.Pack, att *study.Attempt) *reviewSchedule {
	return &reviewSchedule{w: w, packs: packs, states: study.ReadReviewStates(w, att)}
}

// againLine says when question i, answered with res, comes back; "" when
// s is nil (not a review) or the schedule could not be read.
func (s *reviewSchedule) againLine(i int, res *quiz.Result, now time.Time) string {
	if s == nil || res == nil {
		return ""
	}
	states, err := s.states.Wait()
	if err != nil {
		return ""
	}
	// A question not yet in the schedule enters it new.
	return "You will see it " + study.AgainAfter(states[i], res, now) + "."
}

// stillDueLine ends a review: "Nothing more is due." or how many
// questions are, counted after the hand-in is written; "" when s is nil
// or nothing is being saved. The notice's "r to continue" is the home
// screen's key, so the line says what goes on from a shell instead.
func (s *reviewSchedule) stillDueLine(att *study.Attempt, now time.Time) string {
	if s == nil || !att.Saving() {
		return ""
	}
	n, err := study.CountDue(s.w, s.packs, now).Wait()
	if err != nil {
		return ""
	}
	notice := study.StillDueNotice(n)
	if n <= 0 {
		return notice
	}
	what, _, _ := strings.Cut(notice, " · ")
	return what + ": brief review goes on."
}
