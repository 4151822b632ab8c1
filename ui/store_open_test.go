package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/ui/common"
	"brief/ui/internal/uitest"
)

// Home is drawn while the score store is still opening, and its notes
// (the best score) arrive once it has.
func TestHomeIsDrawnBeforeTheStoreOpens(t *testing.T) {
	p := defaultPack(t)
	st := uitest.Store(t)
	id, err := st.StartAttempt(scores.AttemptInfo{PackID: p.ID, PackVersion: p.Version, ArticleID: p.Articles[0].ID,
		Mode: scores.ModePractice, QuestionIDs: []string{"venue"}, Pool: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: p.ID, PackVersion: p.Version, ArticleID: p.Articles[0].ID,
		QuestionID: "venue", Points: 1, Max: 1}); err != nil {
		t.Fatal(err)
	}
	if err := st.FinishAttempt(id, time.Now()); err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	m, err := New(Config{Packs: []*content.Pack{p}, Style: "notty", OpenStore: func() (*scores.Store, string) {
		<-release
		return st, ""
	}})
	if err != nil {
		t.Fatal(err)
	}
	pr := start(t, m, 80, 24)
	has := func(want string, not ...string) func(*Model) bool {
		return func(m *Model) bool {
			v := m.View().Content
			for _, n := range not {
				if strings.Contains(v, n) {
					return false
				}
			}
			return strings.Contains(v, want)
		}
	}
	pr.await(has("Russia, North Korea", "best"), tea.WindowSizeMsg{Width: 80, Height: 24})
	close(release)
	pr.await(has("best 100%"), tea.KeyPressMsg{Code: tea.KeyDown})
	pr.stop()
}

// A review asked for (r) while the store is still opening waits for it,
// rather than saying that scores are not being saved.
func TestReviewAskedBeforeTheStoreOpensWaitsForIt(t *testing.T) {
	p := defaultPack(t)
	st := uitest.Store(t)
	release := make(chan struct{})
	m, err := New(Config{Packs: []*content.Pack{p}, Style: "notty", OpenStore: func() (*scores.Store, string) {
		<-release
		return st, ""
	}})
	if err != nil {
		t.Fatal(err)
	}
	pr := start(t, m, 80, 24)
	pr.await(settled, tea.WindowSizeMsg{Width: 80, Height: 24})
	pr.await(func(m *Model) bool { return m.heldForStore != nil }, tea.KeyPressMsg{Code: 'r', Text: "r"})
	close(release)
	view := pr.await(func(m *Model) bool { return strings.Contains(m.View().Content, "Nothing is due") })
	if strings.Contains(view, "not being saved") {
		t.Errorf("the review asked for as the store opened says scores are not saved:\n%s", view)
	}
	pr.stop()
}

// Keys typed ahead while the store opens open one screen, the first one
// asked for, not one on top of another: the others, which home answered
// in the meantime, do nothing.
func TestOnlyTheFirstScreenAskedForWaitsForTheStore(t *testing.T) {
	p := defaultPack(t)
	m, err := New(Config{Packs: []*content.Pack{p}, Style: "notty", OpenStore: func() (*scores.Store, string) {
		return nil, "not opened by the program in this test"
	}})
	if err != nil {
		t.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	first := common.OpenArticleMsg{Pack: p, Article: p.Articles[0]}
	for _, msg := range []tea.Msg{first, first, common.OpenStatsMsg{}} {
		m.Update(msg)
	}
	if m.heldForStore == nil || len(m.stack) != 1 {
		t.Fatalf("held %T, %d screens open; want the first request held and home alone", m.heldForStore, len(m.stack))
	}
	if _, ok := m.heldForStore.(common.OpenArticleMsg); !ok {
		t.Errorf("held %T, want the first request, the article", m.heldForStore)
	}
	// The store opens: the article opens at once, before any key typed
	// meanwhile can reach home and open another screen.
	m.Update(storeOpenedMsg{store: uitest.Store(t)})
	if len(m.stack) != 2 || m.top().state != stateReader || m.heldForStore != nil {
		t.Errorf("once the store opened: %d screens, the top one %v; want the reader over home", len(m.stack), m.top().state)
	}
}
