package cli

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// answerLine is what a student types in plain mode to answer an item
// right, given how its options are shuffled on screen.
func answerLine(it *quiz.SessionItem) string {
	q := it.Q
	letter := func(shown int) string { return string(rune('a' + shown)) }
	shownAt := func(order []int, orig int) int {
		if i := slices.Index(order, orig); i >= 0 {
			return i
		}
		return orig
	}
	switch q.Type {
	case quiz.Choice, quiz.Multi:
		var picks []string
		for _, ans := range q.Answers {
			picks = append(picks, letter(shownAt(it.View.OptionOrder, slices.Index(q.Options, ans))))
		}
		return strings.Join(picks, " ")
	case quiz.TrueFalse:
		return fmt.Sprint(q.Truth)
	case quiz.Short:
		return q.Answers[0]
	case quiz.Numeric:
		if q.Range != nil {
			return strconv.FormatFloat(q.Range[0], 'f', -1, 64)
		}
		return strconv.FormatFloat(q.Number, 'f', -1, 64)
	case quiz.Cloze:
		var blanks []string
		for _, b := range quiz.Blanks(q.Text) {
			blanks = append(blanks, b[0])
		}
		return strings.Join(blanks, " | ")
	case quiz.Order:
		var seq []string
		for orig := range q.Items {
			seq = append(seq, letter(shownAt(it.View.ItemOrder, orig)))
		}
		return strings.Join(seq, " ")
	case quiz.Match:
		var pairs []string
		for left := range q.Pairs {
			pairs = append(pairs, fmt.Sprintf("%d%s", left+1, letter(shownAt(it.View.RightOrder, left))))
		}
		return strings.Join(pairs, " ")
	}
	return ""
}

// localMidnight is the start of the local day n days from today.
func localMidnight(n int) time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, time.Local)
}

// backdate records answers to questions of the default article as if
// given days ago, each in an attempt of its own mode: points 0 is a miss.
func backdate(t *testing.T, s *scores.Store, a *content.Article, daysAgo int, mode string, points float64, ids ...string) {
	t.Helper()
	at := time.Now().AddDate(0, 0, -daysAgo)
	id, err := s.StartAttempt(scores.AttemptInfo{PackID: "brief-default", ArticleID: a.ID, Mode: mode, Started: at})
	if err != nil {
		t.Fatal(err)
	}
	for _, qid := range ids {
		q := questionByID(t, a, qid)
		err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "brief-default", ArticleID: a.ID,
			QuestionID: q.ID, QuestionHash: q.Hash(), Section: q.Section, Level: string(q.Level),
			Points: points * q.Points, Max: q.Points, At: at})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FinishAttempt(id, at); err != nil {
		t.Fatal(err)
	}
}

func questionByID(t *testing.T, a *content.Article, id string) *quiz.Question {
	t.Helper()
	for i := range a.Questions {
		if a.Questions[i].ID == id {
			return &a.Questions[i]
		}
	}
	t.Fatalf("no question %q in %s", id, a.ID)
	return nil
}

func reviewArticle(t *testing.T) (*content.Pack, *content.Article) {
	t.Helper()
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p, p.Articles[0]
}

func TestReviewAfterAMissedQuizIsDueTomorrow(t *testing.T) {
	dir := t.TempDir()
	_, a := reviewArticle(t)
	// Skip every question: each is missed and comes back the next day.
	if _, errOut, code := runIn(t, dir, strings.Repeat("\n", len(a.Questions)), "quiz", "--plain", "--seed", "5"); code != 0 {
		t.Fatalf("quiz: exit %d: %s", code, errOut)
	}
	s := openDataStore(t, dir)
	if n, err := dueCount(s, localMidnight(1), "brief-default", a.ID); n != len(a.Questions) || err != nil {
		t.Fatalf("due tomorrow: %d, %v; want every one of the %d questions", n, err, len(a.Questions))
	}
	// Nothing is due yet: brief review goes over today's misses, as r on
	// the home screen does, and they stay due tomorrow.
	out, errOut, code := runIn(t, dir, strings.Repeat("\n", len(a.Questions)), "review", "--plain")
	want := fmt.Sprintf("Nothing is due for review: going over the %d questions you missed today.\n\n", len(a.Questions))
	if code != 0 || !strings.HasPrefix(out, want) || !strings.Contains(out, "Question 1 of 37") {
		t.Errorf("exit %d, stderr %q, stdout %q; want it to begin %q", code, errOut, out, want)
	}
	if n, err := dueCount(s, localMidnight(1), "brief-default", a.ID); n != len(a.Questions) || err != nil {
		t.Errorf("after going over today's misses, due tomorrow: %d, %v; want %d", n, err, len(a.Questions))
	}
	// With nothing due and nothing missed today, it says when the next is.
	empty := t.TempDir()
	out, errOut, code = runIn(t, empty, "", "review", "--plain")
	if code != 0 || out != "Nothing is due for review. Questions you miss in a quiz come back here the next day.\n" {
		t.Errorf("a new student: exit %d, stderr %q, stdout %q", code, errOut, out)
	}
}

