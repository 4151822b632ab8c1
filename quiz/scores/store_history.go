package scores

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"brief/quiz"
)

// ErrNoAttempt is returned by AttemptAnswers for an id the store does not
// hold.
var ErrNoAttempt = errors.New("no such attempt")

// AttemptAnswers reads one attempt as it was recorded, finished or not,
// with its answers in the order they were given, so that it can be shown
// again question by question (the attempt history of the stats screen).
func (s *Store) AttemptAnswers(id int64) (*SavedAttempt, []quiz.AnswerRecord, error) {
	var at SavedAttempt
	var ids string
	var started, finished, limit int64
	err := s.db.QueryRow(`SELECT id, pack_id, pack_version, article_id, mode, question_ids, seed, started,
			coalesce(finished, 0), time_limit_ms
		FROM attempts WHERE id = ?`, id).
		Scan(&at.ID, &at.PackID, &at.PackVersion, &at.ArticleID, &at.Mode, &ids, &at.Seed, &started, &finished, &limit)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("attempt %d: %w", id, ErrNoAttempt)
	} else if err != nil {
		return nil, nil, s.classify(err)
	}
	at.Started = fromMillis(started)
	if finished != 0 {
		at.Finished = fromMillis(finished)
	}
	at.TimeLimit = time.Duration(limit) * time.Millisecond
	if err := json.Unmarshal([]byte(ids), &at.QuestionIDs); err != nil {
		return nil, nil, s.classify(fmt.Errorf("attempt %d: question ids: %w", at.ID, err))
	}
	answers, err := s.answersOf(at.ID)
	if err != nil {
		return nil, nil, err
	}
	return &at, answers, nil
}
