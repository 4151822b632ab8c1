package cli

import (
	"encoding/json"
	"testing"
	"time"

	"brief/quiz"
)

// Two answers of 1e308 points once summed to +Inf in the database, and
// brief scores --format json then failed for that student for good.
func TestScoresExportAnInfiniteTotal(t *testing.T) {
	dir := t.TempDir()
	s := openDataStore(t, dir)
	recordAttempt(t, s, "ordinary", time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), time.Minute, 1)
	id, err := s.StartAttempt(quiz.AttemptInfo{PackID: "brief-default", ArticleID: "weird", Mode: quiz.ModePractice,
		Started: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"a", "b"} {
		if err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "brief-default", ArticleID: "weird",
			QuestionID: q, Points: 1e308, Max: 1e308, At: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FinishAttempt(id, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "csv", "table"} {
		out, errOut, code := runIn(t, dir, "", "scores", "--format", format)
		if code != 0 {
			t.Errorf("--format %s: exit %d: %s", format, code, errOut)
		}
		if format == "json" {
			var recs []map[string]any
			if err := json.Unmarshal([]byte(out), &recs); err != nil || len(recs) != 2 || recs[1]["score"] != 0.0 {
				t.Errorf("json %v: %s", err, out)
			}
		}
	}
}