func TestReviewMovesTheSchedule(t *testing.T) {
	pack, a := reviewArticle(t)
	ids := []string{a.Questions[0].ID, a.Questions[5].ID}
	tests := map[string]struct {
		right     bool
		wantDue   time.Time
		wantReps  int
		wantAgain string // said under each answer, as the full-screen review says it
		wantScore string
	}{
		// Missed, then right once in review: the next right answer is the
		// second repetition in a row, due 6 days on (SM-2's I(2)).
		"right moves it further out": {right: true, wantDue: localMidnight(6), wantReps: 2,
			wantAgain: "  You will see it again in 6 days.\n", wantScore: "Score: 2/2 (100%)"},
		"missed comes back tomorrow": {right: false, wantDue: localMidnight(1), wantReps: 0,
			wantAgain: "  You will see it again tomorrow.\n", wantScore: "Score: 0/2 (0%)"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s := openDataStore(t, dir)
			backdate(t, s, a, 10, scores.ModeExam, 0, ids...)
			backdate(t, s, a, 9, scores.ModeReview, 1, ids...)
			// The session brief will draw with this seed, to type its answers.
			loaded, err := study.LoadReview(s, []*content.Pack{pack}, time.Now(), 0, 11)
			if err != nil || loaded.Plan == nil || len(loaded.Plan.Session.Items) != len(ids) {
				t.Fatalf("due: %+v (%v); want the %d questions", loaded, err, len(ids))
			}
			var input strings.Builder
			for i := range loaded.Plan.Session.Items {
				if tc.right {
					input.WriteString(answerLine(&loaded.Plan.Session.Items[i]))
				}
				input.WriteString("\n")
			}
			out, errOut, code := runIn(t, dir, input.String(), "review", "--plain", "--seed", "11")
			if code != 0 || !strings.Contains(out, tc.wantScore) {
				t.Fatalf("exit %d, stderr %q; want %q in:\n%s", code, errOut, tc.wantScore, out)
			}
			if n := strings.Count(out, tc.wantAgain); n != len(ids) {
				t.Errorf("%q is said %d times, want once under each of the %d answers:\n%s", tc.wantAgain, n, len(ids), out)
			}
			// The end says nothing more is due, the score line last.
			if want := "Nothing more is due.\n" + tc.wantScore + "\n"; !strings.HasSuffix(out, want) {
				t.Errorf("the review does not end %q:\n%s", want, tail(out, 3))
			}
			for _, id := range ids {
				st, ok, err := s.Review("brief-default", a.ID, id)
				if err != nil || !ok {
					t.Fatalf("%s left the schedule: %v", id, err)
				}
				if !st.Due.Equal(tc.wantDue) || st.Repetitions != tc.wantReps {
					t.Errorf("%s due %v after %d repetitions; want %v after %d", id, st.Due, st.Repetitions, tc.wantDue, tc.wantReps)
				}
			}
			if n, err := dueCount(s, time.Now(), "", ""); n != 0 || err != nil {
				t.Errorf("still due after the review: %d, %v", n, err)
			}
		})
	}
}

