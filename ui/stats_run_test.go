package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

func TestStartStatsShowsTheStoreAndLeavesOnEsc(t *testing.T) {
	store, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	id, err := store.StartAttempt(scores.AttemptInfo{PackID: "brief-default", ArticleID: "russia-dprk-summit-2023", Mode: scores.ModePractice})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "brief-default",
		ArticleID: "russia-dprk-summit-2023", QuestionID: "venue", Level: "recall", Points: 1, Max: 1}); err != nil {
		t.Fatal(err)
	}
	app := newStatsRoot(t, Config{Packs: []*content.Pack{defaultPack(t)}}, store)
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(60, 20))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Daily streak")) && bytes.Contains(b, []byte("recall"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// newStatsRoot is the root model as `brief stats` starts it.
func newStatsRoot(tb testing.TB, cfg Config, store *scores.Store) *Model {
	tb.Helper()
	cfg.Store, cfg.Start = store, StartStats
	m, err := New(cfg)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return m
}
