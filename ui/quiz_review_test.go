package ui

import (
	quizui "brief/ui/quiz"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/home"
)

func TestReviewFromHome(t *testing.T) {
	packs := twoPacks(t)
	dueStore := func(t *testing.T) *scores.Store {
		st := testStore(t)
		rec := beginAt(t, st, packs[1], packs[1].Articles[1], false)
		s := sessionOf(t, packs[1].Articles[1], "air-koryo")
		s.Answer(0, quiz.Response{Skipped: true})
		if err := rec.Record(scores.Origin{}, &s.Items[0], time.Now().AddDate(0, 0, -3)); err != nil {
			t.Fatal(err)
		}
		return st
	}
	tests := map[string]struct {
		store      func(t *testing.T) *scores.Store
		wantReview bool
		wantNotice string
	}{
		"a question is due":     {store: dueStore, wantReview: true},
		"nothing is due":        {store: testStore, wantNotice: "Nothing is due for review."},
		"scores are not stored": {store: func(*testing.T) *scores.Store { return nil }, wantNotice: "No review: scores are not being saved"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st := tc.store(t)
			m, err := New(Config{Packs: packs, Style: "notty", Store: st})
			if err != nil {
				t.Fatal(err)
			}
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			if v := ansiFree(m); !strings.Contains(v, "r review") {
				t.Errorf("home help does not offer r:\n%s", v)
			}
			_, cmd := m.Update(keyPress("r"))
			if cmd == nil {
				t.Fatal("r on home did nothing")
			}
			_, cmd = m.Update(cmd()) // OpenReviewMsg: load the review
			m.Update(cmd())          // ReviewLoadedMsg
			q, isQuiz := m.top().screen.(*quizui.Screen)
			if isQuiz != tc.wantReview {
				t.Fatalf("top screen %T, want a review: %v", m.top().screen, tc.wantReview)
			}
			if isQuiz {
				if !q.Attempt().Review() || len(q.Attempt().Session().Items) != 1 || q.Config().Refs[0].ArticleID != "second" {
					t.Errorf("review of %d questions from %+v, want air-koryo from the second article", len(q.Attempt().Session().Items), q.Config().Refs)
				}
				return
			}
			if v := strings.Join(strings.Fields(ansiFree(m)), " "); !strings.Contains(v, tc.wantNotice) {
				t.Errorf("home does not say %q:\n%s", tc.wantNotice, v)
			}
			m.Update(keyPress("j"))
			if v := strings.Join(strings.Fields(ansiFree(m)), " "); strings.Contains(v, tc.wantNotice) {
				t.Errorf("the notice stays after a key:\n%s", v)
			}
		})
	}
}

func TestHomeStatusFollowsAQuiz(t *testing.T) {
	st := testStore(t)
	p, a := defaultArticle(t)
	// An article of one question, so that the quiz is a full attempt:
	// best is over those only.
	one := *a
	one.Questions = slices.DeleteFunc(slices.Clone(a.Questions), func(q quiz.Question) bool { return q.ID != "venue" })
	a, p = &one, &content.Pack{Manifest: p.Manifest, Articles: []*content.Article{&one}}
	status, err := study.HomeStatus(st, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(Config{Packs: []*content.Pack{p}, Style: "notty", Store: st, Status: status})
	if err != nil {
		t.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := ansiFree(m); strings.Contains(v, "best ") {
		t.Fatalf("before the quiz the home shows a best score:\n%s", v)
	}
	q := quizui.New(QuizConfig{Pack: p, Article: a, Session: sessionOf(t, a, "venue"), Writer: study.NewWriter(st)}, m.theme)
	deliverRoot(m, m.push(stateQuiz, q, q.Init()))
	for _, k := range append(rightKeys(q.Attempt().Item(0)), "enter") {
		_, cmd := m.Update(qzKey(k))
		deliverRoot(m, cmd)
	}
	if _, ok := m.top().screen.(*quizui.ResultsScreen); !ok {
		t.Fatalf("after the quiz the top is %T, want the results", m.top().screen)
	}
	_, cmd := m.Update(qzKey("esc"))
	deliverRoot(m, cmd)
	if _, ok := m.top().screen.(*home.Screen); !ok {
		t.Fatalf("esc from the results shows %T, want home", m.top().screen)
	}
	if v := ansiFree(m); !strings.Contains(v, "best 100% (practice)") {
		t.Errorf("after the quiz the home status was not refreshed:\n%s", v)
	}
}

// `brief review` with nothing due goes over today's misses in the full
// screen too, headed as r on home heads them, with the theme's
// separator (a hyphen in ASCII, without colour).
func TestReviewStartOfTodaysMisses(t *testing.T) {
	packs := twoPacks(t)
	a := packs[1].Articles[1]
	s := sessionOf(t, a, "air-koryo")
	plan := &quiz.ReviewPlan{Session: s, Refs: []quiz.ReviewRef{{PackID: packs[1].ID, ArticleID: a.ID}}}
	for misses, want := range map[bool]string{true: "Nothing due - today's misses", false: "Review"} {
		m, err := New(Config{Packs: packs, Style: "notty", Store: testStore(t), Start: StartReview, Review: plan, ReviewMisses: misses})
		if err != nil {
			t.Fatal(err)
		}
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 24})
		if v := ansiFree(m); !strings.Contains(v, want) || misses != strings.Contains(v, "today's misses") {
			t.Errorf("misses %v: the review is not headed %q:\n%s", misses, want, v)
		}
	}
}
