package scores

import (
	"brief/quiz"
	"testing"
	"time"
)

func TestReviewSchedule(t *testing.T) {
	day1 := time.Date(2026, 4, 1, 15, 0, 0, 0, time.UTC)
	midnight := func(days int) time.Time { return time.Date(2026, 4, 1+days, 0, 0, 0, 0, time.UTC) }
	type step struct {
		mode          string
		at            time.Time
		points, max   float64
		skipped       bool
		hash          string
		wantScheduled bool
		wantDue       time.Time
	}
	tests := map[string][]step{
		"right outside review stays out": {
			{mode: ModeExam, at: day1, points: 1, max: 1, wantScheduled: false},
			{mode: ModePractice, at: day1, points: 1, max: 1, wantScheduled: false},
		},
		"missed comes back the next day": {
			{mode: ModeExam, at: day1, points: 0, max: 1, wantScheduled: true, wantDue: midnight(1)},
		},
		"skipped counts as missed": {
			{mode: ModePractice, at: day1, points: 0, max: 1, skipped: true, wantScheduled: true, wantDue: midnight(1)},
		},
		"partly missed enters": {
			{mode: ModeExam, at: day1, points: 1, max: 2, wantScheduled: true, wantDue: midnight(1)},
		},
		"right in review moves further out": {
			{mode: ModeExam, at: day1, points: 0, max: 1, wantScheduled: true, wantDue: midnight(1)},
			// repetition 1: 1 day
			{mode: ModeReview, at: midnight(1).Add(9 * time.Hour), points: 1, max: 1, wantScheduled: true, wantDue: midnight(2)},
			// repetition 2: 6 days
			{mode: ModeReview, at: midnight(2).Add(9 * time.Hour), points: 1, max: 1, wantScheduled: true, wantDue: midnight(8)},
			// repetition 3: ceil(6 * EF) with EF = 1.96 + 0.1 = 2.06 -> 12.36 -> 13 days
			{mode: ModeReview, at: midnight(8).Add(9 * time.Hour), points: 1, max: 1, wantScheduled: true, wantDue: midnight(21)},
		},
		"wrong in review comes back in a day": {
			{mode: ModeExam, at: day1, points: 0, max: 1, wantScheduled: true, wantDue: midnight(1)},
			{mode: ModeReview, at: midnight(1).Add(9 * time.Hour), points: 1, max: 1, wantScheduled: true, wantDue: midnight(2)},
			{mode: ModeReview, at: midnight(2).Add(9 * time.Hour), points: 1, max: 1, wantScheduled: true, wantDue: midnight(8)},
			{mode: ModeReview, at: midnight(8).Add(9 * time.Hour), points: 0, max: 1, wantScheduled: true, wantDue: midnight(9)},
		},
		"changed question starts over": {
			{mode: ModeExam, at: day1, points: 0, max: 1, wantScheduled: true, wantDue: midnight(1)},
			{mode: ModeReview, at: midnight(1), points: 1, max: 1, wantScheduled: true, wantDue: midnight(2)},
			// Same question, edited: the run of 1 repetition is forgotten, so a
			// right answer is a first repetition again (1 day, not 6).
			{mode: ModeReview, at: midnight(2), points: 1, max: 1, hash: "edited", wantScheduled: true, wantDue: midnight(3)},
		},
	}
	for name, steps := range tests {
		t.Run(name, func(t *testing.T) {
			s := openTestStore(t)
			for i, st := range steps {
				id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: st.mode, Started: st.at})
				if err != nil {
					t.Fatal(err)
				}
				a := answer(id, "art", "q1", st.points, st.max, st.at)
				a.Skipped = st.skipped
				if st.hash != "" {
					a.QuestionHash = st.hash
				}
				if err := s.RecordAnswer(a); err != nil {
					t.Fatal(err)
				}
				if err := s.FinishAttempt(id, st.at); err != nil {
					t.Fatal(err)
				}
				got, ok, err := s.Review("pack", "art", "q1")
				if err != nil {
					t.Fatal(err)
				}
				if ok != st.wantScheduled {
					t.Fatalf("step %d: scheduled = %v, want %v", i, ok, st.wantScheduled)
				}
				if ok && !got.Due.Equal(st.wantDue) {
					t.Fatalf("step %d: due %v, want %v (state %+v)", i, got.Due.UTC(), st.wantDue, got)
				}
			}
		})
	}
}

