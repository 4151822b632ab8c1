package scores

import (
	"database/sql"
	"encoding/json"
	"time"
)

// The state of an exam left unfinished beyond its answers: the questions
// flagged, and the time used.

// SetFlagged keeps the questions the student has flagged in the attempt
// (an exam's "come back to this"), by id, replacing those kept before,
// so an exam left unfinished comes back with its flags. A recorder with
// no store keeps nothing.
func (r *Recorder) SetFlagged(questionIDs []string) error {
	if !r.Saving() {
		return nil
	}
	if r.refused != nil {
		return r.refused
	}
	return r.wrote(r.store.setFlagged(r.attempt, questionIDs, r.claim))
}

// KeepUsed keeps how much of a timed exam's time the student has used,
// as of a leave or an answer, so that the exam carried on later has
// what was left then and no more.
func (r *Recorder) KeepUsed(used time.Duration) error {
	if !r.Saving() {
		return nil
	}
	if r.refused != nil {
		return r.refused
	}
	return r.wrote(r.store.setUnfinished(r.attempt, `used_ms = ?`, used.Milliseconds(), r.claim))
}

// setFlagged writes an unfinished attempt's flags, as its claim allows.
func (s *Store) setFlagged(id int64, questionIDs []string, how claimMode) error {
	if questionIDs == nil {
		questionIDs = []string{}
	}
	list, err := json.Marshal(questionIDs)
	if err != nil {
		return err
	}
	return s.setUnfinished(id, `flagged = ?`, string(list), how)
}

// setUnfinished sets one column of an unfinished attempt (set is
// "column = ?"), as its claim allows.
func (s *Store) setUnfinished(id int64, set string, value any, how claimMode) error {
	return s.write(func(tx *sql.Tx) error {
		if err := s.checkClaim(tx, id, how, time.Now()); err != nil {
			return err
		}
		_, err := tx.Exec(`UPDATE attempts SET `+set+` WHERE id = ? AND finished IS NULL`, value, id)
		return err
	})
}
