package scores

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// AttemptFilter chooses which attempts Attempts lists. Zero fields match
// everything.
type AttemptFilter struct {
	PackID    string
	ArticleID string
	Since     time.Time // attempts started at or after this time
}

// AttemptRow is one finished attempt as the scores listing shows it.
type AttemptRow struct {
	ID          int64
	Started     time.Time
	Finished    time.Time
	PackID      string
	PackVersion string
	ArticleID   string
	Mode        string  // ModePractice, ModeExam or ModeReview, as stored; Kind says retry
	Retry       bool    // it repeats an earlier attempt's questions (see AttemptInfo.Retry)
	Questions   int     // how many questions it drew; -1 when the database cannot say
	Pool        int     // how many the article had to draw from; 0 when not recorded
	Score       float64 // points earned
	Max         float64 // points available in the questions answered or skipped
	Percent     float64 // 100 * Score / Max, 0 when Max is 0
	// Duration is the time spent answering (the sum of each question's
	// time), not the wall-clock span, so a quiz resumed the next day does
	// not count as a day long.
	Duration time.Duration
	// A value a damaged or crafted database holds that is not of its
	// kind reads as the zero time, NaN points or a Duration of -1.
}

// where is the filter as the conditions of a query on the finished
// attempts, a, and their arguments.
func (f AttemptFilter) where() ([]string, []any) {
	where := []string{"a.finished IS NOT NULL"}
	var args []any
	if f.PackID != "" {
		where, args = append(where, "a.pack_id = ?"), append(args, f.PackID)
	}
	if f.ArticleID != "" {
		where, args = append(where, "a.article_id = ?"), append(args, f.ArticleID)
	}
	if !f.Since.IsZero() {
		where, args = append(where, "a.started >= ?"), append(args, millis(f.Since))
	}
	return where, args
}

// Attempts lists finished attempts, oldest first. Unfinished and abandoned
// attempts are left out: their answers count in the stats, but they are not
// a score to hand in.
func (s *Store) Attempts(f AttemptFilter) ([]AttemptRow, error) {
	where, args := f.where()
	// Each value is read as whatever SQLite holds, so that a row of the
	// wrong type (a damaged or crafted database) is listed with what
	// can be made of it rather than failing the whole list.
	rows, err := s.db.Query(`SELECT a.id, a.started, a.finished, a.pack_id, a.article_id, a.mode,
			coalesce(t.points, 0), coalesce(t.max, 0), coalesce(t.elapsed_ms, 0), a.pack_version, a.pool, a.retry, a.questions
		FROM attempts a LEFT JOIN tally_attempt t ON t.attempt_id = a.id
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY a.started, a.id`, args...)
	if err != nil {
		return nil, s.classify(err)
	}
	defer rows.Close()
	var out []AttemptRow
	for rows.Next() {
		var r AttemptRow
		var started, finished, pack, article, mode, points, avail, elapsed, version, pool, retry, drawn any
		if err := rows.Scan(&r.ID, &started, &finished, &pack, &article, &mode,
			&points, &avail, &elapsed, &version, &pool, &retry, &drawn); err != nil {
			return nil, s.classify(err)
		}
		r.PackVersion = storedText(version)
		r.Pool, r.Questions = storedCount(pool, 0), storedCount(drawn, -1)
		r.Retry = storedCount(retry, 0) != 0
		r.Started, r.Finished = storedTime(started), storedTime(finished)
		r.PackID, r.ArticleID, r.Mode = storedText(pack), storedText(article), storedText(mode)
		r.Score, r.Max = storedNumber(points), storedNumber(avail)
		r.Percent = percent(r.Score, r.Max)
		r.Duration = storedDuration(elapsed)
		out = append(out, r)
	}
	return out, s.classify(rows.Err())
}

// Kind is the attempt's mode as listed: retry for a practice or exam
// attempt that repeats an earlier one's questions, its mode otherwise.
func (r AttemptRow) Kind() string {
	if r.Retry && r.Mode != ModeReview {
		return ModeRetry
	}
	return r.Mode
}

// Full reports whether the attempt is a score at its article as a whole:
// a new practice or exam attempt that asked every question the article
// had (pool questions, or for an attempt recorded before the pool was,
// current, the number the article has now). A review, a retry and a
// quiz on some of the questions are not.
func (r AttemptRow) Full(current int) bool {
	if (r.Mode != ModePractice && r.Mode != ModeExam) || r.Retry {
		return false
	}
	pool := r.Pool
	if pool == 0 {
		pool = current
	}
	return pool > 0 && r.Questions == pool
}

// storedCount is a count read back, unknown when it is not one.
func storedCount(v any, unknown int) int {
	if n, ok := v.(int64); ok && n >= 0 && n <= math.MaxInt32 {
		return int(n)
	}
	return unknown
}

// percent is 100 * part / whole, and 0 for an empty whole or where
// either is not a finite number.
func percent(part, whole float64) float64 {
	p := 100 * part / whole
	if whole <= 0 || math.IsNaN(p) || math.IsInf(p, 0) {
		return 0
	}
	return p
}

// storedNumber is a number read back as SQLite holds it, NaN when it is
// not one.
func storedNumber(v any) float64 {
	switch v := v.(type) {
	case int64:
		return float64(v)
	case float64:
		return v
	}
	return math.NaN()
}

// storedText is text read back as SQLite holds it.
func storedText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []byte:
		return string(v)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// storedTime is a time read back, the zero time when it is not one.
func storedTime(v any) time.Time {
	if ms, ok := v.(int64); ok {
		return fromMillis(ms)
	}
	return time.Time{}
}

// storedDuration is milliseconds read back as a duration, -1 when they
// are not a count of milliseconds a duration can hold.
func storedDuration(v any) time.Duration {
	ms, ok := v.(int64)
	if !ok || ms < 0 || ms > math.MaxInt64/int64(time.Millisecond) {
		return -1
	}
	return time.Duration(ms) * time.Millisecond
}
