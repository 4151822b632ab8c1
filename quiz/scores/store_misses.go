package scores

import (
	"time"

	"brief/quiz"
)

// MissedSince lists the questions whose latest answer given at or after
// since earned less than full marks (wrong, partly right or skipped), in
// the order they were last answered: the questions to go over again the
// same day, before they fall due. Due is left zero.
func (s *Store) MissedSince(since time.Time) ([]quiz.ReviewItem, error) {
	// One pass over the answers since then, the latest per question kept
	// in Go: the answers table has no index by time or by question.
	rows, err := s.db.Query(`SELECT pack_id, article_id, question_id, question_hash, points, max, skipped
		FROM answers WHERE at >= ? ORDER BY at, id`, millis(since))
	if err != nil {
		return nil, s.classify(err)
	}
	defer rows.Close()
	type key struct{ pack, article, question string }
	latest := map[key]int{} // index into out, or -1 once answered in full
	var out []quiz.ReviewItem
	for rows.Next() {
		var it quiz.ReviewItem
		var points, max float64
		var skipped bool
		if err := rows.Scan(&it.PackID, &it.ArticleID, &it.QuestionID, &it.QuestionHash, &points, &max, &skipped); err != nil {
			return nil, s.classify(err)
		}
		k := key{it.PackID, it.ArticleID, it.QuestionID}
		if i, ok := latest[k]; ok && i >= 0 {
			out[i].PackID = "" // superseded by this answer
		}
		latest[k] = -1
		if skipped || points < max {
			latest[k] = len(out)
			out = append(out, it)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.classify(err)
	}
	kept := out[:0]
	for _, it := range out {
		if it.PackID != "" {
			kept = append(kept, it)
		}
	}
	return kept, nil
}
