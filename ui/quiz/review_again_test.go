package quiz

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/quiz/study"
)

// A review answer says when the question comes back, as the schedule
// moves it on for that answer, and the end of a review says how many
// questions are still due.
func TestReviewSaysWhenTheQuestionComesBack(t *testing.T) {
	st := testStore(t)
	packs := twoPacks(t)
	for round, want := range []string{"You will see it again tomorrow.", "You will see it again in 6 days."} {
		plan := twoArticleReview(t, packs)
		q := New(Config{Session: plan.Session, Refs: plan.Refs, Packs: packs, Writer: study.NewWriter(st)}, testTheme())
		q.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		deliver(q, q.Init())
		next, cmd := qzPress(q, rightKeys(q.item())...)
		deliver(next, cmd)
		if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, want) {
			t.Errorf("review %d: the feedback lacks %q:\n%s", round+1, want, qzView(q))
		}
		next, cmd = qzPress(q, "enter", "ctrl+s")
		deliver(next, cmd)
		if v := qzView(q); !strings.Contains(v, "You will see it again tomorrow.") {
			t.Errorf("review %d: a question given up on does not come back tomorrow:\n%s", round+1, v)
		}
		next, cmd = qzPress(q, "enter")
		r, ok := next.(*ResultsScreen)
		if !ok {
			t.Fatalf("after the last question: %T, want the results", next)
		}
		deliver(r, cmd)
		if v := qzView(r); !strings.Contains(v, "Nothing more is due.") {
			t.Errorf("review %d: the end of the review does not say nothing more is due:\n%s", round+1, v)
		}
	}
}

// A practice quiz says nothing of the review schedule.
func TestPracticeFeedbackSaysNothingOfTheSchedule(t *testing.T) {
	q := newTestQuiz(t, Config{Writer: study.NewWriter(testStore(t))}, "venue")
	deliver(q, q.Init())
	qzPress(q, rightKeys(q.item())...)
	if v := qzView(q); strings.Contains(v, "You will see it") {
		t.Errorf("practice feedback speaks of the review schedule:\n%s", v)
	}
}

func TestStillDueLineSaysWhereToGoOn(t *testing.T) {
	if got, want := stillDueLine(3), "3 more questions due: r on the home screen goes on."; got != want {
		t.Errorf("stillDueLine(3) = %q, want %q", got, want)
	}
}
