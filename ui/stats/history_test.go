package stats

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// finishedAttempt records a finished practice attempt at the default
// article on three questions drawn at random, with a few answers given
// and the rest skipped.
func finishedAttempt(t *testing.T, st *scores.Store, p *content.Pack) {
	t.Helper()
	a := p.Articles[0]
	sess, err := quiz.NewSession(a.Questions, quiz.SessionOptions{N: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(sess.Items))
	for i, it := range sess.Items {
		ids[i] = it.Q.ID
	}
	rec, err := st.Begin(scores.AttemptInfo{PackID: p.ID, ArticleID: a.ID, Mode: scores.ModePractice,
		QuestionIDs: ids, Seed: 1, Started: time.Date(2026, 5, 11, 9, 14, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	for i := range sess.Items {
		var r quiz.Response
		switch i {
		case 0:
			r = quiz.Response{Text: []string{"Moscow"}, Choices: []int{0}}
		case 1:
			r = quiz.Response{Text: []string{"2018"}}
		default:
			r = quiz.Response{Skipped: true}
		}
		sess.Answer(i, r)
		if err := rec.Record(scores.Origin{PackID: p.ID, ArticleID: a.ID}, &sess.Items[i], time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	if err := rec.Finish(time.Now()); err != nil {
		t.Fatal(err)
	}
}

// run runs cmd, and what it brings, through the screen.
func run(s *Screen, cmd tea.Cmd) {
	for cmd != nil {
		_, cmd = s.Update(cmd())
	}
}

// press sends a key to the screen and runs what it asks for.
func press(s *Screen, k string) {
	msg := statsKey(k)
	if k == "enter" {
		msg = tea.KeyPressMsg{Code: tea.KeyEnter}
	}
	_, cmd := s.Update(msg)
	run(s, cmd)
}

// A finished attempt can be looked at again, question by question, from
// the stats: h, the article, the attempt; esc goes back a page at a time.
func TestAttemptHistoryShowsAPastAttemptAgain(t *testing.T) {
	st, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := statsPack(t)
	finishedAttempt(t, st, p)

	s := New(nil, []*content.Pack{p}, common.PlainStyles())
	s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(s, LoadCmd(st))

	steps := []struct {
		key, want string
	}{
		{"h", "choose an article"},
		{"enter", "practice"},
		{"enter", "The answer: "},
		{"esc", "practice"},
		{"esc", "choose an article"},
		{"esc", "Daily streak"},
	}
	for _, step := range steps {
		press(s, step.key)
		view := ansi.Strip(s.View())
		if !strings.Contains(view, step.want) {
			t.Fatalf("after %s the screen lacks %q:\n%s", step.key, step.want, view)
		}
		if step.want == "The answer: " {
			golden.RequireEqual(namedTB{t, "history_attempt_80x24"}, view)
		}
	}
}

// A past attempt words the right answer as the quiz did after the miss:
// one answer, the others "also accepted", not variants in slashes.
func TestHistoryWordsTheAnswerAsTheQuizDoes(t *testing.T) {
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Articles[0]
	sess, err := quiz.NewSession(a.Questions, quiz.SessionOptions{Filter: func(q *quiz.Question) bool { return q.ID == "sullivan" }})
	if err != nil {
		t.Fatal(err)
	}
	sess.Answer(0, quiz.Response{Text: []string{"Blinken"}})
	v := statsView{width: 80, s: common.PlainStyles()}
	text := ansi.Strip(strings.Join(v.pastLines(&study.PastAttempt{Saved: &scores.SavedAttempt{AttemptInfo: scores.AttemptInfo{Mode: scores.ModePractice}}, Article: a, Session: sess}), "\n"))
	if !strings.Contains(text, "The answer: Jake Sullivan (also accepted: Sullivan)") || strings.Contains(text, " / ") {
		t.Errorf("the right answer is not worded as the quiz words it:\n%s", text)
	}
}
