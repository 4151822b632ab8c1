package scores

import (
	"database/sql"
	"encoding/json"
	"time"
)

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

// setFlagged writes an unfinished attempt's flags, as its claim allows.
func (s *Store) setFlagged(id int64, questionIDs []string, how claimMode) error {
	if questionIDs == nil {
		questionIDs = []string{}
	}
	list, err := json.Marshal(questionIDs)
	if err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		if err := s.checkClaim(tx, id, how, time.Now()); err != nil {
			return err
		}
		_, err := tx.Exec(`UPDATE attempts SET flagged = ? WHERE id = ? AND finished IS NULL`, string(list), id)
		return err
	})
}
