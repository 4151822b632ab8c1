package scores

import (
	"brief/quiz"
	"cmp"
	"slices"
	"time"
)

// StatsDays is how many days the accuracy chart covers, today included.
const StatsDays = 30

// Stats is everything the stats screen shows, computed at one moment.
type Stats struct {
	Articles    []ArticleStats // by pack then article
	Daily       []DayAccuracy  // StatsDays entries, oldest first, today last
	Levels      []Mastery      // recall, inference, critical, then any other level
	Sections    []SectionStats // by pack, article, section
	Streak      int            // consecutive days with an answer, ending today (or yesterday, if today has none yet)
	Answers     int            // answers ever recorded
	ReadingTime time.Duration
	QuizTime    time.Duration // time spent answering
}

// ArticleStats summarises the finished practice and exam attempts at one
// article. Percentages are 0-100.
type ArticleStats struct {
	PackID    string
	ArticleID string
	Attempts  int
	// Best is over the full attempts only (every question of the
	// article, practice or exam, not a retry), as home's best is;
	// HasBest is false when there is none.
	Best    float64
	HasBest bool
	Last    float64 // the most recently finished attempt
	Average float64
	LastAt  time.Time
}

// DayAccuracy is one day of the accuracy chart. A day without answers has
// Answers 0 and Percent 0; draw it as a gap.
type DayAccuracy struct {
	Day     time.Time // local midnight
	Answers int
	Points  float64
	Max     float64
	Percent float64
}

// Mastery is the share of available points earned at one level.
type Mastery struct {
	Level    string
	Answers  int
	Points   float64
	Max      float64
	Fraction float64 // Points / Max, 0 when Max is 0
}

// SectionStats puts one section's quiz results beside its reading speed.
// Section is empty for questions on the whole article.
type SectionStats struct {
	PackID    string
	ArticleID string
	Section   string
	Answers   int
	Points    float64
	Max       float64
	Fraction  float64       // Points / Max, 0 when Max is 0
	Reading   time.Duration // time spent reading the section
	Words     int           // words read in that time
	WPM       float64       // words per minute, 0 when never read
}

// Stats computes the stats screen as of now. It reads running totals the
// database keeps as answers are recorded (see migration 2), so its cost
// grows with the number of attempts, sections and days, not of answers.
func (s *Store) Stats(now time.Time) (*Stats, error) {
	st := &Stats{}
	for _, step := range []func(*Stats, time.Time) error{
		s.articleStats, s.placeStats, s.readingStats, s.dailyStats, s.streak,
	} {
		if err := step(st, now); err != nil {
			return nil, s.classify(err)
		}
	}
	return st, nil
}

