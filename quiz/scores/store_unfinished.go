package scores

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"brief/quiz"
)

// UnfinishedAttempt returns the latest attempt at an article that was
// neither finished nor abandoned and has at least one answer, with its
// answers in the order given, so the quiz can offer to carry on. It returns
// nil and no error when there is nothing to resume, and an *InUseError
// when that attempt is open in another brief, which is then not to be
// offered. Carrying on claims it (see ClaimAttempt).
func (s *Store) UnfinishedAttempt(packID, articleID string) (*SavedAttempt, []quiz.AnswerRecord, error) {
	return s.unfinishedAttempt(packID, articleID, "", nil)
}

// UnfinishedLike says which unfinished attempt UnfinishedAttemptLike
// looks for: one taken as a new quiz would be.
type UnfinishedLike struct {
	Mode      string        // ModePractice or ModeExam
	Questions int           // as many questions drawn
	TimeLimit time.Duration // the same limit (0: none)
	// Assigned looks for an attempt taken as the pack's assignment, of
	// PackVersion (an assignment's attempts are counted by version);
	// without it, only the student's own attempts are looked for.
	Assigned    bool
	PackVersion string
}

// UnfinishedAttemptLike is UnfinishedAttempt for the latest unfinished
// attempt at the article taken as like says, and not a retry: the one a
// student asking for that quiz again may mean to carry on. A review, a
// retry or an attempt of another mode, length or time limit is not
// returned, and is left as it is.
func (s *Store) UnfinishedAttemptLike(packID, articleID string, like UnfinishedLike) (*SavedAttempt, []quiz.AnswerRecord, error) {
	and := `AND mode = ? AND retry = 0 AND questions = ? AND time_limit_ms = ? AND assigned = ?`
	args := []any{like.Mode, like.Questions, like.TimeLimit.Milliseconds(), like.Assigned}
	if like.Assigned {
		and += ` AND pack_version = ?`
		args = append(args, like.PackVersion)
	}
	return s.unfinishedAttempt(packID, articleID, and, args)
}

// unfinishedAttempt is UnfinishedAttempt with the further condition and
// its arguments.
func (s *Store) unfinishedAttempt(packID, articleID, and string, args []any) (*SavedAttempt, []quiz.AnswerRecord, error) {
	var at SavedAttempt
	var ids, flagged string
	var started, limit, used int64
	var c claim
	err := s.db.QueryRow(`SELECT id, pack_id, pack_version, article_id, mode, question_ids, seed, started, time_limit_ms,
			owner, owner_pid, owner_host, owner_seen, pool, retry, flagged, used_ms, assigned
		FROM attempts a
		WHERE pack_id = ? AND article_id = ? AND finished IS NULL AND abandoned = 0
			AND `+begun+` `+and+`
		ORDER BY started DESC, id DESC LIMIT 1`, append([]any{packID, articleID}, args...)...).
		Scan(&at.ID, &at.PackID, &at.PackVersion, &at.ArticleID, &at.Mode, &ids, &at.Seed, &started, &limit,
			&c.owner, &c.pid, &c.host, &c.seen, &at.Pool, &at.Retry, &flagged, &used, &at.Assigned)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil
	} else if err != nil {
		return nil, nil, s.classify(err)
	}
	if s.heldElsewhere(c, time.Now()) {
		return nil, nil, &InUseError{PID: c.pid, Host: c.host}
	}
	at.Started = fromMillis(started)
	at.TimeLimit = time.Duration(limit) * time.Millisecond
	at.Used = time.Duration(used) * time.Millisecond
	if err := json.Unmarshal([]byte(ids), &at.QuestionIDs); err != nil {
		return nil, nil, s.classify(fmt.Errorf("attempt %d: question ids: %w", at.ID, err))
	}
	// Flags only help: a list that does not read is no flags, not an
	// attempt that cannot be carried on.
	_ = json.Unmarshal([]byte(flagged), &at.Flagged)
	answers, err := s.answersOf(at.ID)
	if err != nil {
		return nil, nil, err
	}
	return &at, answers, nil
}

// answersOf reads an attempt's answers in the order they were given.
func (s *Store) answersOf(attemptID int64) ([]quiz.AnswerRecord, error) {
	rows, err := s.db.Query(`SELECT attempt_id, pack_id, pack_version, article_id, question_id, question_hash,
			section, level, given, points, max, skipped, elapsed_ms, at
		FROM answers WHERE attempt_id = ? ORDER BY at, id`, attemptID)
	if err != nil {
		return nil, s.classify(err)
	}
	defer rows.Close()
	var out []quiz.AnswerRecord
	for rows.Next() {
		var a quiz.AnswerRecord
		var elapsed, at int64
		if err := rows.Scan(&a.AttemptID, &a.PackID, &a.PackVersion, &a.ArticleID, &a.QuestionID, &a.QuestionHash,
			&a.Section, &a.Level, &a.Given, &a.Points, &a.Max, &a.Skipped, &elapsed, &at); err != nil {
			return nil, s.classify(err)
		}
		a.Elapsed = time.Duration(elapsed) * time.Millisecond
		a.At = fromMillis(at)
		out = append(out, a)
	}
	return out, s.classify(rows.Err())
}
