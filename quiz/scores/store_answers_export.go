package scores

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// AnswerRow is one answer of a finished attempt, as `brief scores
// --answers` lists it.
type AnswerRow struct {
	At          time.Time
	AttemptID   int64
	PackID      string
	PackVersion string
	ArticleID   string
	Mode        string // the attempt's: practice, exam, retry or review
	QuestionID  string
	Section     string
	Level       string
	Given       string
	Points, Max float64
	Skipped     bool
	Elapsed     time.Duration
}

// AnswerRows lists the answers of the finished attempts f chooses, in the
// order the attempts started and the answers were given. Each value is
// read as SQLite holds it, as Attempts reads them, so one damaged row
// does not stop the list.
func (s *Store) AnswerRows(f AttemptFilter) ([]AnswerRow, error) {
	where, args := f.where()
	rows, err := s.db.Query(`SELECT n.at, a.id, a.pack_id, a.pack_version, a.article_id, a.mode, a.retry,
			n.question_id, n.section, n.level, n.given, n.points, n.max, n.skipped, n.elapsed_ms
		FROM attempts a JOIN answers n ON n.attempt_id = a.id
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY a.started, a.id, n.at, n.id`, args...)
	if err != nil {
		return nil, s.classify(err)
	}
	defer rows.Close()
	var out []AnswerRow
	for rows.Next() {
		var r AnswerRow
		var at, pack, version, article, mode, retry, question, section, level, given, points, max, skipped, elapsed any
		if err := rows.Scan(&at, &r.AttemptID, &pack, &version, &article, &mode, &retry,
			&question, &section, &level, &given, &points, &max, &skipped, &elapsed); err != nil {
			return nil, s.classify(err)
		}
		r.At, r.Elapsed = storedTime(at), storedDuration(elapsed)
		r.PackID, r.PackVersion, r.ArticleID, r.Mode = storedText(pack), storedText(version), storedText(article), storedText(mode)
		if n, ok := retry.(int64); ok && n != 0 {
			r.Mode = ModeRetry
		}
		r.QuestionID, r.Section, r.Level, r.Given = storedText(question), storedText(section), storedText(level), storedText(given)
		r.Points, r.Max = storedNumber(points), storedNumber(max)
		r.Skipped = storedNumber(skipped) != 0
		out = append(out, r)
	}
	return out, s.classify(rows.Err())
}

// answerRecord is one row of the answers export; its tags are the
// documented keys. Text is stripped of control characters (it comes from
// packs and from what the student typed); a figure no quiz can have saved
// is 0 in json and empty in csv.
type answerRecord struct {
	When        string  `json:"when"`
	Attempt     int64   `json:"attempt"`
	Pack        string  `json:"pack"`
	PackVersion string  `json:"pack_version"`
	Article     string  `json:"article"`
	Mode        string  `json:"mode"`
	Question    string  `json:"question"`
	Section     string  `json:"section"`
	Level       string  `json:"level"`
	Given       string  `json:"given"`
	Points      float64 `json:"points"`
	Max         float64 `json:"max"`
	Skipped     bool    `json:"skipped"`
	Seconds     float64 `json:"seconds"`

	unusable bool // points or max are not a quiz's
}

func answerRecordOf(r AnswerRow) answerRecord {
	rec := answerRecord{Attempt: r.AttemptID, Pack: stripControl(r.PackID), PackVersion: stripControl(r.PackVersion),
		Article: stripControl(r.ArticleID), Mode: stripControl(r.Mode), Question: stripControl(r.QuestionID),
		Section: stripControl(r.Section), Level: stripControl(r.Level), Given: stripControl(r.Given), Skipped: r.Skipped}
	if !r.At.IsZero() {
		rec.When = r.At.Local().Format(time.RFC3339)
	}
	if r.Elapsed > 0 {
		rec.Seconds = math.Round(r.Elapsed.Seconds()*10) / 10
	}
	ok := func(f float64) bool { return !math.IsNaN(f) && f >= 0 && f <= maxExportPoints }
	if ok(r.Points) && ok(r.Max) && r.Points <= r.Max {
		rec.Points, rec.Max = roundHundredths(r.Points), roundHundredths(r.Max)
	} else {
		rec.unusable = true
	}
	return rec
}

// answerColumns is the csv header of the answers export, in its fixed
// order.
var answerColumns = []string{"when", "attempt", "pack", "pack_version", "article", "mode", "question", "section", "level",
	"given", "points", "max", "skipped", "seconds"}

// WriteAnswers prints answers one per row, as csv (RFC 4180, the header
// answerColumns) or json (an array of objects with those keys).
func WriteAnswers(w io.Writer, rows []AnswerRow, format string) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.UseCRLF = true
		cw.Write(answerColumns)
		for _, r := range rows {
			rec := answerRecordOf(r)
			points, max := number(rec.Points), number(rec.Max)
			if rec.unusable {
				points, max = "", ""
			}
			cw.Write([]string{rec.When, strconv.FormatInt(rec.Attempt, 10), inertCell(rec.Pack), inertCell(rec.PackVersion),
				inertCell(rec.Article), inertCell(rec.Mode), inertCell(rec.Question), inertCell(rec.Section), inertCell(rec.Level),
				inertCell(rec.Given), points, max, strconv.FormatBool(rec.Skipped), strconv.FormatFloat(rec.Seconds, 'f', -1, 64)})
		}
		cw.Flush()
		return cw.Error()
	case "json":
		recs := make([]answerRecord, 0, len(rows))
		for _, r := range rows {
			recs = append(recs, answerRecordOf(r))
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(recs)
	}
	return fmt.Errorf("answers are listed as csv or json, not %q", format)
}