// articleStats folds the finished attempts' scores per article, one row
// of running totals per attempt.
func (s *Store) articleStats(st *Stats, _ time.Time) error {
	// An attempt from before the pool was kept (pool 0) is taken as full,
	// as it was counted then.
	rows, err := s.db.Query(`SELECT a.pack_id, a.article_id, a.finished, t.points, t.max,
			a.retry = 0 AND (a.pool = 0 OR a.questions = a.pool)
		FROM attempts a JOIN tally_attempt t ON t.attempt_id = a.id
		WHERE a.finished IS NOT NULL AND a.mode != 'review' AND t.answers > 0
		ORDER BY a.pack_id, a.article_id, a.finished, a.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var sum float64
	for rows.Next() {
		var pack, article string
		var finished int64
		var points, avail float64
		var full bool
		if err := rows.Scan(&pack, &article, &finished, &points, &avail, &full); err != nil {
			return err
		}
		p := percent(points, avail)
		n := len(st.Articles)
		if n == 0 || st.Articles[n-1].PackID != pack || st.Articles[n-1].ArticleID != article {
			st.Articles = append(st.Articles, ArticleStats{PackID: pack, ArticleID: article})
			n++
			sum = 0
		}
		a := &st.Articles[n-1]
		a.Attempts++
		sum += p
		a.Average = sum / float64(a.Attempts)
		if full {
			a.Best, a.HasBest = max(a.Best, p), true
		}
		a.Last, a.LastAt = p, fromMillis(finished) // rows come in finishing order
	}
	return rows.Err()
}

// placeStats reads the running totals by article, section and level and
// folds them into mastery by level and by section.
func (s *Store) placeStats(st *Stats, _ time.Time) error {
	rows, err := s.db.Query(`SELECT pack_id, article_id, section, level, answers, points, max, elapsed_ms
		FROM tally_place WHERE answers > 0`)
	if err != nil {
		return err
	}
	defer rows.Close()
	levels := map[string]*Mastery{}
	for _, l := range quiz.Levels {
		levels[string(l)] = &Mastery{Level: string(l)}
	}
	sections := map[[3]string]*SectionStats{}
	for rows.Next() {
		var pack, article, section, level string
		var n int
		var points, avail float64
		var elapsed int64
		if err := rows.Scan(&pack, &article, &section, &level, &n, &points, &avail, &elapsed); err != nil {
			return err
		}
		st.Answers += n
		st.QuizTime += time.Duration(elapsed) * time.Millisecond
		m := levels[level]
		if m == nil {
			m = &Mastery{Level: level}
			levels[level] = m
		}
		m.Answers, m.Points, m.Max = m.Answers+n, m.Points+points, m.Max+avail
		sec := sectionEntry(sections, pack, article, section)
		sec.Answers, sec.Points, sec.Max = sec.Answers+n, sec.Points+points, sec.Max+avail
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, l := range quiz.Levels {
		st.Levels = append(st.Levels, *levels[string(l)])
		delete(levels, string(l))
	}
	var others []Mastery
	for _, m := range levels {
		others = append(others, *m)
	}
	slices.SortFunc(others, func(a, b Mastery) int { return cmp.Compare(a.Level, b.Level) })
	st.Levels = append(st.Levels, others...)
	for i := range st.Levels {
		st.Levels[i].Fraction = percent(st.Levels[i].Points, st.Levels[i].Max) / 100
	}
	st.Sections = sectionList(sections)
	return nil
}

// sectionEntry finds or adds a section's entry.
func sectionEntry(m map[[3]string]*SectionStats, pack, article, section string) *SectionStats {
	k := [3]string{pack, article, section}
	if m[k] == nil {
		m[k] = &SectionStats{PackID: pack, ArticleID: article, Section: section}
	}
	return m[k]
}

// MergeSections folds together the rows of one section stored under two
// names (its heading by an older brief, its slug now), as canonical names
// them; canonical returns the name to keep.
func (st *Stats) MergeSections(canonical func(pack, article, section string) string) {
	m := map[[3]string]*SectionStats{}
	for _, sec := range st.Sections {
		into := sectionEntry(m, sec.PackID, sec.ArticleID, canonical(sec.PackID, sec.ArticleID, sec.Section))
		into.Answers += sec.Answers
		into.Points += sec.Points
		into.Max += sec.Max
		into.Reading += sec.Reading
		into.Words += sec.Words
	}
	st.Sections = sectionList(m)
}

// sectionList orders the sections and fills in their derived figures.
func sectionList(m map[[3]string]*SectionStats) []SectionStats {
	out := make([]SectionStats, 0, len(m))
	for _, sec := range m {
		sec.Fraction = percent(sec.Points, sec.Max) / 100
		if minutes := sec.Reading.Minutes(); minutes > 0 {
			sec.WPM = float64(sec.Words) / minutes
		}
		out = append(out, *sec)
	}
	slices.SortFunc(out, func(a, b SectionStats) int {
		return cmp.Or(cmp.Compare(a.PackID, b.PackID), cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Section, b.Section))
	})
	return out
}

// readingStats adds reading time per section, and re-derives the section
// list so sections read but never quizzed appear too.
func (s *Store) readingStats(st *Stats, _ time.Time) error {
	rows, err := s.db.Query(`SELECT pack_id, article_id, section, sum(ms), sum(words)
		FROM reading GROUP BY pack_id, article_id, section`)
	if err != nil {
		return err
	}
	defer rows.Close()
	sections := map[[3]string]*SectionStats{}
	for i := range st.Sections {
		sec := st.Sections[i]
		sections[[3]string{sec.PackID, sec.ArticleID, sec.Section}] = &sec
	}
	for rows.Next() {
		var pack, article, section string
		var ms int64
		var words int
		if err := rows.Scan(&pack, &article, &section, &ms, &words); err != nil {
			return err
		}
		d := time.Duration(ms) * time.Millisecond
		st.ReadingTime += d
		sec := sectionEntry(sections, pack, article, section)
		sec.Reading += d
		sec.Words += words
	}
	if err := rows.Err(); err != nil {
		return err
	}
	st.Sections = sectionList(sections)
	return nil
}

// dailyStats fills the accuracy chart for the StatsDays days up to today.
func (s *Store) dailyStats(st *Stats, now time.Time) error {
	days := make([]DayAccuracy, StatsDays)
	index := map[string]int{}
	y, m, d := now.Date()
	for i := range days {
		day := time.Date(y, m, d-(StatsDays-1-i), 0, 0, 0, 0, now.Location())
		days[i].Day = day
		index[dayOf(day)] = i
	}
	rows, err := s.db.Query(`SELECT day, answers, points, max FROM tally_day
		WHERE day >= ? AND day <= ? AND answers > 0`, dayOf(days[0].Day), dayOf(days[StatsDays-1].Day))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var day string
		var a DayAccuracy
		if err := rows.Scan(&day, &a.Answers, &a.Points, &a.Max); err != nil {
			return err
		}
		if i, ok := index[day]; ok {
			a.Day = days[i].Day
			a.Percent = percent(a.Points, a.Max)
			days[i] = a
		}
	}
	st.Daily = days
	return rows.Err()
}

// streak counts the days with answers running back from today. A streak
// that reaches yesterday is still alive today, before the day's first
// answer. The query walks the days newest first and stops at the first
// gap.
func (s *Store) streak(st *Stats, now time.Time) error {
	y, m, d := now.Date()
	dayBefore := func(n int) string { return dayOf(time.Date(y, m, d-n, 0, 0, 0, 0, now.Location())) }
	rows, err := s.db.Query(`SELECT day FROM tally_day WHERE day <= ? AND answers > 0 ORDER BY day DESC`, dayBefore(0))
	if err != nil {
		return err
	}
	defer rows.Close()
	back := 0 // how many days before today the streak's next day must be
	for rows.Next() {
		var day string
		if err := rows.Scan(&day); err != nil {
			return err
		}
		if st.Streak == 0 && day == dayBefore(1) {
			back = 1 // nothing yet today, but yesterday counts
		}
		if day != dayBefore(back) {
			break
		}
		st.Streak++
		back++
	}
	return rows.Err()
}
