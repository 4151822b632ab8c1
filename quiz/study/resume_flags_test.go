package study

import (
	"slices"
	"testing"
	"time"
)

// An exam left with questions flagged to come back to is carried on with
// the same flags, and a flag taken off before leaving stays off; flags
// set in the carried-on attempt are kept in turn.
func TestResumedExamKeepsItsFlags(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(4)
	now := time.Now()
	clock := func() time.Time { return now }
	att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: true, TimeLimit: 10 * time.Minute, Now: clock})
	must(t, att.Begin())
	_, tk := att.Answer(0, truth(true), now)
	must(t, tk)
	att.Flag(1)
	att.Flag(2)
	att.Flag(1) // changed their mind
	att.Flag(3)
	must(t, att.keepFlags())

	w := NewWriter(st)
	u, err := FindUnfinished(w, p, a).Wait()
	if err != nil || u == nil {
		t.Fatalf("the exam left is not found: %v", err)
	}
	resumed, claim := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a), Now: clock}).Resume(u)
	must(t, claim)
	if got := resumed.Flagged(); !slices.Equal(got, []int{2, 3}) {
		t.Fatalf("flags after carrying on: %v, want [2 3]", got)
	}
	resumed.Flag(3)
	must(t, resumed.keepFlags())

	again, err := FindUnfinished(NewWriter(st), p, a).Wait()
	if err != nil || again == nil {
		t.Fatalf("the exam is not found a second time: %v", err)
	}
	var flagged []int
	for i, it := range again.Session.Items {
		if it.Flagged {
			flagged = append(flagged, i)
		}
	}
	if !slices.Equal(flagged, []int{2}) {
		t.Errorf("flags the second time: %v, want [2]", flagged)
	}
}

// Flagging before the first answer does not begin recording, which would
// settle that the quiz is a new attempt before an unfinished one could be
// offered; the flags are kept with the first answer.
func TestFlagsBeforeTheFirstAnswerGoWithIt(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(3)
	now := time.Now()
	w := NewWriter(st)
	att := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: true, Now: func() time.Time { return now }})
	if flagged, written := att.Flag(2); !flagged || written != nil || att.Recording() {
		t.Fatalf("flagging before any answer: flagged %v, a write %v, recording %v; want flagged, no write, not recording", flagged, written != nil, att.Recording())
	}
	_, tk := att.Answer(0, truth(true), now)
	must(t, tk)
	u, err := FindUnfinished(w, p, a).Wait() // queued after the answer's writes
	if err != nil || u == nil {
		t.Fatalf("the exam is not found: %v", err)
	}
	if !u.Session.Items[2].Flagged || u.Session.Items[1].Flagged {
		t.Errorf("the flag set before the first answer was not kept with it")
	}
}
