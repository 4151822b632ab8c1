package scores

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func exportRows() []AttemptRow {
	cet := time.FixedZone("CET", 3600)
	return []AttemptRow{
		{ID: 1, Started: time.Date(2026, 3, 10, 18, 30, 0, 0, cet), PackID: "world-news", PackVersion: "2", ArticleID: "summit",
			Mode: ModeExam, Questions: 10, Pool: 10,
			Score: 7.5, Max: 10, Percent: 75, Duration: 312*time.Second + 400*time.Millisecond},
		// Ids come from untrusted packs: a comma and a quote must be quoted,
		// an escape sequence dropped.
		{ID: 2, Started: time.Date(2026, 3, 11, 9, 0, 5, 0, cet), PackID: "a,b", PackVersion: "1.0", ArticleID: "say \"hi\"\x1b[31m",
			Mode: ModeReview, Questions: 3,
			Score: 2, Max: 3, Percent: 200.0 / 3, Duration: 59 * time.Second},
		// Partial credit: thirds of a point are exported to 2 decimals.
		// A retry of 7 of the article's 10 questions, listed as a retry.
		{ID: 3, Started: time.Date(2026, 3, 12, 9, 0, 0, 0, cet), PackID: "world-news", PackVersion: "2", ArticleID: "summit",
			Mode: ModePractice, Retry: true, Questions: 7, Pool: 10,
			Score: 5 + 1.0/3, Max: 7, Percent: (5 + 1.0/3) / 7 * 100, Duration: time.Minute},
	}
}

func TestWriteScoresCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteScores(&buf, exportRows(), "csv"); err != nil {
		t.Fatal(err)
	}
	want := "when,pack,article,score,max,percent,duration_seconds,mode,questions,pack_version\r\n" +
		"2026-03-10T18:30:00+01:00,world-news,summit,7.5,10,75.0,312,exam,10,2\r\n" +
		"2026-03-11T09:00:05+01:00,\"a,b\",\"say \"\"hi\"\"[31m\",2,3,66.7,59,review,3,1.0\r\n" +
		"2026-03-12T09:00:00+01:00,world-news,summit,5.33,7,76.2,60,retry,7,2\r\n"
	if got := buf.String(); got != want {
		t.Errorf("csv:\n%q\nwant:\n%q", got, want)
	}
	// And a standard reader gets the fields back.
	recs, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
	if err != nil || len(recs) != 4 || recs[2][1] != "a,b" || recs[2][2] != `say "hi"[31m` {
		t.Errorf("read back: %q, %v", recs, err)
	}
}

func TestWriteScoresJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteScores(&buf, exportRows(), "json"); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	want := []map[string]any{
		{"when": "2026-03-10T18:30:00+01:00", "pack": "world-news", "article": "summit",
			"score": 7.5, "max": 10.0, "percent": 75.0, "duration_seconds": 312.0, "mode": "exam", "questions": 10.0, "pack_version": "2"},
		{"when": "2026-03-11T09:00:05+01:00", "pack": "a,b", "article": `say "hi"[31m`,
			"score": 2.0, "max": 3.0, "percent": 66.7, "duration_seconds": 59.0, "mode": "review", "questions": 3.0, "pack_version": "1.0"},
		{"when": "2026-03-12T09:00:00+01:00", "pack": "world-news", "article": "summit",
			"score": 5.33, "max": 7.0, "percent": 76.2, "duration_seconds": 60.0, "mode": "retry", "questions": 7.0, "pack_version": "2"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d objects, want %d", len(got), len(want))
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Errorf("object %d has keys %v, want exactly %v", i, got[i], want[i])
		}
		for k, v := range want[i] {
			if got[i][k] != v {
				t.Errorf("object %d: %s = %v, want %v", i, k, got[i][k], v)
			}
		}
	}
}

func TestWriteScoresEmptyAndUnknown(t *testing.T) {
	tests := map[string]struct {
		format string
		want   string
	}{
		"json is an empty array": {"json", "[]\n"},
		"csv is the header only": {"csv", "when,pack,article,score,max,percent,duration_seconds,mode,questions,pack_version\r\n"},
		"table says so":          {"table", "No finished attempts yet.\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteScores(&buf, nil, tc.format); err != nil || buf.String() != tc.want {
				t.Errorf("WriteScores(nil, %q) = %q, %v; want %q", tc.format, buf.String(), err, tc.want)
			}
		})
	}
	if err := WriteScores(&bytes.Buffer{}, nil, "xml"); err == nil || !strings.Contains(err.Error(), "table, csv or json") {
		t.Errorf("unknown format: %v", err)
	}
}

func TestWriteScoresTable(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteScores(&buf, exportRows(), "table"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("table:\n%s", buf.String())
	}
	if !strings.Contains(lines[3], "5.33/7") {
		t.Errorf("partial score row %q lacks 5.33/7", lines[3])
	}
	if !strings.Contains(lines[3], "retry") || !strings.Contains(lines[3], "7 of 10") {
		t.Errorf("retry row %q lacks its mode and count", lines[3])
	}
	for i, want := range []string{"summit", "exam", "10", "7.5/10", "75.0%", "5m12s"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("row 1 %q lacks field %d %q", lines[1], i, want)
		}
	}
	if strings.ContainsRune(buf.String(), '\x1b') {
		t.Error("an escape sequence from a pack id reached the terminal")
	}
	// Columns line up: "pack" in the header starts where each pack does.
	col := strings.Index(lines[0], "pack")
	if !strings.HasPrefix(lines[1][col:], "world-news") || !strings.HasPrefix(lines[2][col:], "a,b") {
		t.Errorf("columns do not line up:\n%s", buf.String())
	}
}