func TestDueReviewsAcrossArticles(t *testing.T) {
	s := openTestStore(t)
	monday := time.Date(2026, 4, 6, 10, 0, 0, 0, time.UTC)
	for _, art := range []string{"a1", "a2"} {
		id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: art, Mode: ModeExam, Started: monday})
		if err != nil {
			t.Fatal(err)
		}
		for q, points := range map[string]float64{"wrong": 0, "right": 1, "half": 0.5} {
			if err := s.RecordAnswer(answer(id, art, q, points, 1, monday)); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.FinishAttempt(id, monday); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := dueCount(s, monday, "pack", "a1"); n != 0 || err != nil {
		t.Errorf("due the same day = %d, %v; want 0", n, err)
	}
	tuesday := monday.AddDate(0, 0, 1)
	items, err := s.DueReviews(tuesday)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, it.ArticleID+"/"+it.QuestionID+"/"+it.QuestionHash)
	}
	want := []string{"a1/half/h-half", "a1/wrong/h-wrong", "a2/half/h-half", "a2/wrong/h-wrong"}
	if len(got) != len(want) {
		t.Fatalf("due on Tuesday = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("due on Tuesday = %v, want %v", got, want)
		}
	}
	tests := map[string]struct {
		pack, article string
		want          int
	}{
		"one article":   {"pack", "a1", 2},
		"other article": {"pack", "a2", 2},
		"unknown":       {"pack", "a3", 0},
		"everything":    {"", "", 4},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if n, err := dueCount(s, tuesday, tc.pack, tc.article); n != tc.want || err != nil {
				t.Errorf("due = %d, %v; want %d", n, err, tc.want)
			}
		})
	}
}

// An exam answer changed before hand-in moves the review schedule once, by
// the final answer, when the exam is handed in.
func TestExamMovesScheduleOnceAtHandIn(t *testing.T) {
	s := openTestStore(t)
	day := time.Date(2026, 4, 6, 10, 0, 0, 0, time.UTC)
	// Known from an earlier review: one repetition, due in a day.
	prior, _ := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeReview, Started: day})
	if err := s.RecordAnswer(answer(prior, "art", "q1", 1, 1, day)); err != nil {
		t.Fatal(err)
	}
	before, _, _ := s.Review("pack", "art", "q1")

	exam, _ := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam, Started: day})
	wrongFirst := answer(exam, "art", "q1", 0, 1, day.Add(time.Minute))
	if err := s.RecordAnswer(wrongFirst); err != nil {
		t.Fatal(err)
	}
	if during, _, _ := s.Review("pack", "art", "q1"); during != before {
		t.Fatalf("an exam answer moved the schedule before hand-in: %+v, was %+v", during, before)
	}
	if err := s.RecordAnswer(answer(exam, "art", "q1", 1, 1, day.Add(2*time.Minute))); err != nil {
		t.Fatal(err)
	}
	for range 2 { // handing in twice must not move it twice
		if err := s.FinishAttempt(exam, day.Add(3*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	after, _, _ := s.Review("pack", "art", "q1")
	want := quiz.NextReview(before, quiz.QualityRight, day.Add(2*time.Minute))
	if after.Repetitions != want.Repetitions || !after.Due.Equal(want.Due) || after.Ease != want.Ease {
		t.Errorf("after hand-in: %+v, want one right answer's move: %+v", after, want)
	}
}

// Saves run concurrently in the interface, so they can land out of order:
// an older answer never replaces a newer one, and an exam answer saved
// after the hand-in still moves the schedule.
func TestAnswersSavedOutOfOrder(t *testing.T) {
	s := openTestStore(t)
	day := time.Date(2026, 4, 6, 10, 0, 0, 0, time.UTC)
	exam, _ := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModeExam, Started: day})
	newer := answer(exam, "art", "q1", 1, 1, day.Add(2*time.Minute))
	older := answer(exam, "art", "q1", 0, 1, day.Add(time.Minute))
	if err := s.RecordAnswer(newer); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(older); err != nil {
		t.Fatal(err)
	}
	_, answers, err := s.UnfinishedAttempt("pack", "art")
	if err != nil || len(answers) != 1 || answers[0].Points != 1 {
		t.Fatalf("saved answers %+v, %v; want the newer, right answer only", answers, err)
	}
	// The hand-in lands before the last answer's save.
	if err := s.FinishAttempt(exam, day.Add(3*time.Minute)); err != nil {
		t.Fatal(err)
	}
	late := answer(exam, "art", "q2", 0, 1, day.Add(150*time.Second))
	if err := s.RecordAnswer(late); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Review("pack", "art", "q2"); !ok {
		t.Errorf("a wrong exam answer saved after the hand-in never entered the review schedule")
	}
}

// dueCount counts the questions due at now, of one article, or of every
// article when pack and article are "": what the review schedule holds.
func dueCount(s *Store, now time.Time, pack, article string) (int, error) {
	due, err := s.DueReviews(now)
	n := 0
	for _, it := range due {
		if pack == "" && article == "" || it.PackID == pack && it.ArticleID == article {
			n++
		}
	}
	return n, err
}
