package quiz

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

// finishedResults is the results of a session of the given questions,
// answered right except those listed as missed (skipped).
func finishedResults(t *testing.T, cfg Config, missed []string, ids ...string) *ResultsScreen {
	t.Helper()
	p, a := defaultArticle(t)
	cfg.Pack, cfg.Article = p, a
	cfg.Session = sessionOf(t, a, ids...)
	for i, it := range cfg.Session.Items {
		q := newTestQuiz(t, Config{}, it.Q.ID)
		if !containsString(missed, it.Q.ID) {
			qzPress(q, rightKeys(q.item())...)
			cfg.Session.Answer(i, q.item().Response)
		} else {
			cfg.Session.Answer(i, quiz.Response{Skipped: true})
		}
	}
	r := newResults(cfg, cfg.attempt(), testTheme())
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 40})
	return r
}

func containsString(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func TestResultsSummary(t *testing.T) {
	r := finishedResults(t, Config{}, []string{"sullivan"}, "venue", "sullivan", "timeline", "roles")
	v := qzView(r)
	_, a := defaultArticle(t)
	venue := itemByID(r.att.Session(), "venue")
	sullivan := itemByID(r.att.Session(), "sullivan")
	for _, want := range []string{
		"Score 3/4 · 75%",
		"By section",
		study.SectionLabel(a, venue.Q.Section),
		study.SectionLabel(a, sullivan.Q.Section),
		"By level",
		"Missed (1)",
		fmt.Sprintf("%2d. – %s", slices.IndexFunc(r.att.Session().Items, func(it quiz.SessionItem) bool { return it.Q == sullivan.Q })+1, sullivan.Q.Prompt[:30]),
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the results lack %q:\n%s", want, v)
		}
	}
}

