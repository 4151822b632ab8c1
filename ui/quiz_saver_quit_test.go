package ui

import (
	quizui "brief/ui/quiz"
	"brief/ui/reader"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// quizRun is a quiz running as `brief quiz` runs it: over the article's
// reader, looking for an attempt to resume, recording into a store.
type quizRun struct {
	*program
	m    *Model
	sess *quiz.Session
	w    *study.Writer
}

// runQuiz starts a practice quiz of two questions recording into st,
// whose quit gives up waiting after bound. The readers save nothing, so
// that the quiz's answers are the only writes.
func runQuiz(t *testing.T, st *scores.Store, bound time.Duration) *quizRun {
	t.Helper()
	return runQuizIn(t, Config{}, st, bound)
}

// runQuizIn is runQuiz with the root's config: with its Store, the
// readers save their place too.
func runQuizIn(t *testing.T, cfg Config, st *scores.Store, bound time.Duration) *quizRun {
	t.Helper()
	return runQuizOf(t, cfg, st, bound, "venue", "sullivan")
}

// runQuizOf is runQuizIn on the questions of the given ids, in order.
func runQuizOf(t *testing.T, cfg Config, st *scores.Store, bound time.Duration, ids ...string) *quizRun {
	t.Helper()
	p, a := defaultArticle(t)
	cfg.Packs, cfg.Style = []*content.Pack{p}, "notty"
	sess := sessionOf(t, a, ids...)
	w := study.NewWriter(st)
	// No write is left running once the test has closed the store (a
	// test that keeps the store locked lets it go before its cleanups
	// run).
	t.Cleanup(func() { waitIdle(t, w) })
	cfg.Start, cfg.Quiz = StartQuiz, &QuizConfig{
		Pack: p, Article: a, Session: sess, Writer: w, OfferResume: true,
	}
	m, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m.saveBound = bound
	pr := &probe{m: m, hit: make(chan string, 1)}
	tm := teatest.NewTestModel(t, pr, teatest.WithInitialTermSize(80, 24))
	run := &quizRun{program: &program{t: t, tm: tm, p: pr}, m: m, sess: sess, w: w}
	run.await(func(m *Model) bool { _, ok := m.top().screen.(*quizui.Screen); return ok && m.width == 80 },
		tea.WindowSizeMsg{Width: 80, Height: 24})
	return run
}

// answer answers the first n questions right, going on from one to the
// next with enter.
func (r *quizRun) answer(n int) {
	r.t.Helper()
	for i := range n {
		var keys []tea.Msg
		if i > 0 {
			keys = append(keys, keyPress("enter"))
		}
		for _, k := range rightKeys(&r.sess.Items[i]) {
			keys = append(keys, qzKey(k))
		}
		r.await(func(m *Model) bool {
			q, ok := m.top().screen.(*quizui.Screen)
			return ok && q.Attempt().Answered() == i+1
		}, keys...)
	}
}

// finish waits for the program to end after the keys leave it.
func (r *quizRun) finish() {
	r.t.Helper()
	r.tm.WaitFinished(r.t, teatest.WithFinalTimeout(10*time.Second))
}

// topIs is a condition: the screen on top has type T.
func topIs[T common.Screen](m *Model) bool { _, ok := m.top().screen.(T); return ok }

func TestLeavingRightAfterAnsweringSavesEveryAnswer(t *testing.T) {
	tests := map[string]struct {
		answer   int    // questions answered, in order
		leave    []step // the last step's keys end the program; its cond is unused
		handedIn bool
	}{
		"ctrl+c on the feedback": {answer: 2, leave: []step{{msgs: keyPresses("ctrl+c")}}},
		"q on the results": {answer: 2, handedIn: true, leave: []step{
			{msgs: keyPresses("enter"), cond: topIs[*quizui.ResultsScreen]},
			{msgs: keyPresses("q")},
		}},
		"esc to the article, then q": {answer: 1, leave: []step{
			{msgs: keyPresses("esc", "y"), cond: topIs[*reader.Screen]},
			{msgs: keyPresses("q")},
		}},
	}
	for name, tc := range tests {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			st := testStore(t)
			p, a := defaultArticle(t)
			// Another brief holds the store while the student answers
			// (so no answer can be written yet) and lets it go only
			// once the student has left.
			unlock := lockStore(t, st)
			run := runQuiz(t, st, 5*time.Second)
			run.answer(tc.answer)
			last := len(tc.leave) - 1
			for _, s := range tc.leave[:last] {
				run.await(s.cond, s.msgs...)
			}
			time.AfterFunc(300*time.Millisecond, unlock)
			for _, msg := range tc.leave[last].msgs {
				run.tm.Send(msg)
			}
			// Every quit waits for the saves before the program ends
			// (quitSaving), not only runProgram's flush after it.
			run.finish()
			if tc.handedIn {
				attempts, err := st.Attempts(scores.AttemptFilter{})
				if err != nil {
					t.Fatal(err)
				}
				if len(attempts) != 1 || attempts[0].Score != run.sess.Items[0].Result.Max+run.sess.Items[1].Result.Max {
					t.Fatalf("handed in: %+v, want one attempt with both answers right", attempts)
				}
			} else {
				got := recorded(t, st, p, a)
				var ids []string
				for _, r := range got {
					ids = append(ids, r.QuestionID)
				}
				want := []string{"venue", "sullivan"}[:tc.answer]
				if strings.Join(ids, " ") != strings.Join(want, " ") {
					t.Fatalf("saved %v, want %v in that order", ids, want)
				}
			}
			if err := run.m.flushSaves(); err != nil {
				t.Errorf("everything was saved, yet brief would say %q", err)
			}
		})
	}
}

func TestQuitWhileTheStoreStaysLockedSaysWhatWasNotSaved(t *testing.T) {
	st := testStore(t)
	unlock := lockStore(t, st) // never let go while the program runs
	defer unlock()
	run := runQuiz(t, st, 300*time.Millisecond)
	run.answer(2)
	run.tm.Send(keyPress("ctrl+c"))
	// The screen says why brief has not quit yet.
	teatest.WaitFor(t, run.tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), "Saving your answers")
	}, teatest.WithDuration(5*time.Second))
	run.finish()
	// What runProgram returns, and brief prints on stderr.
	err := run.m.flushSaves()
	if err == nil || !strings.HasPrefix(err.Error(), "2 answers were not saved: the score store was still busy") {
		t.Errorf("brief would say %v, want that 2 answers were not saved as the store was busy", err)
	}
}
