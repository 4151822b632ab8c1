package scores

import (
	"brief/quiz"
	"time"
)

// DueReviews lists every question due at now, from all articles, the
// longest overdue first.
func (s *Store) DueReviews(now time.Time) ([]quiz.ReviewItem, error) {
	rows, err := s.db.Query(`SELECT pack_id, article_id, question_id, question_hash, due FROM reviews
		WHERE due <= ? ORDER BY due, pack_id, article_id, question_id`, millis(now))
	if err != nil {
		return nil, s.classify(err)
	}
	defer rows.Close()
	var out []quiz.ReviewItem
	for rows.Next() {
		var it quiz.ReviewItem
		var due int64
		if err := rows.Scan(&it.PackID, &it.ArticleID, &it.QuestionID, &it.QuestionHash, &due); err != nil {
			return nil, s.classify(err)
		}
		it.Due = fromMillis(due)
		out = append(out, it)
	}
	return out, s.classify(rows.Err())
}

// Review returns a question's place in the review schedule, and false when
// it is not in the schedule.
func (s *Store) Review(packID, articleID, questionID string) (quiz.ReviewState, bool, error) {
	var st quiz.ReviewState
	var due, last int64
	rows, err := s.db.Query(`SELECT repetitions, interval_days, ease, due, last FROM reviews
		WHERE pack_id = ? AND article_id = ? AND question_id = ?`, packID, articleID, questionID)
	if err != nil {
		return st, false, s.classify(err)
	}
	defer rows.Close()
	if !rows.Next() {
		return st, false, s.classify(rows.Err())
	}
	if err := rows.Scan(&st.Repetitions, &st.Interval, &st.Ease, &due, &last); err != nil {
		return st, false, s.classify(err)
	}
	st.Due, st.Last = fromMillis(due), fromMillis(last)
	return st, true, nil
}
