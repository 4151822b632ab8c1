package scores

import (
	"brief/quiz"
	"math"
	"testing"
	"time"
)

// statsFixture records a small history whose figures are worked out by hand
// in the test comments. now is 2026-06-10 12:00 UTC.
func statsFixture(t *testing.T) (*Store, time.Time) {
	t.Helper()
	s := openTestStore(t)
	at := func(day, hour int) time.Time { return time.Date(2026, 6, day, hour, 0, 0, 0, time.UTC) }
	type ans struct {
		article, q, section, level string
		points, max                float64
	}
	attempt := func(article, mode string, start time.Time, finish bool, answers ...ans) {
		id, err := s.StartAttempt(AttemptInfo{PackID: "p", ArticleID: article, Mode: mode, Started: start})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range answers {
			r := answer(id, a.article, a.q, a.points, a.max, start.Add(time.Minute))
			r.PackID, r.Section, r.Level = "p", a.section, a.level
			if err := s.RecordAnswer(r); err != nil {
				t.Fatal(err)
			}
		}
		if finish {
			if err := s.FinishAttempt(id, start.Add(10*time.Minute)); err != nil {
				t.Fatal(err)
			}
		}
	}
	q1 := func(p float64) ans { return ans{"a1", "q1", "intro", "recall", p, 1} }
	q2 := func(p float64) ans { return ans{"a1", "q2", "intro", "inference", p, 1} }
	q3 := func(p float64) ans { return ans{"a1", "q3", "body", "critical", p, 2} }
	attempt("a1", ModeExam, at(8, 10), true, q1(1), q2(0), q3(1))     // 2/4 = 50%
	attempt("a1", ModePractice, at(9, 10), true, q1(1), q2(1), q3(2)) // 4/4 = 100%
	attempt("a1", ModeExam, at(10, 9), true, q1(0), q2(1), q3(1))     // 2/4 = 50%
	attempt("a2", ModeExam, at(10, 10), false, ans{"a2", "q1", "intro", "recall", 1, 1})
	attempt("", ModeReview, at(10, 11), true, q2(0))
	if err := s.RecordReading("p", "a1", "intro", 2*time.Minute, 400); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordReading("p", "a1", "conclusion", 30*time.Second, 100); err != nil {
		t.Fatal(err)
	}
	return s, at(10, 12)
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestStats(t *testing.T) {
	s, now := statsFixture(t)
	st, err := s.Stats(now)
	if err != nil {
		t.Fatal(err)
	}

	// Only a1 has finished practice or exam attempts: 50%, 100%, 50%.
	if len(st.Articles) != 1 {
		t.Fatalf("articles = %+v, want a1 only", st.Articles)
	}
	a := st.Articles[0]
	if a.ArticleID != "a1" || a.Attempts != 3 || a.Best != 100 || a.Last != 50 || !near(a.Average, 200.0/3) {
		t.Errorf("a1 = %+v, want 3 attempts, best 100, last 50, average 66.67", a)
	}

	// Levels over every answer, review and unfinished included:
	// recall 1+1+0 (a1) + 1 (a2) = 3 of 4; inference 0+1+1+0 = 2 of 4;
	// critical 1+2+1 = 4 of 6.
	wantLevels := []struct {
		level   string
		answers int
		frac    float64
	}{{"recall", 4, 0.75}, {"inference", 4, 0.5}, {"critical", 3, 4.0 / 6}}
	if len(st.Levels) != len(wantLevels) {
		t.Fatalf("levels = %+v", st.Levels)
	}
	for i, w := range wantLevels {
		if l := st.Levels[i]; l.Level != w.level || l.Answers != w.answers || !near(l.Fraction, w.frac) {
			t.Errorf("level %d = %+v, want %s with %d answers and %.3f", i, l, w.level, w.answers, w.frac)
		}
	}

	// Sections: a1/body 4 of 6; a1/conclusion read only (100 words in 30s
	// = 200 wpm); a1/intro 4 of 7 with 400 words in 2 minutes = 200 wpm;
	// a2/intro 1 of 1.
	wantSections := []struct {
		article, section string
		answers          int
		frac, wpm        float64
	}{
		{"a1", "body", 3, 4.0 / 6, 0},
		{"a1", "conclusion", 0, 0, 200},
		{"a1", "intro", 7, 4.0 / 7, 200},
		{"a2", "intro", 1, 1, 0},
	}
	if len(st.Sections) != len(wantSections) {
		t.Fatalf("sections = %+v", st.Sections)
	}
	for i, w := range wantSections {
		sec := st.Sections[i]
		if sec.ArticleID != w.article || sec.Section != w.section || sec.Answers != w.answers ||
			!near(sec.Fraction, w.frac) || !near(sec.WPM, w.wpm) {
			t.Errorf("section %d = %+v, want %+v", i, sec, w)
		}
	}

	// Days: June 8 2 of 4 (50%), June 9 4 of 4 (100%), June 10 2 of 4 + 1
	// of 1 + 0 of 1 = 3 of 6 (50%); the chart ends today.
	if len(st.Daily) != StatsDays {
		t.Fatalf("daily has %d days, want %d", len(st.Daily), StatsDays)
	}
	wantDays := map[int]struct {
		answers int
		pct     float64
	}{StatsDays - 3: {3, 50}, StatsDays - 2: {3, 100}, StatsDays - 1: {5, 50}}
	for i, d := range st.Daily {
		want := wantDays[i]
		wantDay := time.Date(2026, 6, 10-(StatsDays-1-i), 0, 0, 0, 0, time.UTC)
		if !d.Day.Equal(wantDay) || d.Answers != want.answers || !near(d.Percent, want.pct) {
			t.Errorf("day %d = %+v, want %s with %d answers at %v%%", i, d, wantDay.Format(time.DateOnly), want.answers, want.pct)
		}
	}

	// 11 answers of 3 seconds each; 2m30s of reading.
	if st.Answers != 11 || st.QuizTime != 33*time.Second || st.ReadingTime != 150*time.Second {
		t.Errorf("answers %d, quiz time %v, reading time %v; want 11, 33s, 2m30s", st.Answers, st.QuizTime, st.ReadingTime)
	}
	if st.Streak != 3 {
		t.Errorf("streak = %d, want 3 (June 8, 9, 10)", st.Streak)
	}
}

func TestStatsStreak(t *testing.T) {
	tests := map[string]struct {
		days []int // days of June with an answer
		now  int   // today, in June
		want int
	}{
		"nothing ever":                 {nil, 10, 0},
		"today only":                   {[]int{10}, 10, 1},
		"three days to today":          {[]int{8, 9, 10}, 10, 3},
		"gap breaks the streak":        {[]int{5, 6, 8, 9, 10}, 10, 3},
		"alive until today ends":       {[]int{8, 9}, 10, 2},
		"over when a whole day passed": {[]int{7, 8}, 10, 0},
		"future answers do not count":  {[]int{9, 12}, 10, 1},
		"across a month boundary":      {[]int{-1, 0, 1}, 1, 3}, // May 30, May 31, June 1
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := openTestStore(t)
			for _, d := range tc.days {
				at := time.Date(2026, 6, d, 20, 0, 0, 0, time.UTC)
				id, _ := s.StartAttempt(AttemptInfo{PackID: "p", ArticleID: "a", Mode: ModeExam, Started: at})
				if err := s.RecordAnswer(answer(id, "a", "q", 1, 1, at)); err != nil {
					t.Fatal(err)
				}
			}
			st, err := s.Stats(time.Date(2026, 6, tc.now, 8, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			if st.Streak != tc.want {
				t.Errorf("streak = %d, want %d", st.Streak, tc.want)
			}
		})
	}
}

func TestStatsOnAnEmptyStore(t *testing.T) {
	st, err := openTestStore(t).Stats(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Articles) != 0 || len(st.Sections) != 0 || st.Streak != 0 || len(st.Daily) != StatsDays || len(st.Levels) != len(quiz.Levels) {
		t.Errorf("empty stats = %+v", st)
	}
}

func TestAttempts(t *testing.T) {
	s, _ := statsFixture(t)
	tests := map[string]struct {
		filter AttemptFilter
		want   []float64 // percents, oldest first
	}{
		// The unfinished a2 attempt is never listed.
		"all finished":  {AttemptFilter{}, []float64{50, 100, 50, 0}},
		"one article":   {AttemptFilter{ArticleID: "a1"}, []float64{50, 100, 50}},
		"since June 9":  {AttemptFilter{Since: time.Date(2026, 6, 9, 0, 0, 0, 0, time.UTC)}, []float64{100, 50, 0}},
		"other pack":    {AttemptFilter{PackID: "q"}, nil},
		"unknown thing": {AttemptFilter{ArticleID: "zz"}, nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			rows, err := s.Attempts(tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []float64
			for _, r := range rows {
				got = append(got, r.Percent)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("percents = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("percents = %v, want %v", got, tc.want)
				}
			}
		})
	}
	rows, _ := s.Attempts(AttemptFilter{ArticleID: "a1"})
	first := rows[0]
	if first.Score != 2 || first.Max != 4 || first.Duration != 9*time.Second || first.Mode != ModeExam ||
		!first.Started.Equal(time.Date(2026, 6, 8, 10, 0, 0, 0, time.UTC)) ||
		!first.Finished.Equal(time.Date(2026, 6, 8, 10, 10, 0, 0, time.UTC)) {
		t.Errorf("first attempt = %+v, want 2/4 in 9s, June 8 10:00-10:10", first)
	}
}
