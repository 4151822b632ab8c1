package scores

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

	// 2: running totals of the answers, kept by triggers in the same
	// transaction as the answer, so the stats read a few hundred rows
	// instead of aggregating every answer ever given. Rows whose answers
	// count falls to 0 (an answer replaced) are ignored by the readers.
	`
CREATE TABLE tally_attempt (
	attempt_id INTEGER PRIMARY KEY REFERENCES attempts (id),
	answers    INTEGER NOT NULL,
	points     REAL    NOT NULL,
	max        REAL    NOT NULL,
	elapsed_ms INTEGER NOT NULL
);
CREATE TABLE tally_place (
	pack_id    TEXT    NOT NULL,
	article_id TEXT    NOT NULL,
	section    TEXT    NOT NULL,
	level      TEXT    NOT NULL,
	answers    INTEGER NOT NULL,
	points     REAL    NOT NULL,
	max        REAL    NOT NULL,
	elapsed_ms INTEGER NOT NULL,
	PRIMARY KEY (pack_id, article_id, section, level)
) WITHOUT ROWID;
CREATE TABLE tally_day (
	day     TEXT    NOT NULL PRIMARY KEY,
	answers INTEGER NOT NULL,
	points  REAL    NOT NULL,
	max     REAL    NOT NULL
) WITHOUT ROWID;

INSERT INTO tally_attempt SELECT attempt_id, count(*), sum(points), sum(max), sum(elapsed_ms)
	FROM answers GROUP BY attempt_id;
INSERT INTO tally_place SELECT pack_id, article_id, section, level, count(*), sum(points), sum(max), sum(elapsed_ms)
	FROM answers GROUP BY pack_id, article_id, section, level;
INSERT INTO tally_day SELECT day, count(*), sum(points), sum(max) FROM answers GROUP BY day;

CREATE TRIGGER tally_add AFTER INSERT ON answers BEGIN
` + tallyAdd + `
END;
CREATE TRIGGER tally_remove AFTER DELETE ON answers BEGIN
` + tallyRemove + `
END;
CREATE TRIGGER tally_change AFTER UPDATE ON answers BEGIN
` + tallyRemove + tallyAdd + `
END;
`,

	// 3: an exam's time limit, so that resuming it carries on the clock
	// instead of starting a new one. 0 is no limit.
	`ALTER TABLE attempts ADD COLUMN time_limit_ms INTEGER NOT NULL DEFAULT 0;`,

	// 4: the brief that has an unfinished attempt open (see checkClaim):
	// a random token ('' when none has), its process id and host, and
	// when it last showed it was alive, in Unix milliseconds.
	`
ALTER TABLE attempts ADD COLUMN owner      TEXT    NOT NULL DEFAULT '';
ALTER TABLE attempts ADD COLUMN owner_pid  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN owner_host TEXT    NOT NULL DEFAULT '';
ALTER TABLE attempts ADD COLUMN owner_seen INTEGER NOT NULL DEFAULT 0;
`,

	// 5: what an attempt was, for records a student and a teacher can
	// trust: how many questions it drew (kept beside question_ids so
	// that listing attempts reads no JSON; -1 where an older row's ids
	// are not a list), how many the article had when it was drawn (pool;
	// 0 for a review, and for an attempt before this version, whose
	// article's count is then taken as it is now), and whether it
	// repeats an earlier attempt's questions after their answers were
	// seen (retry: "retry missed", "all again"). The pack version was
	// kept from the start. Older rows keep everything they had.
	`
ALTER TABLE attempts ADD COLUMN questions INTEGER NOT NULL DEFAULT -1;
ALTER TABLE attempts ADD COLUMN pool      INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN retry     INTEGER NOT NULL DEFAULT 0;
UPDATE attempts SET questions = json_array_length(question_ids)
	WHERE json_valid(question_ids) AND json_type(question_ids) = 'array';
`,

	// 6: whether an attempt was taken as its pack's assignment, so the
	// attempts an assignment allows count those alone (a student's own
	// practice beside a practice assignment is not one of them) and a
	// hand-in says which attempts the teacher set. Older rows were not.
	`ALTER TABLE attempts ADD COLUMN assigned INTEGER NOT NULL DEFAULT 0;`,

	// 7: the questions a student flagged in an unfinished exam, as a JSON
	// array of question ids, so that an exam left and carried on later
	// keeps them. Older rows flagged none.
	`ALTER TABLE attempts ADD COLUMN flagged TEXT NOT NULL DEFAULT '[]';`,

	// 8: how much of a timed exam's time was used when it was last left
	// or answered (milliseconds), so that leaving an exam never gives
	// back the time spent since the last answer, and a second resume
	// does not count the hours it was away. 0: only the answers tell.
	`ALTER TABLE attempts ADD COLUMN used_ms INTEGER NOT NULL DEFAULT 0;`,
}

// tallyAdd adds the NEW answer to the running totals.
const tallyAdd = `
	INSERT INTO tally_attempt VALUES (NEW.attempt_id, 1, NEW.points, NEW.max, NEW.elapsed_ms)
		ON CONFLICT DO UPDATE SET answers = answers + 1, points = points + excluded.points,
			max = max + excluded.max, elapsed_ms = elapsed_ms + excluded.elapsed_ms;
	INSERT INTO tally_place VALUES (NEW.pack_id, NEW.article_id, NEW.section, NEW.level, 1, NEW.points, NEW.max, NEW.elapsed_ms)
		ON CONFLICT DO UPDATE SET answers = answers + 1, points = points + excluded.points,
			max = max + excluded.max, elapsed_ms = elapsed_ms + excluded.elapsed_ms;
	INSERT INTO tally_day VALUES (NEW.day, 1, NEW.points, NEW.max)
		ON CONFLICT DO UPDATE SET answers = answers + 1, points = points + excluded.points, max = max + excluded.max;`

// tallyRemove takes the OLD answer out of the running totals.
const tallyRemove = `
	UPDATE tally_attempt SET answers = answers - 1, points = points - OLD.points,
			max = max - OLD.max, elapsed_ms = elapsed_ms - OLD.elapsed_ms
		WHERE attempt_id = OLD.attempt_id;
	UPDATE tally_place SET answers = answers - 1, points = points - OLD.points,
			max = max - OLD.max, elapsed_ms = elapsed_ms - OLD.elapsed_ms
		WHERE pack_id = OLD.pack_id AND article_id = OLD.article_id AND section = OLD.section AND level = OLD.level;
	UPDATE tally_day SET answers = answers - 1, points = points - OLD.points, max = max - OLD.max
		WHERE day = OLD.day;`

// SchemaVersion is the schema version this brief writes.
var SchemaVersion = len(migrations)

// migrate brings the schema up to date in one immediate transaction. The
// transaction also proves on open that the database can be written, so a
// read-only store is reported at start, not at the first answer. A
// database brief cannot have written (see schemaVersion) is left as it
// is.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	version, err := schemaVersion(ctx, tx, s.dir, s.path)
	if err != nil {
		return err
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
