package cli

import (
	"brief/quiz"
	"brief/quiz/scores"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// runIn executes brief with args and stdin against the data directory
// dir, returning stdout, stderr and the exit code.
func runIn(t *testing.T, dir, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Execute(context.Background(), Env{
		Version: "test", Args: append([]string{"--data-dir", dir}, args...),
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
	})
	return out.String(), errOut.String(), code
}

// openDataStore opens the store of a data directory for a test.
func openDataStore(t *testing.T, dir string) *scores.Store {
	t.Helper()
	s, err := scores.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// emptyDataDir is the data directory of a student who has a score
// database but no finished attempts yet.
func emptyDataDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	s, err := scores.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return dir
}

// recordAttempt records a finished practice attempt at all of an
// article's questions: one answer per entry of points, each worth 1
// point and taken elapsed/len(points) to answer.
func recordAttempt(t *testing.T, s *scores.Store, article string, started time.Time, elapsed time.Duration, points ...float64) {
	t.Helper()
	recordAttemptAs(t, s, scores.AttemptInfo{ArticleID: article, Mode: scores.ModePractice, Pool: len(points), Started: started}, elapsed, points...)
}

// recordAttemptAs records a finished attempt taken as info says (pack
// brief-default at version 1 unless it says otherwise), as recordAttempt
// does.
func recordAttemptAs(t *testing.T, s *scores.Store, info scores.AttemptInfo, elapsed time.Duration, points ...float64) {
	t.Helper()
	if info.PackID == "" {
		info.PackID, info.PackVersion = "brief-default", "1"
	}
	for i := range points {
		info.QuestionIDs = append(info.QuestionIDs, string(rune('a'+i)))
	}
	article, started := info.ArticleID, info.Started
	id, err := s.StartAttempt(info)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range points {
		err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "brief-default", ArticleID: article,
			QuestionID: string(rune('a' + i)), Level: "recall", Points: p, Max: 1,
			Elapsed: elapsed / time.Duration(len(points)), At: started.Add(time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FinishAttempt(id, started.Add(2*time.Minute)); err != nil {
		t.Fatal(err)
	}
}

// scoresData is a data directory with two finished attempts at two
// articles (a practice attempt at all 4 questions of pack version 1, and
// a retry of 2 of 5 questions in an exam at version 2) and one unfinished
// one, and the start times of the finished.
func scoresData(t *testing.T) (dir string, first, second time.Time) {
	dir = t.TempDir()
	s := openDataStore(t, dir)
	first = time.Date(2026, 3, 10, 18, 30, 0, 0, time.Local)
	second = time.Date(2026, 3, 12, 9, 0, 0, 0, time.Local)
	recordAttempt(t, s, "summit", first, 312*time.Second, 1, 0.5, 0, 1)
	recordAttemptAs(t, s, scores.AttemptInfo{PackID: "brief-default", PackVersion: "2", ArticleID: "budget",
		Mode: scores.ModeExam, Retry: true, Pool: 5, Started: second}, 40*time.Second, 1, 1)
	if _, err := s.StartAttempt(scores.AttemptInfo{PackID: "brief-default", ArticleID: "summit", Mode: scores.ModeExam}); err != nil {
		t.Fatal(err)
	}
	return dir, first, second
}

func TestScoresCSV(t *testing.T) {
	dir, first, second := scoresData(t)
	header := "when,pack,article,score,max,percent,duration_seconds,mode,questions,pack_version\r\n"
	firstRow := first.Format(time.RFC3339) + ",brief-default,summit,2.5,4,62.5,312,practice,4,1\r\n"
	secondRow := second.Format(time.RFC3339) + ",brief-default,budget,2,2,100.0,40,retry,2,2\r\n"
	tests := map[string]struct {
		args []string
		want string
	}{
		"every finished attempt, oldest first": {nil, header + firstRow + secondRow},
		"one article":                          {[]string{"--article", "summit"}, header + firstRow},
		"since a date":                         {[]string{"--since", "2026-03-11"}, header + secondRow},
		"since the very start of a day":        {[]string{"--since", "2026-03-12"}, header + secondRow},
		"since a time":                         {[]string{"--since", second.Add(time.Second).Format(time.RFC3339)}, header},
		"nothing matches":                      {[]string{"--article", "nope"}, header},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := runIn(t, dir, "", append([]string{"scores", "--format", "csv"}, tc.args...)...)
			if code != 0 || out != tc.want {
				t.Errorf("exit %d, stderr %q, stdout:\n%q\nwant:\n%q", code, errOut, out, tc.want)
			}
		})
	}
}

func TestScoresJSON(t *testing.T) {
	dir, first, _ := scoresData(t)
	out, errOut, code := runIn(t, dir, "", "scores", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not a JSON array of objects: %v\n%s", err, out)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2:\n%s", len(rows), out)
	}
	wantKeys := []string{"article", "duration_seconds", "max", "mode", "pack", "pack_version", "percent", "questions", "score", "when"}
	for i, r := range rows {
		var keys []string
		for k := range r {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !slices.Equal(keys, wantKeys) {
			t.Errorf("row %d keys %v, want %v", i, keys, wantKeys)
		}
	}
	want := map[string]any{"when": first.Format(time.RFC3339), "pack": "brief-default", "article": "summit",
		"score": 2.5, "max": 4.0, "percent": 62.5, "duration_seconds": 312.0, "mode": "practice", "questions": 4.0, "pack_version": "1"}
	for k, v := range want {
		if rows[0][k] != v {
			t.Errorf("first row %s = %v, want %v", k, rows[0][k], v)
		}
	}
	out, _, _ = runIn(t, emptyDataDir(t), "", "scores", "--format", "json")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("no attempts should print [], got %q", out)
	}
}

