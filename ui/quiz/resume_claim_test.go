package quiz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/quiz/scores"
)

// storeBeside opens a second store on st's database, as another brief
// would.
func storeBeside(t *testing.T, st *scores.Store) *scores.Store {
	t.Helper()
	other, err := scores.Open(filepath.Dir(st.Path()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	return other
}

// A quiz left unfinished in a brief that is still open (another
// terminal) is not offered in this one: this is a new attempt, and the
// student is told why.
func TestResumeIsNotOfferedForAQuizOpenElsewhere(t *testing.T) {
	open := testStore(t)
	leaveUnfinished(t, open)
	here := storeBeside(t, open)
	q := offered(t, here)
	if q.phase() == phaseResume {
		t.Fatal("offered to resume the quiz the other brief has open")
	}
	want := fmt.Sprintf("open in another brief (pid %d), so this is a new attempt", os.Getpid())
	if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, want) {
		t.Errorf("the quiz does not say %q:\n%s", want, qzView(q))
	}
}

// Another brief that takes the attempt between the offer and r leaves
// this one's answers refused, each with a note, never written over its.
func TestResumingAQuizTakenMeanwhileSaysSo(t *testing.T) {
	first := testStore(t)
	id := leaveUnfinished(t, first)
	first.Close() // the first brief ends: the attempt is free
	here := storeBeside(t, first)
	q := offered(t, here)
	if q.phase() != phaseResume {
		t.Fatalf("phase %d, want the offer to resume", q.phase())
	}
	if err := storeBeside(t, first).ClaimAttempt(id); err != nil { // a third brief resumes it first
		t.Fatal(err)
	}
	s, cmd := qzPress(q, "r")
	deliver(s, cmd)
	want := fmt.Sprintf("not saved: this quiz is open in another brief (pid %d); start a new attempt", os.Getpid())
	if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, want) {
		t.Errorf("the quiz does not say %q:\n%s", want, qzView(q))
	}
}
