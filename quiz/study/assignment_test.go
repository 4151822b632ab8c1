package study

import (
	"errors"
	"strings"
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

func assignedPack(t *testing.T) (*content.Pack, *content.Article) {
	t.Helper()
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	cp := *p
	cp.Assignment = &content.Assignment{Mode: content.AssignExam, Time: "15m", Questions: 12, Attempts: 2, Due: "2026-12-14"}
	return &cp, cp.Articles[0]
}

// The attempts an assignment counts are those taken as it at its
// version: the student's own practice or exam beside it is free, and an
// assignment left half done still counts.
func TestAssignmentCountsItsAttempts(t *testing.T) {
	p, a := assignedPack(t)
	store, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	begin := func(mode, version string, assigned, answer bool) int64 {
		id, err := store.StartAttempt(scores.AttemptInfo{PackID: p.ID, PackVersion: version, ArticleID: a.ID, Mode: mode, Assigned: assigned})
		if err != nil {
			t.Fatal(err)
		}
		if answer {
			if err := store.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: p.ID, PackVersion: version, ArticleID: a.ID, QuestionID: "venue", Max: 1}); err != nil {
				t.Fatal(err)
			}
		}
		return id
	}
	begin(scores.ModePractice, p.Version, false, true)     // practice: free
	begin(scores.ModeExam, p.Version, false, true)         // the student's own exam: free
	begin(scores.ModeExam, "0.9.0", true, true)            // another version: not this assignment
	begin(scores.ModeExam, p.Version, true, false)         // opened, nothing answered: not taken
	first := begin(scores.ModeExam, p.Version, true, true) // left half done: taken
	now := time.Date(2026, 12, 10, 12, 0, 0, 0, time.Local)
	as, err := AssignmentAt(store, p, a, now)
	if err != nil {
		t.Fatal(err)
	}
	if as.Used != 1 || as.Unfinished != 1 || as.Overdue {
		t.Fatalf("used %d, unfinished %d, overdue %v; want 1, 1, not overdue", as.Used, as.Unfinished, as.Overdue)
	}
	if got, want := as.Line(now), "exam · 12 questions · 15:00 · due Monday · 1 of 2 attempts left · 1 unfinished"; got != want {
		t.Errorf("line %q, want %q", got, want)
	}
	if err := as.Check(); err != nil || as.OnlyToCarryOn() {
		t.Errorf("one attempt left: %v, only to carry on %v", err, as.OnlyToCarryOn())
	}
	// Every attempt used, the second left unfinished: it can still be
	// carried on, and that is all.
	second := begin(scores.ModeExam, p.Version, true, true)
	if err := store.FinishAttempt(first, now); err != nil {
		t.Fatal(err)
	}
	as, _ = AssignmentAt(store, p, a, now)
	if err := as.Check(); err != nil || !as.OnlyToCarryOn() {
		t.Errorf("no attempt left but one unfinished: %v, only to carry on %v", err, as.OnlyToCarryOn())
	}
	if got := as.Line(now); !strings.Contains(got, "0 of 2 attempts left · 1 unfinished") {
		t.Errorf("line %q", got)
	}
	// Set aside, it is no longer there to carry on.
	if err := store.AbandonAttempt(second); err != nil {
		t.Fatal(err)
	}
	as, _ = AssignmentAt(store, p, a, now.AddDate(0, 0, 5))
	if err := as.Check(); !errors.Is(err, ErrNoAttemptsLeft) || !as.Overdue || as.OnlyToCarryOn() {
		t.Errorf("after two attempts, past the due day: %v, overdue %v", err, as.Overdue)
	}
	if got := as.Line(now.AddDate(0, 0, 5)); !strings.HasSuffix(got, "was due 14 Dec · 0 of 2 attempts left") {
		t.Errorf("line %q", got)
	}
}

// Flags that would change an assignment are refused, naming the flag;
// asking for what it sets, or for practice, is not.
func TestAssignmentRefusesFlagsThatChangeIt(t *testing.T) {
	p, _ := assignedPack(t)
	as := &Assigned{Assignment: *p.Assignment}
	for _, ok := range []Requested{{}, {Exam: true}, {N: 12}, {TimeLimit: 15 * time.Minute}, {Practice: true, N: 3, Seed: true}} {
		if err := as.Refuse(ok); err != nil {
			t.Errorf("%+v refused: %v", ok, err)
		}
	}
	for flag, r := range map[string]Requested{"-n 5": {N: 5}, "--time 5m0s": {TimeLimit: 5 * time.Minute}, "--level": {Levels: []string{"recall"}}, "--seed": {Seed: true}} {
		if err := as.Refuse(r); err == nil || !strings.HasPrefix(err.Error(), flag+" would change the assignment") || !strings.Contains(err.Error(), "--practice") {
			t.Errorf("%s: %v", flag, err)
		}
	}
}

// Each student draws their own questions, the same each time they look.
func TestAssignmentSeedIsPerStudent(t *testing.T) {
	ana, again, ben := (&Assigned{}).Seed("Ana", "p", "a"), (&Assigned{}).Seed("Ana", "p", "a"), (&Assigned{}).Seed("Ben", "p", "a")
	if ana != again || ana == ben {
		t.Errorf("seeds Ana %d, again %d, Ben %d: want Ana's the same twice and Ben's another", ana, again, ben)
	}
}
