package study

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// t0 is when the tests' clocks start.
var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// truth is a true/false answer.
func truth(b bool) quiz.Response { return quiz.Response{Truth: &b} }

// testArticle is an article of n true/false questions (all true), in the
// sections given in turn ("" for none), at levels in turn, in a pack.
func testArticle(n int, sections ...string) (*content.Pack, *content.Article) {
	a := &content.Article{ID: "floods", Title: "Floods", Sections: []content.Section{
		{Slug: "lead"}, {Slug: "rescue-efforts", Heading: "Rescue efforts"}, {Slug: "aftermath", Heading: "Aftermath"},
	}}
	if len(sections) == 0 {
		sections = []string{""}
	}
	for i := range n {
		a.Questions = append(a.Questions, quiz.Question{
			ID: fmt.Sprintf("q%04d", i), Type: quiz.TrueFalse, Points: 1, Truth: true,
			Prompt: fmt.Sprintf("Statement %d.", i), Level: quiz.Levels[i%len(quiz.Levels)],
			Section: sections[i%len(sections)],
		})
	}
	p := &content.Pack{Manifest: content.Manifest{ID: "news", Version: "1.2.0"}, Articles: []*content.Article{a}}
	return p, a
}

// testSession draws every question of a in file order.
func testSession(t testing.TB, a *content.Article) *quiz.Session {
	t.Helper()
	s, err := quiz.NewSession(a.Questions, quiz.SessionOptions{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// openStore opens a score store in a temporary directory.
func openStore(t testing.TB) *scores.Store {
	t.Helper()
	st, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// stored reads back the unfinished attempt at a and its answers.
func stored(t testing.TB, st *scores.Store, p *content.Pack, a *content.Article) (*scores.SavedAttempt, []quiz.AnswerRecord) {
	t.Helper()
	saved, answers, err := st.UnfinishedAttempt(p.ID, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	return saved, answers
}

// finished reads back the finished attempts.
func finished(t testing.TB, st *scores.Store) []scores.AttemptRow {
	t.Helper()
	rows, err := st.Attempts(scores.AttemptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// must fails the test when a write failed.
func must(t testing.TB, tk *Ticket) {
	t.Helper()
	if err := tk.Wait(); err != nil {
		t.Fatal(err)
	}
}

func TestStartRecordsWhatWasAsked(t *testing.T) {
	tests := map[string]struct {
		exam      bool
		limit     time.Duration
		wantMode  string
		wantLimit time.Duration
	}{
		"practice":                {wantMode: scores.ModePractice},
		"an exam":                 {exam: true, wantMode: scores.ModeExam},
		"a timed exam":            {exam: true, limit: 10 * time.Minute, wantMode: scores.ModeExam, wantLimit: 10 * time.Minute},
		"a limit outside an exam": {limit: time.Minute, wantMode: scores.ModePractice},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			p, a := testArticle(3)
			sess := testSession(t, a)
			att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: sess, Exam: tc.exam, TimeLimit: tc.limit})
			if att.Exam() != tc.exam || att.Limit() != tc.wantLimit || att.Timed() != (tc.wantLimit > 0) {
				t.Errorf("exam %v, limit %v, timed %v", att.Exam(), att.Limit(), att.Timed())
			}
			if att.Recording() {
				t.Error("recording before Begin")
			}
			must(t, att.Begin())
			_, tk := att.Answer(0, truth(true), t0)
			must(t, tk)
			saved, answers := stored(t, st, p, a)
			if saved == nil || saved.Mode != tc.wantMode || saved.TimeLimit != tc.wantLimit || saved.Seed != 7 ||
				saved.PackVersion != "1.2.0" || !slices.Equal(saved.QuestionIDs, []string{"q0000", "q0001", "q0002"}) {
				t.Errorf("stored %+v", saved)
			}
			if len(answers) != 1 || answers[0].Points != 1 {
				t.Errorf("answers %+v, want q0000 right", answers)
			}
		})
	}
}

func TestAnswerAndSkip(t *testing.T) {
	type step struct {
		skip   bool
		resp   quiz.Response
		i      int
		answer bool // Skip reports it answered the question
	}
	tests := map[string]struct {
		exam  bool
		steps []step
		want  []quiz.Verdict // by question; "" for unanswered
		saved map[string]float64
	}{
		"practice: right and wrong": {
			steps: []step{{i: 0, resp: truth(true)}, {i: 1, resp: truth(false)}},
			want:  []quiz.Verdict{quiz.Right, quiz.Wrong, ""},
			saved: map[string]float64{"q0000": 1, "q0001": 0},
		},
		"practice: a skip counts at once": {
			steps: []step{{i: 0, skip: true, answer: true}},
			want:  []quiz.Verdict{quiz.Skipped, "", ""},
			saved: map[string]float64{"q0000": 0},
		},
		"an exam: a skip leaves it open": {
			exam:  true,
			steps: []step{{i: 0, skip: true}, {i: 1, resp: truth(true)}},
			want:  []quiz.Verdict{"", quiz.Right, ""},
			saved: map[string]float64{"q0001": 1},
		},
		"an exam: an answer changed replaces it": {
			exam:  true,
			steps: []step{{i: 0, resp: truth(true)}, {i: 0, resp: truth(false)}},
			want:  []quiz.Verdict{quiz.Wrong, "", ""},
			saved: map[string]float64{"q0000": 0},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			p, a := testArticle(3)
			att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: tc.exam})
			for _, s := range tc.steps {
				if s.skip {
					answered, tk := att.Skip(s.i, t0)
					if answered != s.answer {
						t.Errorf("Skip answered %v, want %v", answered, s.answer)
					}
					must(t, tk)
					continue
				}
				_, tk := att.Answer(s.i, s.resp, t0)
				must(t, tk)
			}
			for i, v := range tc.want {
				res := att.Item(i).Result
				if (res == nil) != (v == "") || (res != nil && res.Verdict != v) {
					t.Errorf("question %d: %+v, want %q", i, res, v)
				}
			}
			_, answers := stored(t, st, p, a)
			got := map[string]float64{}
			for _, r := range answers {
				got[r.QuestionID] = r.Points
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.saved) {
				t.Errorf("saved %v, want %v", got, tc.saved)
			}
			if answered := att.Answered(); answered != len(tc.saved) {
				t.Errorf("Answered %d, want %d", answered, len(tc.saved))
			}
		})
	}
}

