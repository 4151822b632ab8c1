package quiz

import (
	"strings"
	"testing"

	"brief/quiz/study"
)

// The assignment's unfinished attempt is carried on at once, as the plain
// quiz does: no offer to start it again, which would use up another of
// the attempts the teacher allows.
func TestAssignmentIsCarriedOnWithoutAnOffer(t *testing.T) {
	st := testStore(t)
	id := leaveUnfinished(t, st)
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st), OfferResume: true, Assigned: true}, resumeIDs...)
	deliver(q, q.findUnfinished())
	if q.phase() == phaseResume {
		t.Fatalf("the assignment's attempt is offered, not carried on:\n%s", qzView(q))
	}
	if q.att.Answered() != 1 || q.cur != 1 {
		t.Errorf("carried on with %d answered, at question %d; want 1 answered, at the second", q.att.Answered(), q.cur+1)
	}
	if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, "Carrying on your unfinished attempt at the assignment.") {
		t.Errorf("the quiz does not say it carried the attempt on:\n%s", qzView(q))
	}
	s, cmd := qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	saved, _, err := st.UnfinishedAttempt(q.att.Pack().ID, q.att.Article().ID)
	if err != nil || saved == nil || saved.ID != id {
		t.Errorf("the next answer went to attempt %v (%v), want the one left, %d", saved, err, id)
	}
}