func TestResultsReview(t *testing.T) {
	r := finishedResults(t, Config{}, []string{"sullivan"}, "venue", "sullivan")
	qzPress(r, "r")
	v := qzView(r)
	for _, want := range []string{"Review · 1 missed", "Question 2", "Your answer: none: the answer was shown", "The answer: Jake Sullivan (also accepted: Sullivan)"} {
		if !strings.Contains(v, want) {
			t.Errorf("the review lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, itemByID(r.att.Session(), "venue").Q.Prompt) {
		t.Errorf("the review shows a question answered right:\n%s", v)
	}
	qzPress(r, "esc")
	if r.reviewing {
		t.Error("esc did not close the review")
	}
}

func TestResultsActions(t *testing.T) {
	tests := map[string]struct {
		key        string
		overReader bool
		check      func(t *testing.T, r *ResultsScreen, s common.Screen, msg tea.Msg)
	}{
		"m retries the missed questions": {"m", false, func(t *testing.T, r *ResultsScreen, s common.Screen, _ tea.Msg) {
			q, ok := s.(*Screen)
			if !ok {
				t.Fatalf("m opened %T, want a quiz", s)
			}
			if len(q.sess().Items) != 1 || q.sess().Items[0].Q.ID != "sullivan" || q.sess().Items[0].Result != nil {
				t.Errorf("the retry asks %d questions, want only the missed one, unanswered", len(q.sess().Items))
			}
		}},
		"n takes a fresh session": {"n", false, func(t *testing.T, r *ResultsScreen, s common.Screen, _ tea.Msg) {
			q, ok := s.(*Screen)
			if !ok {
				t.Fatalf("n opened %T, want a quiz", s)
			}
			if len(q.sess().Items) != 2 || q.sess().Options.Seed == r.att.Session().Options.Seed {
				t.Errorf("a fresh session has %d questions and seed %d", len(q.sess().Items), q.sess().Options.Seed)
			}
		}},
		// Over the results, whether or not a reader is beneath, so that
		// esc comes back to them.
		"a over the reader opens the article over the results": {"a", true, func(t *testing.T, r *ResultsScreen, _ common.Screen, msg tea.Msg) {
			m, ok := msg.(common.OpenArticleMsg)
			if !ok || m.Article != r.att.Article() || m.BackTo != "results" {
				t.Errorf("a sent %#v, want the article opened, esc back to the results", msg)
			}
		}},
		"a opens the article": {"a", false, func(t *testing.T, r *ResultsScreen, _ common.Screen, msg tea.Msg) {
			m, ok := msg.(common.OpenArticleMsg)
			if !ok || m.Article != r.att.Article() || m.BackTo != "results" {
				t.Errorf("a sent %#v, want the article opened, esc back to the results", msg)
			}
		}},
		"q quits once everything is saved": {"q", false, func(t *testing.T, _ *ResultsScreen, _ common.Screen, msg tea.Msg) {
			if _, ok := msg.(common.SaveAndQuitMsg); !ok {
				t.Errorf("q sent %T, want the root asked to save and quit", msg)
			}
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			r := finishedResults(t, Config{OverReader: tc.overReader}, []string{"sullivan"}, "venue", "sullivan")
			s, cmd := qzPress(r, tc.key)
			var msg tea.Msg
			if cmd != nil && s == r {
				msg = cmd()
			}
			tc.check(t, r, s, msg)
		})
	}
}

func TestResultsWithNothingMissed(t *testing.T) {
	r := finishedResults(t, Config{}, nil, "venue", "sullivan")
	if v := qzView(r); !strings.Contains(v, "Nothing missed") || strings.Contains(v, "show missed") || strings.Contains(v, "retry missed") {
		t.Errorf("full marks still offer a review or retry:\n%s", v)
	}
	if s, _ := qzPress(r, "m"); s != r {
		t.Errorf("m with nothing missed opened %T", s)
	}
}

func TestResultsNewQuizDrawsAgain(t *testing.T) {
	p, a := defaultArticle(t)
	const n = 3
	first, err := quiz.NewSession(a.Questions, quiz.SessionOptions{N: n, Seed: testSeed})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(s *quiz.Session) []string {
		var out []string
		for _, it := range s.Items {
			out = append(out, it.Q.ID)
		}
		return out
	}
	for _, seed := range []int64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			cfg := Config{Pack: p, Article: a, Session: first}
			r := newResults(cfg, cfg.attempt(), testTheme())
			r.newSeed = func() int64 { return seed }
			s, _ := qzPress(r, "n")
			q, ok := s.(*Screen)
			if !ok {
				t.Fatalf("n opened %T, want a quiz", s)
			}
			want, err := quiz.NewSession(a.Questions, quiz.SessionOptions{N: n, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(q.sess()); !slices.Equal(got, ids(want)) || q.sess().Options.Seed != seed {
				t.Errorf("the new quiz asks %v with seed %d, want %v drawn with seed %d", got, q.sess().Options.Seed, ids(want), seed)
			}
			if slices.Equal(ids(q.sess()), ids(first)) {
				t.Errorf("seed %d drew the same %d questions as before: %v", seed, n, ids(first))
			}
		})
	}
}

// A long review pages as the reader does: space and pgdown a page, G the
// end, g the top.
func TestResultsReviewPages(t *testing.T) {
	_, a := defaultArticle(t)
	var ids []string
	for _, q := range a.Questions {
		ids = append(ids, q.ID)
	}
	r := finishedResults(t, Config{}, ids, ids...) // every question missed
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	qzPress(r, "r")
	top := qzView(r)
	if !strings.Contains(top, "Question 1") {
		t.Fatalf("the review does not start at the first question:\n%s", top)
	}
	qzPress(r, "space")
	if r.body.YOffset() < 10 {
		t.Errorf("space moved the review %d lines, want about a page", r.body.YOffset())
	}
	qzPress(r, "G")
	end := qzView(r)
	last := fmt.Sprintf("Question %d", len(ids))
	if !strings.Contains(end, last) {
		t.Errorf("G does not show %q:\n%s", last, end)
	}
	qzPress(r, "b")
	qzPress(r, "g")
	if r.body.YOffset() != 0 || qzView(r) != top {
		t.Errorf("g does not go back to the top (scroll %d)", r.body.YOffset())
	}
}

// A question left in an exam reads "(skipped)" in the review; one whose
// answer a student asked for in practice says that instead.
func TestResultsReviewSaysWhatASkipWas(t *testing.T) {
	r := finishedResults(t, Config{Exam: true}, []string{"sullivan"}, "venue", "sullivan")
	qzPress(r, "r")
	if v := qzView(r); !strings.Contains(v, "Your answer: (skipped)") {
		t.Errorf("an exam's review should say the question was skipped:\n%s", v)
	}
}
