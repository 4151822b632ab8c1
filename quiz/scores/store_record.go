package scores

import (
	"brief/quiz"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"time"
)

// The modes an attempt is taken in.
const (
	ModePractice = "practice"
	ModeExam     = "exam"
	ModeReview   = "review"
	// ModeRetry is how a practice or exam attempt that repeats an
	// earlier one's questions is listed (see AttemptInfo.Retry); it is
	// not stored as a mode.
	ModeRetry = "retry"
)

// AttemptInfo describes a quiz being started. A review attempt spans
// articles; give it the ids it has in common, or leave them empty.
type AttemptInfo struct {
	PackID      string
	PackVersion string
	ArticleID   string
	Mode        string        // ModePractice, ModeExam or ModeReview
	QuestionIDs []string      // the questions in the order they will be asked
	Seed        int64         // the seed the session was drawn with, to draw it again
	TimeLimit   time.Duration // an exam's time limit; 0 is none
	Started     time.Time
	// Pool is how many questions the article had to draw from (all of
	// them, whatever the filters), so that an attempt that asked them all
	// can be told from one that asked a few; 0 for a review.
	Pool int
	// Retry marks an attempt at questions already asked and answered in
	// an earlier one (retry missed, all again), not a new draw.
	Retry bool
	// Assigned marks an attempt taken as its pack's assignment, as the
	// teacher set it (see content.Assignment).
	Assigned bool
}

// SavedAttempt is a recorded attempt, as read back to offer resuming it.
type SavedAttempt struct {
	ID int64
	AttemptInfo
	Finished time.Time // zero while unfinished
	Flagged  []string  // unfinished: the questions flagged to come back to, by id
	// Used is how much of a timed exam's time was used when it was last
	// left or answered; 0 when only its answers tell (see TimeLeft).
	Used time.Duration
}

// StartAttempt records that a quiz has begun and returns its id; the
// attempt is this store's (see ClaimAttempt). A zero Started means now.
func (s *Store) StartAttempt(a AttemptInfo) (int64, error) {
	switch a.Mode {
	case ModePractice, ModeExam, ModeReview:
	default:
		return 0, fmt.Errorf("start attempt: unknown mode %q (want practice, exam or review)", a.Mode)
	}
	if a.Started.IsZero() {
		a.Started = time.Now()
	}
	ids := a.QuestionIDs
	if ids == nil {
		ids = []string{}
	}
	idsJSON, err := json.Marshal(ids)
	if err != nil {
		return 0, fmt.Errorf("start attempt: %w", err)
	}
	var id int64
	err = s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO attempts (pack_id, pack_version, article_id, mode, question_ids, seed, started, time_limit_ms,
				owner, owner_pid, owner_host, owner_seen, questions, pool, retry, assigned)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.PackID, a.PackVersion, a.ArticleID, a.Mode, string(idsJSON), a.Seed, millis(a.Started), a.TimeLimit.Milliseconds(),
			s.token, os.Getpid(), thisHost(), millis(time.Now()), len(ids), a.Pool, a.Retry, a.Assigned)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err == nil {
		s.claimed()
	}
	return id, err
}

// RecordAnswer writes one answer in its own transaction, so that it is on
// disk when RecordAnswer returns, and updates the question's review
// schedule in the same transaction. Answering a question again in the same
// attempt replaces the earlier answer.
//
// The schedule: a missed or partly missed answer puts the question in it
// (a right answer outside a review does not); once in it, every answer
// moves it by SM-2 (see NextReview), and a question whose hash changed
// starts over as if new.
//
// Recording claims the attempt for this store (see ClaimAttempt); an
// attempt another live brief has open is refused, with an *InUseError.
func (s *Store) RecordAnswer(a quiz.AnswerRecord) error { return s.recordAnswer(a, claimTake) }

func (s *Store) recordAnswer(a quiz.AnswerRecord, how claimMode) error {
	return s.recordAnswers([]quiz.AnswerRecord{a}, how, 0)
}

