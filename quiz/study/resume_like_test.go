package study

import (
	"strings"
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

func TestTimeWords(t *testing.T) {
	limits := map[time.Duration]string{
		10 * time.Minute:             "10m",
		time.Hour:                    "1h",
		90 * time.Minute:             "1h30m",
		30 * time.Second:             "30s",
		time.Minute + 30*time.Second: "1m30s",
		2*time.Hour + 5*time.Second:  "2h0m5s",
	}
	for d, want := range limits {
		if got := LimitWord(d); got != want {
			t.Errorf("LimitWord(%v) = %q, want %q", d, got, want)
		}
	}
}

// FindUnfinishedLike offers what was asked for only: not a review left
// at the same article, not a retry, not a quiz of another mode, length or
// time limit; and it names what it found as the student knows it.
func TestFindUnfinishedLikeOffersWhatWasAsked(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(4)
	w := NewWriter(st)
	begin := func(att *Attempt) {
		t.Helper()
		must(t, att.Begin())
		_, tk := att.Answer(0, truth(true), time.Now())
		must(t, tk)
	}
	sessionOf := func(n int) *quiz.Session {
		s, err := quiz.NewSession(a.Questions, quiz.SessionOptions{N: n, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	exam := New(w, Setup{Pack: p, Article: a, Session: sessionOf(4), Exam: true, TimeLimit: 3 * time.Minute})
	begin(exam)
	// Left after it, each would be the latest unfinished attempt.
	begin(exam.Retry(false))
	begin(NewReview(w, &quiz.ReviewPlan{Session: sessionOf(2), Refs: []quiz.ReviewRef{
		{PackID: p.ID, ArticleID: a.ID}, {PackID: p.ID, ArticleID: a.ID}}}, []*content.Pack{p}))

	tests := map[string]struct {
		asked *Attempt
		want  string // how what is found is named, up to its time left; "" for nothing found
	}{
		"the same exam": {New(w, Setup{Pack: p, Article: a, Session: sessionOf(4), Exam: true, TimeLimit: 3 * time.Minute}),
			"exam (3m), 1 of 4 answered, "},
		"practice":            {New(w, Setup{Pack: p, Article: a, Session: sessionOf(4)}), ""},
		"another limit":       {New(w, Setup{Pack: p, Article: a, Session: sessionOf(4), Exam: true, TimeLimit: time.Minute}), ""},
		"fewer questions":     {New(w, Setup{Pack: p, Article: a, Session: sessionOf(2), Exam: true, TimeLimit: 3 * time.Minute}), ""},
		"a review finds none": {NewReview(w, &quiz.ReviewPlan{Session: sessionOf(2)}, []*content.Pack{p}), ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			u, err := FindUnfinishedLike(w, tc.asked).Wait()
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if u != nil {
				got = u.Describe()
			}
			if (got == "") != (tc.want == "") || !strings.HasPrefix(got, tc.want) {
				t.Errorf("found %q, want %q…", got, tc.want)
			}
		})
	}
	// The latest unfinished attempt, whatever it is, is still what
	// FindUnfinished finds, for the screens that offer it as they did.
	if u, err := FindUnfinished(w, p, a).Wait(); err != nil || u == nil || u.Saved.Mode != scores.ModeReview {
		t.Errorf("FindUnfinished found %+v (%v), want the review", u, err)
	}
}

func TestStartedWord(t *testing.T) {
	now := time.Date(2026, 12, 10, 15, 0, 0, 0, time.UTC) // a Thursday
	tests := map[time.Duration]string{
		30 * time.Second:     "just now",
		2 * time.Hour:        "2 hours ago",
		20 * time.Hour:       "Wednesday",
		3 * 24 * time.Hour:   "Monday",
		10 * 24 * time.Hour:  "30 November",
		400 * 24 * time.Hour: "5 November 2025",
	}
	for ago, want := range tests {
		if got := StartedWord(now.Add(-ago), now); got != want {
			t.Errorf("%v ago: %q, want %q", ago, got, want)
		}
	}
}

// The choice to start anew says what becomes of the answers, in words
// that fit their number, and of the quiz or exam set aside.
func TestSetAsideWord(t *testing.T) {
	tests := map[string]struct {
		mode     string
		answered int
		want     string
	}{
		"no answer":  {scores.ModeExam, 0, "that exam is closed and not offered again"},
		"one answer": {scores.ModePractice, 1, "your 1 answer stays in your stats, but that quiz is closed and not offered again"},
		"answers":    {scores.ModeExam, 2, "your 2 answers stay in your stats, but that exam is closed and not offered again"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			items := make([]quiz.SessionItem, 3)
			for i := range tc.answered {
				items[i].Result = &quiz.Result{}
			}
			u := &Unfinished{Saved: &scores.SavedAttempt{AttemptInfo: scores.AttemptInfo{Mode: tc.mode}}, Session: &quiz.Session{Items: items}}
			if got := u.SetAsideWord(); got != tc.want {
				t.Errorf("%q, want %q", got, tc.want)
			}
		})
	}
}