func TestExamClock(t *testing.T) {
	tests := map[string]struct {
		exam       bool
		limit      time.Duration
		start      bool
		restart    time.Duration // restarted this long after the start; 0 not
		at         time.Duration // read this long after the start
		wantLeft   time.Duration
		wantUp     bool
		wantTimed  bool
		noDeadline bool
	}{
		"practice has no clock":       {limit: time.Minute, start: true, at: time.Hour, noDeadline: true},
		"an untimed exam":             {exam: true, start: true, at: time.Hour, noDeadline: true},
		"not started: all of it left": {exam: true, limit: time.Minute, at: time.Hour, wantLeft: time.Minute, wantTimed: true, noDeadline: true},
		"started, time left":          {exam: true, limit: time.Minute, start: true, at: 20 * time.Second, wantLeft: 40 * time.Second, wantTimed: true},
		"at the deadline":             {exam: true, limit: time.Minute, start: true, at: time.Minute, wantUp: true, wantTimed: true},
		"past it":                     {exam: true, limit: time.Minute, start: true, at: 2 * time.Minute, wantLeft: -time.Minute, wantUp: true, wantTimed: true},
		"restarted after a question to the student": {
			exam: true, limit: time.Minute, start: true, restart: 40 * time.Second, at: time.Minute,
			wantLeft: 40 * time.Second, wantTimed: true,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, a := testArticle(2)
			att := New(nil, Setup{Article: a, Session: testSession(t, a), Exam: tc.exam, TimeLimit: tc.limit})
			att.RestartClock(t0) // nothing to restart before it starts
			if tc.start {
				att.StartClock(t0)
				att.StartClock(t0.Add(time.Second)) // once only
			}
			start := t0
			if tc.restart > 0 {
				start = t0.Add(tc.restart)
				att.RestartClock(start)
			}
			now := t0.Add(tc.at)
			if tc.wantTimed && att.Remaining(now) != tc.wantLeft {
				t.Errorf("Remaining %v, want %v", att.Remaining(now), tc.wantLeft)
			}
			if att.TimeUp(now) != tc.wantUp || att.Timed() != tc.wantTimed {
				t.Errorf("TimeUp %v, Timed %v", att.TimeUp(now), att.Timed())
			}
			if d := att.Deadline(); tc.noDeadline != d.IsZero() || (!d.IsZero() && !d.Equal(start.Add(tc.limit))) {
				t.Errorf("Deadline %v", d)
			}
		})
	}
}

