package scores

import (
	"encoding/json"
	"fmt"
	"time"

	"brief/quiz"
)

// FinishedAttempt is a finished attempt with every answer, as a student
// hands it in.
type FinishedAttempt struct {
	SavedAttempt
	Answers []quiz.AnswerRecord
}

// FinishedAttempts lists a pack's finished attempts, oldest first, each
// with its answers: what `brief hand-in` writes. Abandoned and unfinished
// attempts are not results.
func (s *Store) FinishedAttempts(packID string) ([]FinishedAttempt, error) {
	rows, err := s.db.Query(`SELECT id, pack_id, pack_version, article_id, mode, question_ids, seed, started, finished, time_limit_ms,
			pool, retry, assigned
		FROM attempts WHERE pack_id = ? AND finished IS NOT NULL AND abandoned = 0
		ORDER BY started, id`, packID)
	if err != nil {
		return nil, s.classify(err)
	}
	var out []FinishedAttempt
	for rows.Next() {
		var a FinishedAttempt
		var ids string
		var started, finished, limit int64
		if err := rows.Scan(&a.ID, &a.PackID, &a.PackVersion, &a.ArticleID, &a.Mode, &ids, &a.Seed, &started, &finished, &limit,
			&a.Pool, &a.Retry, &a.Assigned); err != nil {
			rows.Close()
			return nil, s.classify(err)
		}
		a.Started, a.Finished = fromMillis(started), fromMillis(finished)
		a.TimeLimit = time.Duration(limit) * time.Millisecond
		if err := json.Unmarshal([]byte(ids), &a.QuestionIDs); err != nil {
			rows.Close()
			return nil, s.classify(fmt.Errorf("attempt %d: question ids: %w", a.ID, err))
		}
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.classify(err)
	}
	for i := range out {
		if out[i].Answers, err = s.answersOf(out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}
