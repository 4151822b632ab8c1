package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
	"brief/ui/home"
)

// twoArticleReview is a review of venue from the default pack's article
// and air-koryo from the second article of another pack.
func twoArticleReview(t *testing.T, packs []*content.Pack) *quiz.ReviewPlan {
	t.Helper()
	lookup := study.ReviewLookup(packs)
	var due []quiz.ReviewItem
	for _, ref := range [][3]string{{packs[0].ID, packs[0].Articles[0].ID, "venue"}, {"other", "second", "air-koryo"}} {
		q, ok := lookup(ref[0], ref[1], ref[2])
		if !ok {
			t.Fatalf("no question %v", ref)
		}
		due = append(due, quiz.ReviewItem{PackID: ref[0], ArticleID: ref[1], QuestionID: ref[2], QuestionHash: q.Hash(), Due: time.Now()})
	}
	plan, err := quiz.ReviewSession(due, lookup, 0, testSeed)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

func TestReviewRecordsEachAnswerUnderItsOwnArticle(t *testing.T) {
	st := testStore(t)
	packs := twoPacks(t)
	plan := twoArticleReview(t, packs)
	q := NewQuizScreen(QuizConfig{Session: plan.Session, Refs: plan.Refs, Packs: packs, Writer: study.NewWriter(st)}, testTheme())
	q.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	deliver(q, q.begin())

	if v := qzView(q); !strings.Contains(v, "Review · "+packs[0].Articles[0].Title) {
		t.Errorf("the first question does not say which article it is from:\n%s", v)
	}
	s, cmd := qzPress(q, rightKeys(q.item())...)
	deliver(s, cmd)
	_, cmd = qzPress(q, "e")
	if msg, ok := cmd().(common.OpenArticleMsg); !ok || msg.Pack != packs[0] || msg.Article != packs[0].Articles[0] {
		t.Errorf("e on the first question opened %+v, want the default article", msg)
	}
	s, cmd = qzPress(q, "enter", "ctrl+s")
	deliver(s, cmd)
	_, cmd = qzPress(q, "e")
	if msg, ok := cmd().(common.OpenArticleMsg); !ok || msg.Pack != packs[1] || msg.Article.ID != "second" {
		t.Errorf("e on the second question opened %+v, want the other pack's second article", msg)
	}
	s, cmd = qzPress(q, "enter")
	r, ok := s.(*ResultsScreen)
	if !ok {
		t.Fatalf("after the last question: %T, want the results", s)
	}
	deliver(r, cmd)
	if v := qzView(r); !strings.Contains(v, "By article") || !strings.Contains(v, "Second article") {
		t.Errorf("the review's results are not broken down by article:\n%s", v)
	}
	if r.keys.RetryMissed.Enabled() || r.keys.Fresh.Enabled() || r.keys.Article.Enabled() {
		t.Error("after a review the results offer a retry, a fresh quiz or one article")
	}

	// Every question answered in a review enters the schedule, under the
	// pack and article it came from.
	sched, err := st.DueReviews(time.Now().AddDate(10, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range sched {
		got = append(got, it.PackID+"/"+it.ArticleID+"/"+it.QuestionID)
	}
	want := []string{packs[0].ID + "/" + packs[0].Articles[0].ID + "/venue", "other/second/air-koryo"}
	if strings.Join(sortedCopy(got), ",") != strings.Join(sortedCopy(want), ",") {
		t.Errorf("schedule %v, want %v", got, want)
	}
	attempts, err := st.Attempts(scores.AttemptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(attempts) != 1 || attempts[0].Mode != scores.ModeReview || attempts[0].PackID != "" || attempts[0].Score != 1 || attempts[0].Max != 2 {
		t.Errorf("attempts %+v, want one review across packs, 1 of 2", attempts)
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

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
			q, isQuiz := m.top().screen.(*QuizScreen)
			if isQuiz != tc.wantReview {
				t.Fatalf("top screen %T, want a review: %v", m.top().screen, tc.wantReview)
			}
			if isQuiz {
				if !q.att.Review() || len(q.sess().Items) != 1 || q.cfg.Refs[0].ArticleID != "second" {
					t.Errorf("review of %d questions from %+v, want air-koryo from the second article", len(q.sess().Items), q.cfg.Refs)
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
	q := NewQuizScreen(QuizConfig{Pack: p, Article: a, Session: sessionOf(t, a, "venue"), Writer: study.NewWriter(st)}, m.theme)
	m.push(stateQuiz, q)
	deliver(q, q.begin())
	for _, k := range append(rightKeys(q.item()), "enter") {
		_, cmd := m.Update(qzKey(k))
		deliverRoot(m, cmd)
	}
	if _, ok := m.top().screen.(*ResultsScreen); !ok {
		t.Fatalf("after the quiz the top is %T, want the results", m.top().screen)
	}
	_, cmd := m.Update(qzKey("esc"))
	deliverRoot(m, cmd)
	if _, ok := m.top().screen.(*home.Screen); !ok {
		t.Fatalf("esc from the results shows %T, want home", m.top().screen)
	}
	if v := ansiFree(m); !strings.Contains(v, "best 100%") {
		t.Errorf("after the quiz the home status was not refreshed:\n%s", v)
	}
}
