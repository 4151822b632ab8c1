package main

import (
	"database/sql"
	"fmt"
	"path/filepath"

	_ "modernc.org/sqlite"
)

// The score inputs of M3 and M4: points past any sum, and a score
// database with a broken version.

// buildPointsPack is the report's quiz-points-weird: two questions worth
// 1e308 points each.
func buildPointsPack(c *caseEnv) error {
	if err := write(c.dir, "points/points.md", articleText("Points", "The sky is blue.\n")); err != nil {
		return err
	}
	return write(c.dir, "points/points.quiz.yaml", tfQuestions(2, "    points: 1e308\n"))
}

// buildNegativeVersionDB makes a real score database with a plain quiz,
// then sets its user_version to -5, as one bad header byte would.
func buildNegativeVersionDB(c *caseEnv) error {
	if err := write(c.dir, "tf/tf.md", articleText("True or false", "The sky is blue.\n")); err != nil {
		return err
	}
	if err := write(c.dir, "tf/tf.quiz.yaml", tfQuestions(1, "")); err != nil {
		return err
	}
	r := c.run(step{args: []string{"quiz", "tf", "--plain", "--seed", "1"}, stdin: "t\n"})
	if r.exit != "0" {
		return fmt.Errorf("the quiz that makes brief.db: exit %s: %s", r.exit, r.said)
	}
	db, err := sql.Open("sqlite", filepath.Join(c.data, "brief.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA user_version = -5"); err != nil {
		return err
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != -5 {
		return fmt.Errorf("user_version is %d (%v), not -5", v, err)
	}
	return nil
}
