package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/quiz"
)

// stuckSaver is a save queue with one answer that cannot be written (the
// store another brief holds) until the test ends; a flush gives up on it
// after bound.
func stuckSaver(t *testing.T, bound time.Duration) *quizSaver {
	t.Helper()
	s := newQuizSaver()
	s.bound = bound
	release := make(chan struct{})
	t.Cleanup(func() { close(release); waitIdle(s) })
	s.Enqueue(1, false, func() saveResult { <-release; return saveResult{} })
	return s
}

// waitingSince is when a flush of the saver gives up, zero if none has
// begun.
func waitingSince(s *quizSaver) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.deadline
}

func TestEveryQuitWaitsForEverySaveAtOnce(t *testing.T) {
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
			const bound = 100 * time.Millisecond
			m := newRoot(t, defaultPack(t), tc.home)
			// A quiz left with esc while another brief held the store:
			// its answer is still queued.
			m.closedSavers = []*quizSaver{stuckSaver(t, bound)}
			if tc.results {
				r := finishedResults(t, QuizConfig{OverReader: true}, nil, "venue")
				r.cfg.saver = stuckSaver(t, bound)
				m.stack = append(m.stack, entry{stateResults, r})
			}
			savers := m.savers()
			pr := start(t, m, 80, 24)
			pr.await(settled, tea.WindowSizeMsg{Width: 80, Height: 24})
			for _, k := range tc.keys {
				pr.tm.Send(keyPress(k))
			}
			pr.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
			// Each saver's bound began while the program was quitting,
			// so runProgram's flush, once the program has ended, waits
			// no longer: a saver first flushed there would start a
			// bound of its own after the others' (two bounds, not one).
			for i, s := range savers {
				if waitingSince(s).IsZero() {
					t.Errorf("saver %d of %d was not waited for before the program ended", i+1, len(savers))
				}
			}
			want := fmt.Sprintf("%d answers were not saved", len(savers))
			if len(savers) == 1 {
				want = "1 answer was not saved"
			}
			if err := m.flushSaves(); err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("brief would say %v, want %q", err, want)
			}
		})
	}
}

func TestNoScreenOpensWhileQuitting(t *testing.T) {
	p, a := defaultArticle(t)
	review := &quiz.ReviewPlan{Session: sessionOf(t, a, "venue"), Refs: []quiz.ReviewRef{{PackID: p.ID, ArticleID: a.ID}}}
	tests := map[string]tea.Msg{
		"the article":      OpenArticleMsg{Pack: p, Article: a},
		"a quiz":           StartQuizMsg{Pack: p, Article: a},
		"the stats":        OpenStatsMsg{},
		"a review":         OpenReviewMsg{},
		"a review, loaded": ReviewLoadedMsg{Plan: review},
	}
	for name, msg := range tests {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			st := testStore(t)
			m := newRootWithStore(t, st)
			m.cfg.BeginQuiz = st.Begin
			// ctrl+c; its command (the quit, once everything is saved)
			// is not run: the message was already on its way.
			if _, quit := m.Update(keyPress("ctrl+c")); quit == nil {
				t.Fatal("ctrl+c did not start the quit")
			}
			_, cmd := m.Update(msg)
			if len(m.stack) != 1 || cmd != nil {
				t.Errorf("while quitting it opened %T (command %v); want home left as it is", m.top().screen, cmd != nil)
			}
			if len(m.savers()) != 0 {
				t.Error("while quitting a quiz began saving, which the quit does not wait for")
			}
		})
	}
}
