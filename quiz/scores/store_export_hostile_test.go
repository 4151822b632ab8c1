package scores

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// infiniteStore holds, beside one ordinary finished attempt, one whose
// two answers of 1e308 points each sum to +Inf, as a pack without a cap
// on points once made, and returns its folder.
func infiniteStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	finishedAttempt(t, dir)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, err := s.StartAttempt(AttemptInfo{PackID: "pack", ArticleID: "weird", Mode: ModePractice})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"q1", "q2"} {
		if err := s.RecordAnswer(answer(id, "weird", q, 1e308, 1e308, time.Now())); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FinishAttempt(id, time.Now()); err != nil {
		t.Fatal(err)
	}
	return dir
}

// exportAll writes the attempts of the store in dir in every format,
// failing the test if any format fails, and returns the outputs.
func exportAll(t *testing.T, dir string) map[string]string {
	t.Helper()
	s, err := OpenToRead(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.Attempts(AttemptFilter{})
	if err != nil {
		t.Fatalf("attempts: %v", err)
	}
	out := map[string]string{}
	for _, format := range []string{"table", "csv", "json"} {
		var buf bytes.Buffer
		if err := WriteScores(&buf, rows, format); err != nil {
			t.Fatalf("%s export fails: %v", format, err)
		}
		out[format] = buf.String()
	}
	return out
}

func TestExportNeverFailsOnAnInfiniteTotal(t *testing.T) {
	dir := infiniteStore(t)
	out := exportAll(t, dir)
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out["json"]), &recs); err != nil || len(recs) != 2 {
		t.Fatalf("json: %v, %d rows:\n%s", err, len(recs), out["json"])
	}
	if recs[0]["score"] != 1.0 || recs[1]["article"] != "weird" || recs[1]["score"] != 0.0 || recs[1]["max"] != 0.0 || recs[1]["percent"] != 0.0 {
		t.Errorf("json rows %v: want the ordinary one as it is, the infinite one with 0 for its figures", recs)
	}
	lines, err := csv.NewReader(strings.NewReader(out["csv"])).ReadAll()
	if err != nil || len(lines) != 3 {
		t.Fatalf("csv: %v\n%s", err, out["csv"])
	}
	if got := strings.Join(lines[2][1:6], ","); got != "pack,weird,,," {
		t.Errorf("csv row %q: want the infinite figures left empty", lines[2])
	}
	if strings.Contains(out["table"], "Inf") || strings.Contains(out["table"], "NaN") || strings.Count(out["table"], "\n") != 3 {
		t.Errorf("table:\n%s", out["table"])
	}
	s, err := OpenToRead(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(time.Now())
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	for _, a := range st.Articles {
		if math.IsNaN(a.Best) || math.IsInf(a.Best, 0) {
			t.Errorf("stats of %s: best %v", a.ArticleID, a.Best)
		}
	}
}

// A student's crafted brief.db, handed to a teacher, holds values of
// the wrong kind or size in every column scores reads.
func TestExportNeverFailsOnCraftedRows(t *testing.T) {
	dir := t.TempDir()
	finishedAttempt(t, dir)
	rawExec(t, filepath.Join(dir, StoreFile),
		`INSERT INTO attempts (id, pack_id, pack_version, article_id, mode, question_ids, seed, started, finished, pool, retry)
			VALUES (50, X'1b5b33316d', X'1b5b324a', 17, 'practice', 'not json', 0, 'yesterday', 'today', 'all', 'yes'),
			       (51, 'pack', '1', 'huge', 'practice', '{"a": 1}', 0, 9223372036854775807, 9223372036854775807, 9223372036854775807, 2),
			       (52, 'pack', '1', 'negative', 'practice', '[]', 0, -62135596800001, 1, -4, -1)`,
		`INSERT INTO tally_attempt VALUES (50, 1, 'many', X'00', 'long'),
			(51, 1, 1e300, 1e300, 9000000000000000000),
			(52, 1, -3, -1, -5)`)
	out := exportAll(t, dir)
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out["json"]), &recs); err != nil || len(recs) != 4 {
		t.Fatalf("json: %v, %d rows:\n%s", err, len(recs), out["json"])
	}
	for _, r := range recs {
		if r["article"] == "a" {
			continue // the one real attempt
		}
		for _, k := range []string{"score", "max", "percent", "duration_seconds", "questions"} {
			if f, ok := r[k].(float64); !ok || f != 0 || math.IsNaN(f) {
				t.Errorf("json %s = %v in %v, want 0", k, r[k], r)
			}
		}
	}
	lines, err := csv.NewReader(strings.NewReader(out["csv"])).ReadAll()
	if err != nil || len(lines) != 5 {
		t.Fatalf("csv: %v\n%s", err, out["csv"])
	}
	for _, l := range lines[1:] {
		if l[2] == "a" {
			continue
		}
		if got := strings.Join(l[3:7], ","); got != ",,," {
			t.Errorf("csv row %q: want its figures left empty", l)
		}
	}
	if strings.Contains(out["csv"], "\x1b") || strings.Contains(out["table"], "\x1b") {
		t.Error("an escape sequence from a crafted id reached the output")
	}
}

// Ids from a crafted database that a spreadsheet would run as formulas
// go out with a ' in front; the figures stay numbers.
func TestExportCSVNeutralisesFormulas(t *testing.T) {
	dir := t.TempDir()
	finishedAttempt(t, dir)
	payloads := []string{"+SUM(1+1)*cmd|' /C calc'!A0", "=1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}
	for i, p := range payloads {
		rawExec(t, filepath.Join(dir, StoreFile),
			`INSERT INTO attempts (id, pack_id, pack_version, article_id, mode, question_ids, seed, started, finished)
				VALUES (`+strconv.Itoa(100+i)+`, '`+strings.ReplaceAll(p, "'", "''")+`', '1', 'a', 'practice', '[]', 0, 1, 2)`)
	}
	lines, err := csv.NewReader(strings.NewReader(exportAll(t, dir)["csv"])).ReadAll()
	if err != nil || len(lines) != 2+len(payloads) {
		t.Fatalf("csv: %v, %d lines", err, len(lines))
	}
	for _, l := range lines[1:] {
		if strings.ContainsAny(l[1][:1], "=+-@\t\r") || strings.ContainsAny(l[2][:1], "=+-@\t\r") {
			t.Errorf("csv row %q: a field starts as a formula", l)
		}
		if l[1] == "pack" && (l[3] != "1" || l[5] != "100.0") {
			t.Errorf("csv row %q: the figures changed", l)
		}
	}
	want := "'+SUM(1+1)*cmd|' /C calc'!A0"
	if !strings.Contains(exportAll(t, dir)["csv"], want) {
		t.Errorf("csv does not hold %q:\n%s", want, exportAll(t, dir)["csv"])
	}
}
