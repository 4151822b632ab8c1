package quiz

import (
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
	ID        int64
	Started   time.Time
	Finished  time.Time
	PackID    string
	ArticleID string
	Mode      string
	Score     float64 // points earned
	Max       float64 // points available in the questions answered or skipped
	Percent   float64 // 100 * Score / Max, 0 when Max is 0
	// Duration is the time spent answering (the sum of each question's
	// time), not the wall-clock span, so a quiz resumed the next day does
	// not count as a day long.
	Duration time.Duration
}

// Attempts lists finished attempts, oldest first. Unfinished and abandoned
// attempts are left out: their answers count in the stats, but they are not
// a score to hand in.
func (s *Store) Attempts(f AttemptFilter) ([]AttemptRow, error) {
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
	rows, err := s.db.Query(`SELECT a.id, a.started, a.finished, a.pack_id, a.article_id, a.mode,
			coalesce(t.points, 0), coalesce(t.max, 0), coalesce(t.elapsed_ms, 0)
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
		var started, finished, elapsed int64
		if err := rows.Scan(&r.ID, &started, &finished, &r.PackID, &r.ArticleID, &r.Mode,
			&r.Score, &r.Max, &elapsed); err != nil {
			return nil, s.classify(err)
		}
		r.Started, r.Finished = fromMillis(started), fromMillis(finished)
		r.Percent = percent(r.Score, r.Max)
		r.Duration = time.Duration(elapsed) * time.Millisecond
		out = append(out, r)
	}
	return out, s.classify(rows.Err())
}

// percent is 100 * part / whole, and 0 for an empty whole.
func percent(part, whole float64) float64 {
	if whole <= 0 {
		return 0
	}
	return 100 * part / whole
}
