package quiz

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// resumeIDs are the questions of the resume tests: none is typed, so no
// cursor blinks.
var resumeIDs = []string{"venue", "air-koryo", "food-aid-hedged"}

// leaveUnfinished answers the first question of a quiz right, recorded
// in st, and leaves the quiz; it returns the attempt's id.
func leaveUnfinished(t *testing.T, st *scores.Store) int64 {
	t.Helper()
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st)}, resumeIDs...)
	deliver(q, q.begin())
	s, cmd := qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	p, a := defaultArticle(t)
	saved, _, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil || saved == nil {
		t.Fatalf("no unfinished attempt: %v", err)
	}
	return saved.ID
}

// offered opens a quiz that looks for an unfinished attempt in st.
func offered(t *testing.T, st *scores.Store) *Screen {
	t.Helper()
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st), OfferResume: true}, resumeIDs...)
	deliver(q, q.findUnfinished())
	return q
}

func TestResumeOfferKeepsKeysWithTheirWords(t *testing.T) {
	st := testStore(t)
	leaveUnfinished(t, st)
	q := offered(t, st)
	for _, width := range []int{30, 40, 60, 80, 120} {
		q.Update(tea.WindowSizeMsg{Width: width, Height: 24})
		lines := strings.Split(qzView(q), "\n")
		for _, want := range []string{"r resume it", "n start this new quiz"} {
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, want) }) {
				t.Errorf("at %d columns no line holds %q:\n%s", width, want, strings.Join(lines, "\n"))
			}
		}
	}
}

func TestResumeCarriesOnTheSameAttempt(t *testing.T) {
	st := testStore(t)
	p, a := defaultArticle(t)
	id := leaveUnfinished(t, st)
	q := offered(t, st)
	if q.phase() != phaseResume {
		t.Fatalf("phase %d, want the offer to resume", q.phase())
	}
	view := qzView(q)
	v := strings.Join(strings.Fields(view), " ")
	for _, want := range []string{
		"Unfinished quiz", "You have an unfinished quiz on this article: practice, 1 of 3 answered, started just now.",
		"r resume it · n start this new quiz (3 questions)",
		"With n, your 1 answer stays in your stats, but that quiz is closed and not offered again.",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the offer lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "Question 1/") {
		t.Errorf("the offer shows the new quiz's first question in its header:\n%s", view)
	}
	qzPress(q, "r")
	if q.phase() != phaseAnswer || q.cur != 1 {
		t.Fatalf("after r: phase %d at question %d, want question 2 to answer", q.phase(), q.cur+1)
	}
	if it := q.sess().Items[0]; it.Q.ID != "venue" || it.Result == nil || it.Result.Verdict != quiz.Right {
		t.Errorf("the earlier answer is not kept: %+v", it)
	}
	if v := qzView(q); !strings.Contains(v, "Score 1/1") {
		t.Errorf("the running score leaves out the earlier answer:\n%s", v)
	}
	s, cmd := qzPress(q, "ctrl+s")
	deliver(s, cmd)
	saved, answers, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil || saved == nil || saved.ID != id || len(answers) != 2 {
		t.Fatalf("after resuming: attempt %+v with %d answers (%v), want attempt %d with 2", saved, len(answers), err, id)
	}
}

func TestStartOverSetsTheUnfinishedAttemptAside(t *testing.T) {
	st := testStore(t)
	p, a := defaultArticle(t)
	old := leaveUnfinished(t, st)
	q := offered(t, st)
	s, cmd := qzPress(q, "n")
	deliver(s, cmd)
	if q.phase() != phaseAnswer || q.cur != 0 || q.att.Answered() != 0 || !q.att.Recording() {
		t.Fatalf("after n: phase %d at question %d, %d answered, recording %v; want a new quiz from the start", q.phase(), q.cur+1, q.att.Answered(), q.att.Recording())
	}
	if saved, _, _ := st.UnfinishedAttempt(p.ID, a.ID); saved != nil {
		t.Fatalf("the attempt set aside is still offered: %+v", saved)
	}
	s, cmd = qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	saved, answers, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil || saved == nil || saved.ID == old || len(answers) != 1 {
		t.Fatalf("after starting over: attempt %+v with %d answers (%v), want a new attempt with 1", saved, len(answers), err)
	}
	if again := offered(t, st); again.phase() != phaseResume || again.Offered().Saved.ID != saved.ID {
		t.Error("the new attempt, left unfinished, is not offered next time")
	}
}

func TestNothingToResumeStartsAtOnce(t *testing.T) {
	st := testStore(t)
	q := offered(t, st)
	if q.phase() != phaseAnswer || !q.att.Recording() || !q.att.Saving() {
		t.Errorf("with nothing to resume: phase %d, recording %v; want the quiz begun", q.phase(), q.att.Recording())
	}
}

// Resume offers only an unfinished quiz like the one asked for: a
// practice quiz left half done is not offered to a student who asked for
// an exam, nor one of another length, and stays to be resumed later.
func TestResumeOffersOnlyAQuizLikeTheOneAskedFor(t *testing.T) {
	st := testStore(t)
	leaveUnfinished(t, st)
	for name, cfg := range map[string]struct {
		cfg Config
		ids []string
	}{
		"an exam":        {Config{Exam: true}, resumeIDs},
		"a shorter quiz": {Config{}, resumeIDs[:2]},
		"a timed exam":   {Config{Exam: true, TimeLimit: 3 * time.Minute}, resumeIDs},
	} {
		t.Run(name, func(t *testing.T) {
			c := cfg.cfg
			c.Writer, c.OfferResume = study.NewWriter(st), true
			q := newTestQuiz(t, c, cfg.ids...)
			deliver(q, q.findUnfinished())
			if q.phase() == phaseResume {
				t.Fatalf("the unfinished practice quiz is offered to %s:\n%s", name, qzView(q))
			}
			if q.att.Exam() != c.Exam {
				t.Errorf("the quiz begun is not the one asked for (exam %v)", q.att.Exam())
			}
		})
	}
	if q := offered(t, st); q.phase() != phaseResume {
		t.Error("the practice quiz is no longer offered to a practice quiz like it")
	}
}

// On a terminal too small for the whole offer, ↓ and pgdn scroll it, so
// that what starting over costs can be read before choosing.
func TestResumeOfferScrollsOnASmallTerminal(t *testing.T) {
	st := testStore(t)
	leaveUnfinished(t, st)
	q := offered(t, st)
	q.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	const last = "not offered again."
	if view := qzView(q); strings.Contains(view, last) || !strings.Contains(view, "more") {
		t.Fatalf("test set-up: at 40x12 the whole offer fits:\n%s", view)
	}
	for _, k := range []string{"down", "pgdown", "j"} {
		for range 10 {
			deliver(qzPress(q, k))
		}
		if view := qzView(q); !strings.Contains(strings.Join(strings.Fields(view), " "), last) {
			t.Errorf("%s did not scroll the offer to its end:\n%s", k, view)
		}
		for range 10 {
			deliver(qzPress(q, "up"))
		}
	}
	if q.phase() != phaseResume {
		t.Errorf("scrolling left the offer: phase %d", q.phase())
	}
}
