package ui

import (
	quizui "brief/ui/quiz"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// stuckWriter is a writer on st with one answer that cannot be written
// (another brief holds the store) until the test ends.
func stuckWriter(t *testing.T, st *scores.Store) *study.Writer {
	t.Helper()
	unlock := lockStore(t, st)
	w := study.NewWriter(st)
	t.Cleanup(func() { unlock(); waitIdle(t, w) })
	p, a := defaultArticle(t)
	att := study.New(w, study.Setup{Pack: p, Article: a, Session: sessionOf(t, a, "venue")})
	att.Answer(0, quiz.Response{Skipped: true}, time.Now())
	return w
}

func TestEveryQuitWaitsForTheSaves(t *testing.T) {
	tests := map[string]struct {
		results bool // a quiz's results are on top of the reader
		home    bool // the home screen, not the reader, is shown
		keys    []string
	}{
		"q on the home screen":       {home: true, keys: []string{"q"}},
		"q on the results":           {results: true, keys: []string{"q"}},
		"ctrl+c on the results":      {results: true, keys: []string{"ctrl+c"}},
		"q in the reader":            {keys: []string{"q"}},
		"q in the reader's contents": {keys: []string{"t", "q"}},
	}
	for name, tc := range tests {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			m := newRoot(t, defaultPack(t), tc.home)
			m.saveBound = 100 * time.Millisecond
			// A quiz left with esc while another brief held the store:
			// its answer is still queued. (The readers save nothing.)
			m.writer = stuckWriter(t, testStore(t))
			if tc.results {
				r := finishedResults(t, QuizConfig{OverReader: true})
				m.push(stateResults, r, nil)
			}
			pr := start(t, m, 80, 24)
			pr.await(settled, tea.WindowSizeMsg{Width: 80, Height: 24})
			for _, k := range tc.keys {
				pr.tm.Send(keyPress(k))
			}
			pr.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
			// The writer's bound began while the program was quitting,
			// so runProgram's flush, once the program has ended, waits
			// no longer.
			if !m.writer.GaveUp() {
				t.Error("the saves were not waited for before the program ended")
			}
			if err := m.flushSaves(); err == nil || !strings.HasPrefix(err.Error(), "1 answer was not saved") {
				t.Errorf("brief would say %v, want %q", err, "1 answer was not saved")
			}
		})
	}
}

func TestNoScreenOpensWhileQuitting(t *testing.T) {
	p, a := defaultArticle(t)
	review := &quiz.ReviewPlan{Session: sessionOf(t, a, "venue"), Refs: []quiz.ReviewRef{{PackID: p.ID, ArticleID: a.ID}}}
	tests := map[string]tea.Msg{
		"the article":      common.OpenArticleMsg{Pack: p, Article: a},
		"a quiz":           common.StartQuizMsg{Pack: p, Article: a},
		"the stats":        common.OpenStatsMsg{},
		"a review":         common.OpenReviewMsg{},
		"a review, loaded": ReviewLoadedMsg{Plan: review},
	}
	for name, msg := range tests {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			st := testStore(t)
			m := newRootWithStore(t, st)
			// ctrl+c; its command (the quit, once everything is saved)
			// is not run: the message was already on its way.
			if _, quit := m.Update(keyPress("ctrl+c")); quit == nil {
				t.Fatal("ctrl+c did not start the quit")
			}
			_, cmd := m.Update(msg)
			if len(m.stack) != 1 || cmd != nil {
				t.Errorf("while quitting it opened %T (command %v); want home left as it is", m.top().screen, cmd != nil)
			}
			if !m.writer.Idle() {
				t.Error("while quitting a quiz began saving, which the quit does not wait for")
			}
		})
	}
}

// finishedResults is the results screen of a quiz of one question
// answered right, as the quiz gives way to it.
func finishedResults(t *testing.T, cfg QuizConfig) common.Screen {
	t.Helper()
	p, a := defaultArticle(t)
	cfg.Pack, cfg.Article, cfg.Session = p, a, sessionOf(t, a, "venue")
	q := quizui.New(cfg, testTheme())
	q.Update(tea.WindowSizeMsg{Width: 80, Height: 40})
	s, _ := qzPress(q, append(rightKeys(q.Attempt().Item(0)), "enter")...)
	if _, ok := s.(*quizui.ResultsScreen); !ok {
		t.Fatalf("the answered quiz gave way to %T, want the results", s)
	}
	return s
}