func TestHandIn(t *testing.T) {
	tests := map[string]struct {
		exam     bool
		answered map[int]bool // sent before the hand-in
		standing Standing
		flagged  []int
		// what the confirmation shows before the hand-in
		wantUnsent, wantBlank []int
		wantKeep              int
		// after it
		want []quiz.Verdict // "" for unanswered
		// what the store has: points of the finished attempt
		wantScore float64
	}{
		"an exam: what stands counts, the rest is skipped": {
			exam: true, answered: map[int]bool{0: true}, standing: Standing{0: truth(true), 2: truth(true)},
			wantUnsent: []int{2}, wantBlank: []int{1, 3}, wantKeep: 1,
			want:      []quiz.Verdict{quiz.Right, quiz.Skipped, quiz.Right, quiz.Skipped},
			wantScore: 2,
		},
		"an exam: an answer changed on screen counts as changed": {
			exam: true, answered: map[int]bool{0: true, 1: true, 2: true, 3: true}, standing: Standing{1: truth(false)},
			wantUnsent: []int{1}, wantKeep: 3, flagged: []int{3},
			want:      []quiz.Verdict{quiz.Right, quiz.Wrong, quiz.Right, quiz.Right},
			wantScore: 3,
		},
		"an exam with every answer sent goes back to where it was": {
			exam: true, answered: map[int]bool{0: true, 1: true, 2: true, 3: true},
			wantKeep:  2, // the question the student was on
			want:      []quiz.Verdict{quiz.Right, quiz.Right, quiz.Right, quiz.Right},
			wantScore: 4,
		},
		"practice ends as it stands": {
			answered: map[int]bool{0: true}, standing: Standing{2: truth(true)},
			wantUnsent: []int{2}, wantBlank: []int{1, 3}, wantKeep: 1,
			want:      []quiz.Verdict{quiz.Right, "", "", ""},
			wantScore: 1,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			p, a := testArticle(4)
			att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: tc.exam})
			for i := range 4 {
				if tc.answered[i] {
					att.Answer(i, truth(true), t0)
				}
			}
			for _, i := range tc.flagged {
				if flagged, _ := att.Flag(i); !flagged {
					t.Fatal("Flag did not flag")
				}
			}
			if got := att.Unsent(tc.standing); !slices.Equal(got, tc.wantUnsent) {
				t.Errorf("Unsent %v, want %v", got, tc.wantUnsent)
			}
			if got := att.LeftBlank(tc.standing); !slices.Equal(got, tc.wantBlank) {
				t.Errorf("LeftBlank %v, want %v", got, tc.wantBlank)
			}
			if got, _ := att.KeepGoing(tc.standing, 2); got != tc.wantKeep {
				t.Errorf("KeepGoing %d, want %d", got, tc.wantKeep)
			}
			must(t, att.HandIn(tc.standing, t0))
			for i, v := range tc.want {
				res := att.Item(i).Result
				if (res == nil) != (v == "") || (res != nil && res.Verdict != v) {
					t.Errorf("question %d: %+v, want %q", i, res, v)
				}
			}
			rows := finished(t, st)
			if len(rows) != 1 || rows[0].Score != tc.wantScore {
				t.Errorf("finished %+v, want one attempt scoring %v", rows, tc.wantScore)
			}
		})
	}
}

