package study

import (
	"strings"
	"testing"
	"time"
)

// An exam left and carried on has the time that was left when it was
// left: the minutes thought over a question after the last answer are
// used, not given back, and the hours it was away between two resumes
// are not taken.
func TestLeavingAnExamNeverGivesTimeBack(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(4)
	now := t0
	clock := func() time.Time { return now }
	att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: true, TimeLimit: 10 * time.Minute, Now: clock})
	must(t, att.Begin())
	att.StartClock(now)
	now = now.Add(time.Minute)
	_, tk := att.Answer(0, truth(true), now)
	must(t, tk)
	now = now.Add(3 * time.Minute) // thinking over the second question, then leaving
	must(t, att.KeepTimeUsed(now))

	left := func(t *testing.T) *Unfinished {
		t.Helper()
		u, err := FindUnfinished(NewWriter(st), p, a).Wait()
		if err != nil || u == nil {
			t.Fatalf("the exam left is not found: %v", err)
		}
		return u
	}
	u := left(t)
	if u.Left != 6*time.Minute {
		t.Fatalf("left after 4 minutes of 10: %v, want 6m", u.Left)
	}
	// Offered back, it says so.
	if got, want := u.Describe(), "exam (10m), 1 of 4 answered, 6:00 left, started "; !strings.HasPrefix(got, want) {
		t.Errorf("named %q, want %q…", got, want)
	}

	// Carried on five hours later: one minute to the second answer, a
	// minute more, and left again.
	now = now.Add(5 * time.Hour)
	w := NewWriter(st)
	resumed, claim := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a), Now: clock}).Resume(u)
	must(t, claim)
	resumed.StartClock(now)
	now = now.Add(time.Minute)
	_, tk = resumed.Answer(1, truth(true), now)
	must(t, tk)
	// Had brief stopped here, the answer kept the time used with it.
	if u := left(t); u.Left != 5*time.Minute {
		t.Errorf("left after the answer of the second sitting: %v, want 5m", u.Left)
	}
	now = now.Add(time.Minute)
	must(t, resumed.KeepTimeUsed(now))
	if u := left(t); u.Left != 4*time.Minute {
		t.Errorf("left after 6 minutes of 10 over two sittings: %v, want 4m", u.Left)
	}
}

// A timed exam opened and left without an answer is an attempt all the
// same: found to carry on with the time it had left, and, taken as the
// assignment, counted among its attempts; its questions cannot be read
// first and then taken afresh with the whole time.
func TestAnExamReadAndLeftIsCarriedOn(t *testing.T) {
	st := openStore(t)
	p, a := assignedPack(t)
	now := t0
	att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: true, TimeLimit: 10 * time.Minute,
		Assigned: true, Now: func() time.Time { return now }})
	must(t, att.Begin())
	att.StartClock(now)
	now = now.Add(30 * time.Second)
	must(t, att.KeepTimeUsed(now))
	u, err := FindUnfinished(NewWriter(st), p, a).Wait()
	if err != nil || u == nil {
		t.Fatalf("the exam read and left is not found: %v", err)
	}
	if u.Answered() != 0 || u.Left != 9*time.Minute+30*time.Second {
		t.Errorf("found with %d answered and %v left, want 0 and 9m30s", u.Answered(), u.Left)
	}
	as, err := AssignmentAt(st, p, a, now)
	if err != nil || as.Used != 1 || as.Unfinished != 1 {
		t.Errorf("the assignment counts %+v (%v), want 1 attempt used, unfinished", as, err)
	}
}
