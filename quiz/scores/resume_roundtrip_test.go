package scores

import (
	"brief/internal/diag"
	"brief/quiz"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// allTypes reads the test bank with one question of every type.
func allTypes(t *testing.T) []quiz.Question {
	t.Helper()
	data, err := os.ReadFile("../testdata/parse/all-types.quiz.yaml")
	if err != nil {
		t.Fatal(err)
	}
	qs, diags := quiz.ParseFile("all-types.quiz.yaml", data)
	for _, d := range diags {
		if d.Severity == diag.Error {
			t.Fatal(d)
		}
	}
	return qs
}

// mixedAnswers gives every question of the bank an answer: right, wrong,
// partly right or skipped, in file order.
func mixedAnswers() map[string]quiz.Response {
	yes := true
	return map[string]quiz.Response{
		"venue":            {Choices: []int{0}},
		"isolated":         {Choices: []int{0, 2}},
		"first-since-2019": {Truth: &yes},
		"train":            {Text: []string{"by trian"}},
		"time-zones":       {Text: []string{"12"}},
		"gap-years":        {Skipped: true},
		"sequence":         {Order: []int{1, 0, 2}},
		"who-is-who":       {Matches: []int{0, -1}},
		"fill-in":          {Text: []string{"the Vostochny spaceport", ""}},
	}
}

// saveHalf records answers to the first half of a session's items in a
// new attempt and returns what UnfinishedAttempt reads back.
func saveHalf(t *testing.T, st *Store, s *quiz.Session) (*SavedAttempt, []quiz.AnswerRecord) {
	t.Helper()
	ids := make([]string, len(s.Items))
	for i, it := range s.Items {
		ids[i] = it.Q.ID
	}
	rec, err := st.Begin(AttemptInfo{PackID: "p", ArticleID: "a", Mode: ModePractice, QuestionIDs: ids, Seed: s.Options.Seed})
	if err != nil {
		t.Fatal(err)
	}
	answers := mixedAnswers()
	for i := range (len(s.Items) + 1) / 2 {
		s.Answer(i, answers[s.Items[i].Q.ID])
		s.Items[i].Elapsed = time.Duration(i+1) * time.Second
		if err := rec.Record(Origin{}, &s.Items[i], time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	saved, recs, err := st.UnfinishedAttempt("p", "a")
	if err != nil || saved == nil {
		t.Fatalf("no unfinished attempt: %v", err)
	}
	return saved, recs
}

func TestResumeSessionRestoresTheSession(t *testing.T) {
	tests := map[string]struct {
		opts      quiz.SessionOptions
		sameViews bool // a draw from a filtered list cannot be replayed
	}{
		"every question in order": {opts: quiz.SessionOptions{Seed: 3}, sameViews: true},
		"n at random":             {opts: quiz.SessionOptions{Seed: 4, N: 5}, sameViews: true},
		"shuffled":                {opts: quiz.SessionOptions{Seed: 5, Shuffle: true}, sameViews: true},
		"n at random, shuffled":   {opts: quiz.SessionOptions{Seed: 6, N: 6, Shuffle: true}, sameViews: true},
		"filtered by level":       {opts: quiz.SessionOptions{Seed: 7, Levels: []quiz.Level{quiz.Recall, quiz.Inference}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			qs := allTypes(t)
			st := openTestStore(t)
			orig, err := quiz.NewSession(qs, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			saved, recs := saveHalf(t, st, orig)
			got, err := quiz.ResumeSession(qs, draw(saved), recs)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Items) != len(orig.Items) {
				t.Fatalf("%d items, want %d", len(got.Items), len(orig.Items))
			}
			for i, want := range orig.Items {
				it := got.Items[i]
				if it.Q.ID != want.Q.ID {
					t.Fatalf("item %d is %s, want %s", i, it.Q.ID, want.Q.ID)
				}
				if tc.sameViews && !sameView(it.View, want.View) {
					t.Errorf("%s: view %+v, want %+v", it.Q.ID, it.View, want.View)
				}
				if want.Result == nil {
					if it.Result != nil {
						t.Errorf("%s was not answered but comes back as %+v", it.Q.ID, it.Result)
					}
					continue
				}
				if it.Result == nil || it.Result.Points != want.Result.Points || it.Result.Verdict != want.Result.Verdict {
					t.Errorf("%s: result %+v, want %+v", it.Q.ID, it.Result, want.Result)
				}
				if g, w := quiz.FormatAnswer(it.Q, it.Response), quiz.FormatAnswer(want.Q, want.Response); g != w {
					t.Errorf("%s: answer %q, want %q", it.Q.ID, g, w)
				}
				if it.Elapsed != want.Elapsed {
					t.Errorf("%s: time %v, want %v", it.Q.ID, it.Elapsed, want.Elapsed)
				}
			}
		})
	}
}

func sameView(a, b quiz.View) bool {
	return slices.Equal(a.OptionOrder, b.OptionOrder) && slices.Equal(a.ItemOrder, b.ItemOrder) && slices.Equal(a.RightOrder, b.RightOrder)
}

func TestResumeSessionAsksAChangedQuestionAgain(t *testing.T) {
	qs := allTypes(t)
	st := openTestStore(t)
	orig, err := quiz.NewSession(qs, quiz.SessionOptions{Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	saved, recs := saveHalf(t, st, orig)
	qs[0].Prompt += " (reworded)"
	got, err := quiz.ResumeSession(qs, draw(saved), recs)
	if err != nil {
		t.Fatal(err)
	}
	if got.Items[0].Result != nil {
		t.Errorf("the changed question keeps its old mark %+v", got.Items[0].Result)
	}
	if got.Items[1].Result == nil {
		t.Error("an unchanged answered question lost its mark")
	}

	qs = slices.DeleteFunc(qs, func(q quiz.Question) bool { return q.ID == "train" })
	if _, err := quiz.ResumeSession(qs, draw(saved), recs); err == nil || !strings.Contains(err.Error(), `"train"`) {
		t.Errorf("a removed question gives %v, want an error naming it", err)
	}
}

func TestContinueRecordsIntoTheSameAttempt(t *testing.T) {
	qs := allTypes(t)
	st := openTestStore(t)
	orig, err := quiz.NewSession(qs, quiz.SessionOptions{Seed: 10})
	if err != nil {
		t.Fatal(err)
	}
	saved, recs := saveHalf(t, st, orig)
	s, err := quiz.ResumeSession(qs, draw(saved), recs)
	if err != nil {
		t.Fatal(err)
	}
	rec := st.Continue(saved.ID, saved.AttemptInfo)
	last := len(s.Items) - 1
	s.Answer(last, quiz.Response{Skipped: true})
	if err := rec.Record(Origin{}, &s.Items[last], time.Now()); err != nil {
		t.Fatal(err)
	}
	again, more, err := st.UnfinishedAttempt("p", "a")
	if err != nil || again == nil || again.ID != saved.ID || len(more) != len(recs)+1 {
		t.Fatalf("after continuing: attempt %+v with %d answers (%v), want attempt %d with %d", again, len(more), err, saved.ID, len(recs)+1)
	}
	if err := rec.Finish(time.Now()); err != nil {
		t.Fatal(err)
	}
	if done, _, _ := st.UnfinishedAttempt("p", "a"); done != nil {
		t.Errorf("the finished attempt is still offered: %+v", done)
	}
	if (*Store)(nil).Continue(1, saved.AttemptInfo).Saving() {
		t.Error("continuing with no store claims to save")
	}
}

// draw is what ResumeSession needs of a saved attempt.
func draw(a *SavedAttempt) quiz.SavedDraw {
	return quiz.SavedDraw{ID: a.ID, QuestionIDs: a.QuestionIDs, Seed: a.Seed}
}