func TestTimeSpentOnEachQuestion(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(3)
	att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: true})
	att.StartClock(t0)                                       // question 1 shown
	att.Show(1, t0.Add(10*time.Second))                      // 10 s on question 1
	att.Leave(t0.Add(15 * time.Second))                      // 5 s on question 2; the list of questions
	att.Show(2, t0.Add(20*time.Second))                      // the list's 5 s go to question 2 too
	att.Mark(t0.Add(50 * time.Second))                       // a question to the student: 30 s not counted
	_, tk := att.Answer(2, truth(true), t0.Add(time.Minute)) // 10 s on question 3
	must(t, tk)
	for i, want := range []time.Duration{10 * time.Second, 10 * time.Second, 10 * time.Second} {
		if got := att.Item(i).Elapsed; got != want {
			t.Errorf("question %d: %v spent, want %v", i+1, got, want)
		}
	}
	_, answers := stored(t, st, p, a)
	if len(answers) != 1 || answers[0].Elapsed != 10*time.Second {
		t.Errorf("stored %+v, want question 3 with 10 s", answers)
	}
}

func TestResume(t *testing.T) {
	// leave records an attempt at a with its first question answered
	// (and, in an exam, 2 minutes of its 10 spent) and leaves it.
	leave := func(t *testing.T, st *scores.Store, p *content.Pack, a *content.Article, exam bool) {
		t.Helper()
		now := time.Now()
		att := New(NewWriter(st), Setup{Pack: p, Article: a, Session: testSession(t, a), Exam: exam, TimeLimit: 10 * time.Minute,
			Now: func() time.Time { return now }})
		must(t, att.Begin())
		now = now.Add(2 * time.Minute)
		_, tk := att.Answer(0, truth(true), now)
		must(t, tk)
	}
	tests := map[string]struct {
		exam     bool
		change   func(a *content.Article) // the article after the attempt was left
		other    bool                     // another brief has it open
		wantFind bool
		wantLeft time.Duration
	}{
		"practice is found":           {wantFind: true},
		"an exam keeps its own clock": {exam: true, wantFind: true, wantLeft: 8 * time.Minute},
		"a question removed: start afresh": {change: func(a *content.Article) {
			a.Questions = a.Questions[1:]
		}},
		"open in another brief": {other: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			p, a := testArticle(3)
			leave(t, st, p, a, tc.exam)
			if tc.change != nil {
				tc.change(a)
			}
			here := st
			if tc.other {
				// The first brief still has it: a second one looks.
				var err error
				if here, err = scores.Open(filepath.Dir(st.Path())); err != nil {
					t.Fatal(err)
				}
				defer here.Close()
			}
			w := NewWriter(here)
			u, err := FindUnfinished(w, p, a).Wait()
			if tc.other {
				if !errors.Is(err, scores.ErrInUse) || u != nil {
					t.Fatalf("found %+v (%v), want it in use elsewhere", u, err)
				}
				return
			}
			if err != nil || (u != nil) != tc.wantFind {
				t.Fatalf("found %+v (%v), want found %v", u, err, tc.wantFind)
			}
			if u == nil {
				return
			}
			if u.Answered() != 1 || u.Exam() != tc.exam || u.Left != tc.wantLeft || u.Age() < 0 {
				t.Errorf("found %d answered, exam %v, %v left, %v old", u.Answered(), u.Exam(), u.Left, u.Age())
			}
			// This brief asked for a practice quiz with no limit; the
			// resumed attempt is what was saved.
			fresh := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a)})
			att, claim := fresh.Resume(u)
			must(t, claim)
			if att.Exam() != tc.exam || att.Limit() != tc.wantLeft || !att.Recording() || att.Answered() != 1 {
				t.Errorf("resumed: exam %v, limit %v, recording %v, %d answered", att.Exam(), att.Limit(), att.Recording(), att.Answered())
			}
			_, tk := att.Answer(1, truth(true), t0)
			must(t, tk)
			saved, answers := stored(t, st, p, a)
			if saved == nil || saved.ID != u.Saved.ID || len(answers) != 2 {
				t.Errorf("after resuming: attempt %+v with %d answers, want attempt %d with 2", saved, len(answers), u.Saved.ID)
			}
			must(t, att.HandIn(nil, t0))
			if again, _ := FindUnfinished(w, p, a).Wait(); again != nil {
				t.Errorf("the attempt handed in is found again: %+v", again)
			}
		})
	}
}