// A review of fewer questions than are due says at its end how many are
// left, and what asks them, as the full-screen review does.
func TestPlainReviewSaysWhatIsStillDue(t *testing.T) {
	_, a := reviewArticle(t)
	// --accessible says a score as it is heard, "0 of 1".
	for mode, score := range map[string]string{"--plain": "0/1", "--accessible": "0 of 1"} {
		t.Run(mode, func(t *testing.T) {
			dir := t.TempDir()
			backdate(t, openDataStore(t, dir), a, 3, scores.ModeExam, 0, a.Questions[0].ID, a.Questions[1].ID, a.Questions[5].ID)
			out, errOut, code := runIn(t, dir, "\n", "review", mode, "-n", "1", "--seed", "3")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			want := "  You will see it again tomorrow.\n\nMissed 1: question 1\n2 more questions due: brief review goes on.\nScore: " + score + " (0%)\n"
			if !strings.HasSuffix(out, want) {
				t.Errorf("the review does not end %q:\n%s", want, out)
			}
		})
	}
}

func TestReviewLeavesOutChangedQuestions(t *testing.T) {
	pack, a := reviewArticle(t)
	dir := t.TempDir()
	s := openDataStore(t, dir)
	backdate(t, s, a, 3, scores.ModeExam, 0, a.Questions[1].ID)
	// A missed question whose text has changed since: its recorded hash
	// is not the current one.
	id, err := s.StartAttempt(scores.AttemptInfo{PackID: "brief-default", ArticleID: a.ID, Mode: scores.ModeExam,
		Started: time.Now().AddDate(0, 0, -3)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "brief-default", ArticleID: a.ID,
		QuestionID: a.Questions[2].ID, QuestionHash: "before-the-edit", Max: 1, At: time.Now().AddDate(0, 0, -3)}); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishAttempt(id, time.Now().AddDate(0, 0, -3)); err != nil {
		t.Fatal(err)
	}
	loaded, err := study.LoadReview(s, []*content.Pack{pack}, time.Now(), 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Plan == nil || len(loaded.Plan.Session.Items) != 1 {
		t.Fatalf("want one question to review, got %+v", loaded)
	}
	out, errOut, code := runIn(t, dir, answerLine(&loaded.Plan.Session.Items[0])+"\n", "review", "--plain", "--seed", "3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"(1 due question has changed since you missed it; it is asked afresh in the article's quiz.)",
		"1 question from 1 article",
		"Question 1 of 1",
		"Score: 1/1 (100%)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestReviewFlagErrors(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"negative n":  {[]string{"-n", "-1"}, "-n must be at least 1, not -1"},
		"zero n":      {[]string{"-n", "0"}, "-n must be at least 1, not 0"},
		"an argument": {[]string{"now"}, "unknown command"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, errOut, code := runIn(t, t.TempDir(), "", append([]string{"review", "--plain"}, tc.args...)...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitUsage, tc.want)
			}
		})
	}
}

func TestReviewWithNothingEverMissed(t *testing.T) {
	out, errOut, code := runIn(t, t.TempDir(), "", "review")
	want := "Nothing is due for review. Questions you miss in a quiz come back here the next day.\n"
	if code != 0 || out != want {
		t.Errorf("exit %d, stderr %q, stdout %q; want %q", code, errOut, out, want)
	}
}

// dueCount counts the questions due at now, of one article, or of every
// article when pack and article are "": what the review schedule holds.
func dueCount(s *scores.Store, now time.Time, pack, article string) (int, error) {
	due, err := s.DueReviews(now)
	n := 0
	for _, it := range due {
		if pack == "" && article == "" || it.PackID == pack && it.ArticleID == article {
			n++
		}
	}
	return n, err
}

// Input that ends in a review says it is the review that was cut short.
func TestPlainReviewCutShortSaysReview(t *testing.T) {
	dir := t.TempDir()
	_, total := rightAnswers(t, 5)
	if _, errOut, code := runIn(t, dir, strings.Repeat("\n", total), "quiz", "--plain", "--seed", "5"); code != 0 {
		t.Fatalf("quiz: exit %d: %s", code, errOut)
	}
	_, errOut, code := runIn(t, dir, "\n", "review", "--plain", "--seed", "5")
	if code != exitFailure || !strings.Contains(errOut, "brief: input ended before the review was over (at question 2 of ") {
		t.Errorf("exit %d, stderr %q; want the review named", code, errOut)
	}
}
