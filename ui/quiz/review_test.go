package quiz

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
	q := New(Config{Session: plan.Session, Refs: plan.Refs, Packs: packs, Writer: study.NewWriter(st)}, testTheme())
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