func TestSetAsideIsNotOfferedAgain(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(2)
	w := NewWriter(st)
	first := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a)})
	first.Answer(0, truth(true), t0)
	u, err := FindUnfinished(w, p, a).Wait()
	if err != nil || u == nil {
		t.Fatalf("found %v (%v)", u, err)
	}
	next := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a)})
	must(t, next.SetAside(u))
	must(t, next.Begin())
	if again, err := FindUnfinished(w, p, a).Wait(); again != nil || err != nil {
		t.Errorf("set aside, yet found %+v (%v)", again, err)
	}
}

// A look-up queued behind a hand-in that the store keeps waiting does not
// find the attempt unfinished.
func TestFindUnfinishedComesAfterTheWritesBeforeIt(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(2)
	w := NewWriter(st)
	att := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a)})
	att.Answer(0, truth(true), t0)
	att.Answer(1, truth(true), t0)
	att.HandIn(nil, t0) // not waited for
	if u, err := FindUnfinished(w, p, a).Wait(); u != nil || err != nil {
		t.Errorf("found %+v (%v), want nothing: it is handed in", u, err)
	}
}

func TestAttemptThatCannotBeginSavesNothingAndSaysSo(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(2)
	st.Close() // every write now fails
	w := NewWriter(st)
	att := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a)})
	if err := att.Begin().Wait(); err == nil {
		t.Fatal("Begin on a closed store succeeded")
	}
	if att.Saving() {
		t.Error("an attempt that could not begin says it is saving")
	}
	_, tk := att.Answer(0, truth(true), t0)
	if tk.Wait() == nil {
		t.Error("an answer to an attempt that never began says it was saved")
	}
	if err := w.Flush(context.Background()); err == nil || err.(*UnsavedError).Answers != 1 {
		t.Errorf("Flush says %v, want the answer not saved", err)
	}
}

func TestBreakdowns(t *testing.T) {
	p, a := testArticle(4, "Rescue efforts", "rescue-efforts", "", "Not a section")
	att := New(nil, Setup{Pack: p, Article: a, Session: testSession(t, a)})
	att.Answer(0, truth(true), t0)
	att.Answer(2, truth(false), t0)
	got := map[string]string{}
	for _, b := range att.Breakdowns() {
		for _, tl := range b.Tallies {
			got[b.Title+"/"+tl.Key] = fmt.Sprintf("%v/%v", tl.Points, tl.Max)
		}
	}
	want := map[string]string{
		"By section/Rescue efforts": "1/2", "By section/Whole article": "0/1", "By section/Not a section": "0/1",
		"By level/recall": "1/2", "By level/inference": "0/1", "By level/critical": "0/1",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("breakdowns %v, want %v", got, want)
	}
	if points, of := att.RunningScore(); points != 1 || of != 2 {
		t.Errorf("running score %v/%v, want 1/2", points, of)
	}
	if points, max := att.Score(); points != 1 || max != 4 || att.Percent() != 25 {
		t.Errorf("score %v/%v (%d%%), want 1/4 (25%%)", points, max, att.Percent())
	}
	if missed := att.Missed(); !slices.Equal(missed, []int{1, 2, 3}) {
		t.Errorf("missed %v", missed)
	}
}

