package cli

import (
	"brief/quiz"
	"brief/quiz/scores"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Two answers of 1e308 points once summed to +Inf in the database, and
// brief scores --format json then failed for that student for good.
func TestScoresExportAnInfiniteTotal(t *testing.T) {
	dir := t.TempDir()
	s := openDataStore(t, dir)
	recordAttempt(t, s, "ordinary", time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), time.Minute, 1)
	id, err := s.StartAttempt(scores.AttemptInfo{PackID: "brief-default", ArticleID: "weird", Mode: scores.ModePractice,
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

// BRIEF_DATA_DIR naming a missing folder or a file is a mistyped path,
// as with --data-dir, not a student with no scores yet; a folder that
// exists but holds no database yet still reads as empty.
func TestScoresWithBriefDataDirNamingNoFolder(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "a file")
	if err := os.WriteFile(file, []byte("notes"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(root, "empty")
	if err := os.Mkdir(empty, 0o700); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		dir     string
		wantErr bool
	}{
		"missing folder": {dir: filepath.Join(root, "nonexist2"), wantErr: true},
		"a file":         {dir: file, wantErr: true},
		"empty folder":   {dir: empty},
	}
	for name, tc := range tests {
		for _, cmd := range [][]string{{"scores"}, {"stats", "--plain"}} {
			t.Run(name+"/"+cmd[0], func(t *testing.T) {
				t.Setenv("BRIEF_DATA_DIR", tc.dir)
				var out, errOut bytes.Buffer
				code := Execute(context.Background(), Env{Version: "test", Args: cmd,
					Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut})
				want := "brief: there is no score database (brief.db) at " + tc.dir + "\n"
				switch {
				case tc.wantErr && (code != exitFailure || out.String() != "" || errOut.String() != want):
					t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out.String(), errOut.String(), want)
				case !tc.wantErr && code != 0:
					t.Errorf("exit %d, stderr %q; want the empty list", code, errOut.String())
				}
				if _, err := os.Stat(filepath.Join(tc.dir, "brief.db")); err == nil {
					t.Error("a database was made")
				}
			})
		}
	}
}