// recordAnswers writes answers to one attempt (as RecordAnswer writes
// one) in one transaction: every one of them is on disk when it returns,
// or none is.
func (s *Store) recordAnswers(as []quiz.AnswerRecord, how claimMode, used time.Duration) error {
	if len(as) == 0 {
		return nil
	}
	for i := range as {
		if err := checkPoints(as[i].Points, as[i].Max); err != nil {
			return fmt.Errorf("record answer to %s: %w", as[i].QuestionID, err)
		}
		if as[i].At.IsZero() {
			as[i].At = time.Now()
		}
	}
	return s.write(func(tx *sql.Tx) error {
		var mode string
		var finished sql.NullInt64
		err := tx.QueryRow(`SELECT mode, finished FROM attempts WHERE id = ?`, as[0].AttemptID).Scan(&mode, &finished)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("record answer to %s: no attempt %d", as[0].QuestionID, as[0].AttemptID)
		} else if err != nil {
			return err
		}
		if err := s.checkClaim(tx, as[0].AttemptID, how, time.Now()); err != nil {
			return err
		}
		for _, a := range as {
			if err := insertAnswer(tx, a, mode, finished.Valid); err != nil {
				return err
			}
		}
		if used > 0 && !finished.Valid {
			_, err := tx.Exec(`UPDATE attempts SET used_ms = max(used_ms, ?) WHERE id = ?`, used.Milliseconds(), as[0].AttemptID)
			return err
		}
		return nil
	})
}

// insertAnswer writes one answer of an attempt in mode (finished or not)
// in tx, and moves the question in the review schedule.
func insertAnswer(tx *sql.Tx, a quiz.AnswerRecord, mode string, finished bool) error {
	res, err := tx.Exec(`INSERT INTO answers (attempt_id, pack_id, pack_version, article_id, question_id,
			question_hash, section, level, given, points, max, skipped, elapsed_ms, at, day)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (attempt_id, question_id) DO UPDATE SET
			pack_version = excluded.pack_version, question_hash = excluded.question_hash,
			section = excluded.section, level = excluded.level, given = excluded.given,
			points = excluded.points, max = excluded.max, skipped = excluded.skipped,
			elapsed_ms = excluded.elapsed_ms, at = excluded.at, day = excluded.day
		WHERE excluded.at >= answers.at`,
		a.AttemptID, a.PackID, a.PackVersion, a.ArticleID, a.QuestionID,
		a.QuestionHash, a.Section, a.Level, a.Given, a.Points, a.Max, a.Skipped,
		a.Elapsed.Milliseconds(), millis(a.At), dayOf(a.At))
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return nil // a newer answer to the question is saved already: this one is stale
	}
	if mode == ModeExam && !finished {
		// An exam answer can still change until it is handed in; it
		// moves the schedule once, in FinishAttempt. One saved after
		// the hand-in (saves run concurrently) moves it now.
		return nil
	}
	return schedule(tx, a, mode)
}

// checkPoints rejects marks that would poison every sum they enter.
func checkPoints(points, max float64) error {
	switch {
	case math.IsNaN(points) || math.IsNaN(max) || math.IsInf(points, 0) || math.IsInf(max, 0):
		return fmt.Errorf("points %v out of %v are not numbers", points, max)
	case max < 0 || points < 0 || points > max:
		return fmt.Errorf("points %v out of %v: want 0 <= points <= max", points, max)
	}
	return nil
}

// schedule moves the answered question in the review schedule.
func schedule(tx *sql.Tx, a quiz.AnswerRecord, mode string) error {
	q := quiz.Quality(a.Points, a.Max, a.Skipped)
	var st quiz.ReviewState
	var hash string
	var due, last int64
	err := tx.QueryRow(`SELECT question_hash, repetitions, interval_days, ease, due, last FROM reviews
		WHERE pack_id = ? AND article_id = ? AND question_id = ?`,
		a.PackID, a.ArticleID, a.QuestionID).Scan(&hash, &st.Repetitions, &st.Interval, &st.Ease, &due, &last)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if q == quiz.QualityRight && mode != ModeReview {
			return nil // known already: nothing to review
		}
	case err != nil:
		return err
	case hash != a.QuestionHash:
		st = quiz.ReviewState{} // the question changed: what was learnt about it no longer holds
	}
	next := quiz.NextReview(st, q, a.At)
	_, err = tx.Exec(`INSERT INTO reviews (pack_id, article_id, question_id, question_hash, repetitions, interval_days, ease, due, last)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (pack_id, article_id, question_id) DO UPDATE SET
			question_hash = excluded.question_hash, repetitions = excluded.repetitions,
			interval_days = excluded.interval_days, ease = excluded.ease, due = excluded.due, last = excluded.last`,
		a.PackID, a.ArticleID, a.QuestionID, a.QuestionHash, next.Repetitions, next.Interval, next.Ease,
		millis(next.Due), millis(next.Last))
	return err
}

