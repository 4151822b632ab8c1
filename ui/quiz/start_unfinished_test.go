package quiz

import (
	"strings"
	"testing"
	"time"

	"brief/internal/profile"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// leaveExam starts an exam of 20 questions in 10 minutes, recorded in
// st, answers its first question and leaves it, as a student who pressed
// esc and y would.
func leaveExam(t *testing.T, st *scores.Store) int64 {
	t.Helper()
	_, a := defaultArticle(t)
	sess, err := quiz.NewSession(a.Questions, quiz.SessionOptions{N: 20, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	q := newTestQuiz(t, Config{Writer: study.NewWriter(st), Session: sess, Exam: true, TimeLimit: 10 * time.Minute})
	deliver(q, q.begin())
	s, cmd := qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	p, _ := defaultArticle(t)
	saved, _, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil || saved == nil {
		t.Fatalf("no unfinished exam: %v", err)
	}
	return saved.ID
}

// z on an article with an exam left unfinished opens the panel with that
// exam's settings chosen and says so; Enter offers it back, and r carries
// on the same attempt.
func TestStartPanelChoosesTheUnfinishedExam(t *testing.T) {
	st := testStore(t)
	id := leaveExam(t, st)
	view := panelView(openPanel(t, StartConfig{Store: st, Writer: study.NewWriter(st)}, "dark", 80, 24), 80, 24)
	for _, want := range []string{"Questions: 20 of 37", "Mode: exam", "Time limit: 10 minutes", "Enter offers to resume your exam: 1 of 20 answered,", "left."} {
		if !strings.Contains(view, want) {
			t.Errorf("the panel lacks %q:\n%s", want, view)
		}
	}
	q, ok := openPanel(t, StartConfig{Store: st, Writer: study.NewWriter(st)}, "dark", 80, 24, "enter").(*Screen)
	if !ok {
		t.Fatal("enter did not open the quiz")
	}
	if q.phase() != phaseResume {
		t.Fatalf("phase %d: enter does not offer the unfinished exam", q.phase())
	}
	qzPress(q, "r")
	if q.phase() != phaseAnswer || q.cur != 1 || !q.att.Exam() || q.att.Len() != 20 {
		t.Fatalf("after r: phase %d at question %d (exam %v, %d questions); want the exam's question 2 of 20", q.phase(), q.cur+1, q.att.Exam(), q.att.Len())
	}
	p, a := defaultArticle(t)
	s, cmd := qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	if saved, answers, err := st.UnfinishedAttempt(p.ID, a.ID); err != nil || saved == nil || saved.ID != id || len(answers) != 2 {
		t.Errorf("after resuming: attempt %+v with %d answers (%v), want attempt %d with 2", saved, len(answers), err, id)
	}
}

// Changing a setting starts a new quiz, as ever, and the panel says the
// unfinished one stays.
func TestStartPanelChangedSettingStartsANewQuiz(t *testing.T) {
	st := testStore(t)
	leaveExam(t, st)
	cfg := StartConfig{Store: st, Writer: study.NewWriter(st)}
	view := panelView(openPanel(t, cfg, "dark", 80, 24, "right"), 80, 24)
	if !strings.Contains(view, "Enter starts a new quiz; your unfinished exam stays as it is.") {
		t.Errorf("with the count changed the panel does not say a new quiz starts:\n%s", view)
	}
	q, ok := openPanel(t, cfg, "dark", 80, 24, "right", "enter").(*Screen)
	if !ok {
		t.Fatal("enter did not start the quiz")
	}
	if q.phase() == phaseResume {
		t.Error("a quiz of another length offers the unfinished exam")
	}
}

// An assignment left unfinished, with every attempt used, opens the panel
// on the assignment, which Enter carries on; practising on one's own
// never offers, or closes, that attempt.
func TestStartPanelCarriesOnTheUnfinishedAssignment(t *testing.T) {
	st := testStore(t)
	p, a := assignedPack(t)
	p.Assignment.Attempts = 1
	sess, err := quiz.NewSession(a.Questions, quiz.SessionOptions{N: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	left := newTestQuiz(t, Config{Pack: p, Article: a, Writer: study.NewWriter(st), Session: sess, Exam: true, TimeLimit: 15 * time.Minute, Assigned: true})
	deliver(left, left.begin())
	s, cmd := qzPress(left, rightKeys(left.item())...)
	deliver(s, cmd)

	dir := t.TempDir()
	cfg := StartConfig{Pack: p, Article: a, Store: st, DataDir: dir}
	if err := profile.Save(dir, profile.Profile{Name: "Ana Perera"}); err != nil {
		t.Fatal(err)
	}
	v := strings.Join(strings.Fields(panelView(openPanel(t, cfg, "notty", 80, 24), 80, 24)), " ")
	for _, want := range []string{"0 of 1 attempts left - 1 unfinished", "> Take: the assignment", "Enter carries on your assignment: 1 of 3 answered,"} {
		if !strings.Contains(v, want) {
			t.Errorf("the panel lacks %q:\n%s", want, v)
		}
	}
	// Practice on one's own, same settings: a new quiz, the assignment left.
	s = openPanel(t, cfg, "notty", 80, 24, "right", "enter")
	q, ok := s.(*Screen)
	if !ok {
		t.Fatalf("practice opened %T", s)
	}
	if q.phase() == phaseResume || q.att.Answered() != 0 {
		t.Errorf("practice offered or carried on the assignment's attempt:\n%s", qzView(q))
	}
	if saved, _, err := st.UnfinishedAttemptLike(p.ID, a.ID, scores.UnfinishedLike{Mode: scores.ModeExam, Questions: 3, TimeLimit: 15 * time.Minute, Assigned: true, PackVersion: p.Version}); err != nil || saved == nil {
		t.Errorf("the assignment's attempt is gone after practising: %v", err)
	}
}
