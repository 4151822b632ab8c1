package quiz

import (
	"strings"
	"testing"

	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// assignedIDs are the questions of the assignment's tests: a choice, then
// a fill-in-the-blanks question, whose keys differ.
var assignedIDs = []string{"venue", "summit-dates", "air-koryo"}

// leaveAssigned answers the first question of the assignment's quiz,
// recorded in a store of its own, and leaves it; it returns the quiz
// opened again on that store, the store and the attempt's id.
func leaveAssigned(t *testing.T) (*Screen, *scores.Store, int64) {
	t.Helper()
	st := testStore(t)
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st), Assigned: true, Exam: true}, assignedIDs...)
	deliver(q, q.begin())
	s, cmd := qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	saved, _, err := st.UnfinishedAttempt(q.att.Pack().ID, q.att.Article().ID)
	if err != nil || saved == nil || !saved.Assigned {
		t.Fatalf("no unfinished attempt at the assignment: %+v, %v", saved, err)
	}
	again := newTestQuiz(t, Config{Writer: study.NewWriter(st), OfferResume: true, Assigned: true, Exam: true}, assignedIDs...)
	return again, st, saved.ID
}

// The assignment's unfinished attempt is carried on at once, as the plain
// quiz does: no offer to start it again, which would use up another of
// the attempts the teacher allows.
func TestAssignmentIsCarriedOnWithoutAnOffer(t *testing.T) {
	q, st, id := leaveAssigned(t)
	deliver(q, q.findUnfinished())
	if q.phase() == phaseResume {
		t.Fatalf("the assignment's attempt is offered, not carried on:\n%s", qzView(q))
	}
	if q.att.Answered() != 1 || q.cur != 1 {
		t.Errorf("carried on with %d answered, at question %d; want 1 answered, at the second", q.att.Answered(), q.cur+1)
	}
	v := strings.Join(strings.Fields(qzView(q)), " ")
	if !strings.Contains(v, "Carrying on your unfinished attempt at the assignment.") {
		t.Errorf("the quiz does not say it carried the attempt on:\n%s", qzView(q))
	}
	// The footer names the keys of the question shown, a typed one here,
	// not those of the screen before it was carried on.
	if !strings.Contains(v, "ctrl+s skip for now") {
		t.Errorf("the footer does not name the typed question's keys:\n%s", qzView(q))
	}
	s, cmd := qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	saved, _, err := st.UnfinishedAttempt(q.att.Pack().ID, q.att.Article().ID)
	if err != nil || saved == nil || saved.ID != id {
		t.Errorf("the next answer went to attempt %+v (%v), want the one left, %d", saved, err, id)
	}
}

// The student's own quiz left unfinished, of the same length and mode,
// is not taken for the assignment: the assignment starts afresh, and the
// student's quiz waits to be carried on as their own.
func TestOwnQuizIsNotCarriedOnAsTheAssignment(t *testing.T) {
	st := testStore(t)
	leaveUnfinished(t, st) // the student's own
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st), OfferResume: true, Assigned: true}, resumeIDs...)
	deliver(q, q.findUnfinished())
	if q.phase() == phaseResume || q.att.Answered() != 0 || strings.Contains(qzView(q), "Carrying on") {
		t.Errorf("the student's own quiz was carried on or offered as the assignment:\n%s", qzView(q))
	}
}

// With every attempt used but an unfinished one that cannot be had, the
// assignment starts nothing: another attempt is not the teacher's to
// give, and the student is told why.
func TestAssignmentWithNothingToCarryOnStartsNothing(t *testing.T) {
	q := newTestQuiz(t, Config{Writer: study.NewWriter(testStore(t)), OfferResume: true, Assigned: true, CarryOnOnly: true}, resumeIDs...)
	_, cmd := q.unfinished(quizUnfinishedMsg{err: &scores.InUseError{PID: 4242, Host: "lab-3"}})
	if q.att.Recording() {
		t.Error("a new attempt at the assignment was begun")
	}
	if cmd == nil {
		t.Fatal("the quiz stays open with nothing to carry on")
	}
	home, ok := cmd().(common.HomeMsg)
	if !ok || !strings.Contains(home.Note, "No attempt is left at the assignment, and your unfinished one is open in another brief") {
		t.Errorf("the student is told %+v", home)
	}
}
