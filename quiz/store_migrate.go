package quiz

import (
	"context"
	"fmt"
)

// migrations are the schema, one step per version: migrations[i] takes the
// database from version i to i+1. The version is SQLite's user_version.
// Never edit a released step; append a new one.
var migrations = []string{
	// 1: attempts, answers, the review schedule, reading time and positions.
	// Times are Unix milliseconds; day is the answer's local calendar day
	// (YYYY-MM-DD), kept so that streaks and daily accuracy are index
	// lookups rather than date arithmetic over every row.
	`
CREATE TABLE attempts (
	id           INTEGER PRIMARY KEY,
	pack_id      TEXT    NOT NULL,
	pack_version TEXT    NOT NULL,
	article_id   TEXT    NOT NULL,
	mode         TEXT    NOT NULL CHECK (mode IN ('practice', 'exam', 'review')),
	question_ids TEXT    NOT NULL, -- JSON array, in the order asked
	seed         INTEGER NOT NULL,
	started      INTEGER NOT NULL,
	finished     INTEGER,          -- NULL until finished
	abandoned    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attempts_by_article ON attempts (pack_id, article_id, started);
CREATE INDEX attempts_by_start ON attempts (started);

CREATE TABLE answers (
	id            INTEGER PRIMARY KEY,
	attempt_id    INTEGER NOT NULL REFERENCES attempts (id),
	pack_id       TEXT    NOT NULL,
	pack_version  TEXT    NOT NULL,
	article_id    TEXT    NOT NULL,
	question_id   TEXT    NOT NULL,
	question_hash TEXT    NOT NULL,
	section       TEXT    NOT NULL,
	level         TEXT    NOT NULL,
	given         TEXT    NOT NULL,
	points        REAL    NOT NULL,
	max           REAL    NOT NULL,
	skipped       INTEGER NOT NULL,
	elapsed_ms    INTEGER NOT NULL,
	at            INTEGER NOT NULL,
	day           TEXT    NOT NULL
);
CREATE UNIQUE INDEX answers_once ON answers (attempt_id, question_id);
-- Covering indexes for the stats: each aggregate reads one index only.
CREATE INDEX answers_by_attempt ON answers (attempt_id, points, max, elapsed_ms);
CREATE INDEX answers_by_place ON answers (pack_id, article_id, section, level, points, max, elapsed_ms);
CREATE INDEX answers_by_day ON answers (day, points, max);

CREATE TABLE reviews (
	pack_id       TEXT    NOT NULL,
	article_id    TEXT    NOT NULL,
	question_id   TEXT    NOT NULL,
	question_hash TEXT    NOT NULL,
	repetitions   INTEGER NOT NULL,
	interval_days INTEGER NOT NULL,
	ease          REAL    NOT NULL,
	due           INTEGER NOT NULL,
	last          INTEGER NOT NULL,
	PRIMARY KEY (pack_id, article_id, question_id)
) WITHOUT ROWID;
CREATE INDEX reviews_by_due ON reviews (due);
CREATE INDEX reviews_by_article ON reviews (pack_id, article_id, due);

CREATE TABLE reading (
	id         INTEGER PRIMARY KEY,
	pack_id    TEXT    NOT NULL,
	article_id TEXT    NOT NULL,
	section    TEXT    NOT NULL,
	ms         INTEGER NOT NULL,
	words      INTEGER NOT NULL,
	at         INTEGER NOT NULL
);
CREATE INDEX reading_by_place ON reading (pack_id, article_id, section, ms, words);

CREATE TABLE positions (
	pack_id    TEXT    NOT NULL,
	article_id TEXT    NOT NULL,
	position   INTEGER NOT NULL,
	updated    INTEGER NOT NULL,
	PRIMARY KEY (pack_id, article_id)
) WITHOUT ROWID;
`,
}

// SchemaVersion is the schema version this brief writes.
var SchemaVersion = len(migrations)

// migrate brings the schema up to date in one immediate transaction. The
// transaction also proves on open that the database can be written, so a
// read-only store is reported at start, not at the first answer.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version > len(migrations) {
		return &StoreError{Kind: ErrNewerSchema, Dir: s.dir, Path: s.path,
			Err: fmt.Errorf("schema version %d, this brief knows up to %d", version, len(migrations))}
	}
	for v := version; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate schema to version %d: %w", v+1, err)
		}
	}
	// Written even when nothing changed: it is the write that proves the
	// database is writable.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return err
	}
	return tx.Commit()
}
