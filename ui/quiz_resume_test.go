package ui

import (
	quizui "brief/ui/quiz"
	"brief/ui/reader"
	"testing"
	"time"

	"brief/quiz/scores"
	"brief/quiz/study"
)

func TestQuizHandedInBehindABusyStoreIsNotOfferedAgain(t *testing.T) {
	st := testStore(t)
	run := runQuizIn(t, Config{Store: st}, st, 5*time.Second)
	run.answer(2)
	// The attempt and its answers are in the store (the quiz clock's
	// ticks check again each second).
	run.await(func(*Model) bool { return run.w.Idle() })
	// Another brief holds the store while the quiz is handed in: the
	// hand-in waits in the queue.
	unlock := lockStore(t, st)
	run.await(topIs[*quizui.ResultsScreen], keyPress("enter"))
	run.await(topIs[*reader.Screen], keyPress("esc"))
	// The same article's quiz again, while the hand-in is still queued;
	// the store is let go soon after.
	time.AfterFunc(300*time.Millisecond, unlock)
	var offer *study.Unfinished
	run.await(topIs[*quizui.StartPanel], keyPress("z"))
	run.await(func(m *Model) bool {
		q, ok := m.top().screen.(*quizui.Screen)
		if ok && (q.Offered() != nil || q.Attempt().Recording()) {
			offer = q.Offered()
			return true
		}
		return false
	}, keyPress("enter"))
	if offer != nil {
		t.Errorf("the quiz just handed in is offered to resume (attempt %d): resumed, it would be handed in twice", offer.Saved.ID)
	}
	run.tm.Send(keyPress("ctrl+c"))
	run.finish()
	attempts, err := st.Attempts(scores.AttemptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(attempts) != 1 || attempts[0].Score != run.sess.Items[0].Result.Max+run.sess.Items[1].Result.Max {
		t.Errorf("handed in: %+v, want the one attempt with both answers right", attempts)
	}
}