// FinishAttempt marks an attempt finished at the given time. Finishing an
// exam moves the review schedule by each final answer, once; finishing an
// attempt twice changes nothing more. Like RecordAnswer, it claims the
// attempt, and is refused one another live brief has open.
func (s *Store) FinishAttempt(id int64, at time.Time) error {
	return s.finishAttempt(id, at, claimTake)
}

func (s *Store) finishAttempt(id int64, at time.Time, how claimMode) error {
	return s.write(func(tx *sql.Tx) error {
		var mode string
		var finished sql.NullInt64
		err := tx.QueryRow(`SELECT mode, finished FROM attempts WHERE id = ?`, id).Scan(&mode, &finished)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("no attempt %d", id)
		} else if err != nil {
			return err
		}
		if err := s.checkClaim(tx, id, how, time.Now()); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE attempts SET finished = ?, abandoned = 0 WHERE id = ?`, millis(at), id); err != nil {
			return err
		}
		if mode != ModeExam || finished.Valid {
			return nil
		}
		return scheduleExam(tx, id)
	})
}

// scheduleExam moves the review schedule by every final answer of an exam.
func scheduleExam(tx *sql.Tx, attemptID int64) error {
	rows, err := tx.Query(`SELECT pack_id, article_id, question_id, question_hash, points, max, skipped, at
		FROM answers WHERE attempt_id = ? ORDER BY at`, attemptID)
	if err != nil {
		return err
	}
	var answers []quiz.AnswerRecord
	for rows.Next() {
		a := quiz.AnswerRecord{AttemptID: attemptID}
		var at int64
		if err := rows.Scan(&a.PackID, &a.ArticleID, &a.QuestionID, &a.QuestionHash, &a.Points, &a.Max, &a.Skipped, &at); err != nil {
			rows.Close()
			return err
		}
		a.At = fromMillis(at)
		answers = append(answers, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, a := range answers {
		if err := schedule(tx, a, ModeExam); err != nil {
			return err
		}
	}
	return nil
}

// AbandonAttempt marks an unfinished attempt as one the student chose not
// to resume. Its answers stay recorded and count in the stats.
func (s *Store) AbandonAttempt(id int64) error {
	return s.setAttempt(id, `UPDATE attempts SET abandoned = 1 WHERE id = ? AND finished IS NULL`, id)
}

// setAttempt runs an update on one attempt, failing when there is no such
// attempt.
func (s *Store) setAttempt(id int64, query string, args ...any) error {
	return s.write(func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM attempts WHERE id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("no attempt %d", id)
		}
		_, err := tx.Exec(query, args...)
		return err
	})
}

// TimeLeft is how much of a timed exam's limit is left to a resumed
// attempt: the limit less the time used as of its last leave or answer
// (Used), or, for an attempt saved before brief kept that, less the time
// from its start to its last answer. The time it was away is not counted
// against it, since brief cannot tell how it was spent. It is 0 for an attempt without a limit, and at least
// a second for one with a limit, so a resumed exam is shown before it is
// handed in.
func (a *SavedAttempt) TimeLeft(answers []quiz.AnswerRecord) time.Duration {
	if a.TimeLimit <= 0 {
		return 0
	}
	if a.Used > 0 {
		return max(time.Second, a.TimeLimit-a.Used)
	}
	last := a.Started
	for _, ans := range answers {
		if ans.At.After(last) {
			last = ans.At
		}
	}
	return max(time.Second, a.TimeLimit-last.Sub(a.Started))
}