func TestReviewRecordsEachAnswerUnderItsOwnArticle(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(2)
	other := &content.Article{ID: "drought", Title: "Drought", Questions: []quiz.Question{a.Questions[0]}}
	other.Questions[0].ID = "d0"
	p2 := &content.Pack{Manifest: content.Manifest{ID: "weather", Version: "3"}, Articles: []*content.Article{other}}
	packs := []*content.Pack{p, p2}
	var due []quiz.ReviewItem
	for _, at := range [][3]string{{"news", "floods", "q0001"}, {"weather", "drought", "d0"}} {
		q, _ := ReviewLookup(packs)(at[0], at[1], at[2])
		due = append(due, quiz.ReviewItem{PackID: at[0], ArticleID: at[1], QuestionID: at[2], QuestionHash: q.Hash()})
	}
	plan, err := quiz.ReviewSession(due, ReviewLookup(packs), 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	att := NewReview(NewWriter(st), plan, packs)
	if !att.Review() || att.Pack() != nil {
		t.Error("a review is not one")
	}
	if _, art := att.ItemArticle(1); art != other {
		t.Errorf("question 2 comes from %v, want the drought", art)
	}
	att.Answer(0, truth(true), t0)
	att.Answer(1, truth(false), t0)
	must(t, att.HandIn(nil, t0))
	rows := finished(t, st)
	if len(rows) != 1 || rows[0].Mode != scores.ModeReview || rows[0].PackID != "" || rows[0].Score != 1 {
		t.Errorf("attempts %+v, want one review across packs scoring 1", rows)
	}
	if _, ok, _ := st.Review("weather", "drought", "d0"); !ok {
		t.Error("the drought question is not scheduled under its own pack and article")
	}
	var titles []string
	for _, tl := range att.Breakdowns()[0].Tallies {
		titles = append(titles, tl.Key)
	}
	if att.Breakdowns()[0].Title != "By article" || !slices.Equal(titles, []string{"Floods", "Drought"}) {
		t.Errorf("a review breaks down %q by %v, want by article", att.Breakdowns()[0].Title, titles)
	}
}

func TestRetryAndFresh(t *testing.T) {
	p, a := testArticle(4)
	opts := quiz.SessionOptions{N: 3, Seed: 7}
	sess, err := quiz.NewSession(a.Questions, opts)
	if err != nil {
		t.Fatal(err)
	}
	att := New(nil, Setup{Pack: p, Article: a, Session: sess, Exam: true, TimeLimit: time.Minute})
	att.Answer(0, truth(true), t0)
	retry := att.Retry(true)
	if retry.Len() != 2 || retry.Answered() != 0 || !retry.Exam() || retry.Limit() != time.Minute || retry.Recording() {
		t.Errorf("retry: %d questions, %d answered, exam %v, limit %v", retry.Len(), retry.Answered(), retry.Exam(), retry.Limit())
	}
	fresh := att.Fresh(99)
	if fresh.Len() != 3 || fresh.Session().Options.Seed != 99 || fresh.Article() != a {
		t.Errorf("fresh: %d questions with seed %d", fresh.Len(), fresh.Session().Options.Seed)
	}
	a.Questions = nil // the article gives no session any more
	if again := att.Fresh(100); again.Len() != 3 {
		t.Errorf("with no questions left in the article, a fresh quiz asks %d, want the same 3", again.Len())
	}
}

// Answers given one after another, faster than the store writes them,
// reach it in the order given.
func TestAnswersAreStoredInTheOrderGiven(t *testing.T) {
	st := openStore(t)
	p, a := testArticle(200)
	w := NewWriter(st)
	att := New(w, Setup{Pack: p, Article: a, Session: testSession(t, a)})
	for i := range att.Len() {
		att.Answer(i, truth(i%3 != 0), t0)
	}
	if err := w.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, answers := stored(t, st, p, a)
	if len(answers) != 200 {
		t.Fatalf("stored %d answers, want 200", len(answers))
	}
	for i, r := range answers {
		if r.QuestionID != a.Questions[i].ID {
			t.Fatalf("answer %d is %s, want %s: stored out of order", i, r.QuestionID, a.Questions[i].ID)
		}
	}
}
