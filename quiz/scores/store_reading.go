package scores

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// RecordReading adds time spent reading one section of an article. words
// is how many words were read in that time (usually the section's length);
// the stats divide the two for a reading speed, so the caller should not
// count time the reader sat idle.
func (s *Store) RecordReading(packID, articleID, section string, d time.Duration, words int) error {
	if d < 0 || words < 0 {
		return fmt.Errorf("record reading of %s: negative time %v or words %d", articleID, d, words)
	}
	return s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO reading (pack_id, article_id, section, ms, words, at) VALUES (?, ?, ?, ?, ?, ?)`,
			packID, articleID, section, d.Milliseconds(), words, millis(time.Now()))
		return err
	})
}

// SavePosition remembers where the student left an article. What offset
// means (a line, a fraction in thousandths) is the caller's choice.
func (s *Store) SavePosition(packID, articleID string, offset int) error {
	return s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO positions (pack_id, article_id, position, updated) VALUES (?, ?, ?, ?)
			ON CONFLICT (pack_id, article_id) DO UPDATE SET position = excluded.position, updated = excluded.updated`,
			packID, articleID, offset, millis(time.Now()))
		return err
	})
}

// Position returns where the student left an article, and false when the
// article was never opened.
func (s *Store) Position(packID, articleID string) (int, bool, error) {
	var offset int
	err := s.db.QueryRow(`SELECT position FROM positions WHERE pack_id = ? AND article_id = ?`,
		packID, articleID).Scan(&offset)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, s.classify(err)
	}
	return offset, true, nil
}