func TestScoresTable(t *testing.T) {
	dir, first, _ := scoresData(t)
	out, errOut, code := runIn(t, dir, "", "scores")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and 2 rows, got:\n%s", out)
	}
	if got := strings.Fields(lines[0]); !slices.Equal(got, []string{"when", "pack", "version", "article", "mode", "questions", "score", "percent", "time"}) {
		t.Errorf("header %q", lines[0])
	}
	wantFirst := []string{first.Format("2006-01-02"), first.Format("15:04"), "brief-default", "1", "summit", "practice", "4", "2.5/4", "62.5%", "5m12s"}
	if got := strings.Fields(lines[1]); !slices.Equal(got, wantFirst) {
		t.Errorf("first row %q, want fields %v", lines[1], wantFirst)
	}
	// A retry is not a practice or exam score, and 2 of 5 questions not
	// the whole article.
	wantSecond := []string{"brief-default", "2", "budget", "retry", "2", "of", "5", "2/2", "100.0%", "40s"}
	if got := strings.Fields(lines[2]); !slices.Equal(got[2:], wantSecond) {
		t.Errorf("second row %q, want fields %v", lines[2], wantSecond)
	}
	for _, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("a row ends in spaces: %q", l)
		}
	}
	out, _, _ = runIn(t, emptyDataDir(t), "", "scores")
	if out != "No finished attempts yet.\n" {
		t.Errorf("empty store printed %q", out)
	}
}

// When attempts exist but none match the filters, the table says so
// rather than that there are none.
func TestScoresTableWithNothingMatching(t *testing.T) {
	dir, _, _ := scoresData(t)
	tests := map[string]struct {
		dir  string
		args []string
		want string
	}{
		"no attempt at the article": {dir, []string{"--article", "nope"},
			"No finished attempts match --article nope (2 attempts in all; brief scores alone lists them).\n"},
		"none since the date": {dir, []string{"--article", "summit", "--since", "2027-01-01"},
			"No finished attempts match --article summit --since 2027-01-01 (2 attempts in all; brief scores alone lists them).\n"},
		"no attempts at all": {emptyDataDir(t), []string{"--article", "nope"}, "No finished attempts yet.\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := runIn(t, tc.dir, "", append([]string{"scores"}, tc.args...)...)
			if code != 0 || out != tc.want {
				t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, out, errOut, tc.want)
			}
		})
	}
}

func TestScoresUsageErrors(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"a date in another form": {[]string{"--since", "03/10/2026"}, "give a date as 2006-01-02"},
		"not a date":             {[]string{"--since", "yesterday"}, "or a time as 2006-01-02T15:04:05Z07:00"},
		"unknown format":         {[]string{"--format", "xml"}, "use table, csv or json"},
		"an argument":            {[]string{"summit"}, "unknown command"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out, errOut, code := runIn(t, t.TempDir(), "", append([]string{"scores"}, tc.args...)...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, out, errOut, exitUsage, tc.want)
			}
		})
	}
}

// A teacher reading scores from a folder that holds none (a typo, the
// wrong stick) is told so, not shown an empty list, and nothing is made
// there; a student with no scores yet in the usual place sees an empty
// list, and nothing is made either.
func TestReportsWhereNoScoresWereSaved(t *testing.T) {
	for _, cmd := range [][]string{{"scores"}, {"scores", "--format", "csv"}, {"stats", "--plain"}} {
		t.Run(strings.Join(cmd, " ")+" --data-dir", func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ana")
			out, errOut, code := runIn(t, dir, "", cmd...)
			want := "brief: there is no score database (brief.db) at " + dir + "\n"
			if code != exitFailure || out != "" || errOut != want {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errOut, want)
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the folder was made: %v", err)
			}
		})
	}
	t.Run("scores in the usual place", func(t *testing.T) {
		xdg := t.TempDir()
		dir := filepath.Join(xdg, "brief")
		t.Setenv("BRIEF_DATA_DIR", "")
		t.Setenv("XDG_DATA_HOME", xdg)
		var out, errOut bytes.Buffer
		code := Execute(context.Background(), Env{Version: "test", Args: []string{"scores"},
			Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut})
		if code != 0 || out.String() != "No finished attempts yet.\n" {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the folder was made: %v", err)
		}
	})
}
