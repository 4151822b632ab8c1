package scores

import (
	"brief/quiz"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
)

// WriteScores prints attempts in one of three formats, one attempt per row:
//
//   - "table": aligned columns for reading in a terminal; its layout may
//     change between versions, so scripts should use csv or json.
//   - "csv": RFC 4180 (comma-separated, CRLF line ends, fields quoted when
//     needed) with this fixed header line:
//     when,pack,article,score,max,percent,duration_seconds
//   - "json": an array of objects with these fixed keys, and [] when there
//     are no attempts:
//     {"when": "2026-03-10T18:30:00+01:00", "pack": "world-news",
//     "article": "summit", "score": 7.5, "max": 10, "percent": 75,
//     "duration_seconds": 312}
//
// In csv and json, when is the time the attempt started in RFC 3339 with
// the local offset; pack and article are ids; score and max are points
// (max counts the questions answered or skipped), and score and max are
// rounded to 2 decimals (a third of a point reads 0.33); percent is rounded
// to one decimal; duration_seconds is the whole seconds spent answering.
// A figure a damaged or crafted database holds that no quiz can have
// saved is left empty in csv and is 0 in json, and "?" in the table; a
// csv text field that a spreadsheet would read as a formula starts with
// a ' (see inertCell).
func WriteScores(w io.Writer, rows []AttemptRow, format string) error {
	switch format {
	case "table", "":
		return writeScoresTable(w, rows)
	case "csv":
		return writeScoresCSV(w, rows)
	case "json":
		return writeScoresJSON(w, rows)
	}
	return fmt.Errorf("unknown scores format %q (want table, csv or json)", format)
}

// scoreRecord is one row of the csv and json exports; its tags are the
// documented keys. A figure that brief cannot have saved (not a number,
// negative, past any quiz's total, more points than the maximum: a
// crafted or damaged database) is not exported: it is 0 in json and
// empty in csv, flagged in unusable, and the row is still exported.
type scoreRecord struct {
	When            string  `json:"when"`
	Pack            string  `json:"pack"`
	Article         string  `json:"article"`
	Score           float64 `json:"score"`
	Max             float64 `json:"max"`
	Percent         float64 `json:"percent"`
	DurationSeconds int64   `json:"duration_seconds"`
	Mode            string  `json:"mode"`
	Questions       int     `json:"questions"`
	PackVersion     string  `json:"pack_version"`

	unusable struct{ score, max, percent, duration, questions bool }
}

// maxExportPoints is more points than any attempt can hold (at most 1000
// a question); a stored total past it did not come from a quiz.
const maxExportPoints = 1e9

// recordOf converts a row to its exported form. Ids come from packs, which
// are untrusted, so control characters are dropped from them.
func recordOf(r AttemptRow) scoreRecord {
	rec := scoreRecord{
		Pack:        stripControl(r.PackID),
		Article:     stripControl(r.ArticleID),
		Mode:        stripControl(r.Kind()),
		PackVersion: stripControl(r.PackVersion),
	}
	rec.unusable.questions = r.Questions < 0
	if !rec.unusable.questions {
		rec.Questions = r.Questions
	}
	if y := r.Started.Year(); !r.Started.IsZero() && y >= 1 && y <= 9999 {
		rec.When = r.Started.Format(time.RFC3339)
	}
	usable := func(f float64) bool { return f >= 0 && f <= maxExportPoints } // false for NaN too
	rec.unusable.max = !usable(r.Max)
	rec.unusable.score = !usable(r.Score) || (!rec.unusable.max && r.Score > r.Max*(1+1e-9)+1e-9)
	rec.unusable.percent = rec.unusable.score || rec.unusable.max || !(r.Percent >= 0 && r.Percent <= 100+1e-6)
	rec.unusable.duration = r.Duration < 0
	if !rec.unusable.score {
		rec.Score = roundHundredths(r.Score)
	}
	if !rec.unusable.max {
		rec.Max = roundHundredths(r.Max)
	}
	if !rec.unusable.percent {
		rec.Percent = math.Round(r.Percent*10) / 10
	}
	if !rec.unusable.duration {
		rec.DurationSeconds = int64(r.Duration.Round(time.Second) / time.Second)
	}
	return rec
}

// field formats an exported figure, or gives unknown for one not exported.
func field(unusable bool, unknown string, format func() string) string {
	if unusable {
		return unknown
	}
	return format()
}

func writeScoresCSV(w io.Writer, rows []AttemptRow) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180 line ends
	cw.Write([]string{"when", "pack", "article", "score", "max", "percent", "duration_seconds", "mode", "questions", "pack_version"})
	for _, r := range rows {
		rec := recordOf(r)
		u := rec.unusable
		cw.Write([]string{rec.When, inertCell(rec.Pack), inertCell(rec.Article),
			field(u.score, "", func() string { return number(rec.Score) }),
			field(u.max, "", func() string { return number(rec.Max) }),
			field(u.percent, "", func() string { return strconv.FormatFloat(rec.Percent, 'f', 1, 64) }),
			field(u.duration, "", func() string { return strconv.FormatInt(rec.DurationSeconds, 10) }),
			inertCell(rec.Mode),
			field(u.questions, "", func() string { return strconv.Itoa(rec.Questions) }),
			inertCell(rec.PackVersion)})
	}
	cw.Flush()
	return cw.Error()
}

func writeScoresJSON(w io.Writer, rows []AttemptRow) error {
	recs := make([]scoreRecord, 0, len(rows))
	for _, r := range rows {
		recs = append(recs, recordOf(r))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(recs)
}

func writeScoresTable(w io.Writer, rows []AttemptRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "No finished attempts yet.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "when\tpack\tversion\tarticle\tmode\tquestions\tscore\tpercent\ttime")
	for _, r := range rows {
		rec := recordOf(r)
		u := rec.unusable
		when := "?"
		if rec.When != "" {
			when = r.Started.Format("2006-01-02 15:04")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s/%s\t%s\t%s\n", when, rec.Pack, orUnknown(rec.PackVersion), rec.Article,
			rec.Mode, questionsCell(r, u.questions),
			field(u.score, "?", func() string { return number(rec.Score) }),
			field(u.max, "?", func() string { return number(rec.Max) }),
			field(u.percent, "?", func() string { return fmt.Sprintf("%.1f%%", rec.Percent) }),
			field(u.duration, "?", func() string { return (time.Duration(rec.DurationSeconds) * time.Second).String() }))
	}
	return tw.Flush()
}

// questionsCell is how many questions an attempt drew, with how many
// its article had when that is recorded and differs: "8 of 37".
func questionsCell(r AttemptRow, unusable bool) string {
	switch {
	case unusable:
		return "?"
	case r.Pool > 0 && r.Pool != r.Questions:
		return fmt.Sprintf("%d of %d", r.Questions, r.Pool)
	}
	return strconv.Itoa(r.Questions)
}

// orUnknown is s, or "?" when it is empty.
func orUnknown(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

// inertCell keeps a spreadsheet from reading a text field as a formula
// (CSV injection): a field that starts with = + - @, a tab or a carriage
// return gets a ' in front, as OWASP advises. brief's own ids never
// start so; a crafted database's may. The figures are brief's own
// formatting of numbers, never negative, and are left as they are.
func inertCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// roundHundredths rounds points to 2 decimals, as they are exported.
func roundHundredths(f float64) float64 { return math.Round(f*100) / 100 }

// number formats points as FormatNumber does: 7.5, 10, 5.33.
func number(f float64) string { return quiz.FormatNumber(f) }

// stripControl removes control characters, which could move the cursor or
// recolour the terminal a listing is printed to.
func stripControl(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}
