package class

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// attempt makes a finished attempt with the given points out of one per
// question, finished on the given day.
func attempt(id int64, mode, day string, points ...float64) Attempt {
	start, _ := time.Parse(time.DateOnly, day)
	start = start.Add(9 * time.Hour)
	end := start.Add(time.Duration(len(points)) * time.Minute)
	a := Attempt{ID: id, Article: "floods", Mode: mode, Started: start, Finished: &end, Assigned: mode == ModeExam}
	for i, p := range points {
		a.Answers = append(a.Answers, Answer{Question: "q" + string(rune('1'+i)), Type: "choice", Section: []string{"Rain", "Relief"}[i%2],
			Level: "recall", Given: map[bool]string{true: "right", false: "wrong"}[p == 1], Points: p, Max: 1, Seconds: 30})
	}
	return a
}

func classHandIns() []*HandIn {
	asg := &Assignment{Mode: ModeExam, Attempts: 2, Due: "2026-12-14"}
	pack := Pack{ID: "floods", Title: "Floods in Colombo", Version: "1.0.0", ContentHash: "sha256:0123456789abcdef", Assignment: asg}
	ana := &HandIn{Student: "Ana Perera", Pack: pack, Attempts: []Attempt{
		attempt(1, ModePractice, "2026-12-10", 0, 0, 0, 0),
		attempt(2, ModeExam, "2026-12-11", 1, 0, 1, 0),
		attempt(3, ModeRetry, "2026-12-11", 1, 1, 1, 1),
		attempt(4, ModeExam, "2026-12-12", 1, 1, 1, 0),
	}}
	ben := &HandIn{Student: "Ben Silva", Pack: pack, Attempts: []Attempt{attempt(1, ModeExam, "2026-12-15", 1, 1, 0, 0)}}
	hs := []*HandIn{ana, ben}
	for i, name := range []string{"Dev", "Eli", "Fay"} { // three more, so questions can be judged
		hs = append(hs, &HandIn{Student: name, Pack: pack, Attempts: []Attempt{attempt(1, ModeExam, "2026-12-13", 1, float64(i%2), 1, 0)}})
	}
	cai := &HandIn{Student: "=Cai", Pack: pack, Attempts: []Attempt{attempt(1, ModePractice, "2026-12-12", 1, 1, 1, 1)}}
	again := *ana // the same file handed in twice
	return append(hs, cai, &again)
}

// The gradebook counts the assignment's attempts only (not the practice
// run or the retry after seeing the answers), each once however often it
// is handed in, and marks late and missing work.
func TestGradebook(t *testing.T) {
	r := Build(classHandIns())
	if len(r.Packs) != 1 || len(r.Notes) != 0 {
		t.Fatalf("packs %d, notes %q; want one pack, no notes", len(r.Packs), r.Notes)
	}
	got := map[string]Grade{}
	for _, g := range r.Packs[0].Grades {
		got[g.Student] = g
	}
	ana, ben, cai := got["Ana Perera"], got["Ben Silva"], got["=Cai"]
	if ana.Attempts != 2 || ana.Allowed != 2 || ana.Best != 0.75 || ana.Last != 0.75 || ana.Late || ana.Time != 8*time.Minute {
		t.Errorf("Ana: %+v; want 2 of 2 attempts, best 75%%, last 75%%, on time, 8 minutes", ana)
	}
	if ben.Attempts != 1 || !ben.Late || ben.Best != 0.5 {
		t.Errorf("Ben: %+v; want 1 attempt, late, 50%%", ben)
	}
	if !cai.Missing || cai.Attempts != 0 {
		t.Errorf("Cai (practice only): %+v; want missing", cai)
	}
}

// Hand-ins of another version or content are reported apart, with a
// note, and a Moodle import of them is refused.
func TestMixedVersionsAreNotMerged(t *testing.T) {
	hs := classHandIns()
	edited := *hs[1]
	edited.Pack.ContentHash = "sha256:ffff0000"
	r := Build([]*HandIn{hs[0], &edited})
	if len(r.Packs) != 2 || len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "pack floods was handed in at 2 versions") {
		t.Fatalf("packs %d, notes %q", len(r.Packs), r.Notes)
	}
	if err := WriteMoodle(&bytes.Buffer{}, r); err == nil {
		t.Error("a Moodle import of two versions was written")
	}
}

// The JSON gives each question's id with its facility from 0 to 1 and
// each student's name as given; CSV cells cannot become formulas.
func TestReportFormats(t *testing.T) {
	r := Build(classHandIns())
	var js bytes.Buffer
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Packs []struct {
			Items []struct {
				ID       string  `json:"id"`
				Facility float64 `json:"facility"`
			} `json:"items"`
		} `json:"packs"`
	}
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	// First exam attempts: Ana 1 0 1 0, Ben 1 1 0 0, Dev 1 0 1 0, Eli 1 1 1 0, Fay 1 0 1 0.
	want := map[string]float64{"q1": 1, "q2": 0.4, "q3": 0.8, "q4": 0}
	for _, it := range out.Packs[0].Items {
		if it.Facility != want[it.ID] {
			t.Errorf("%s facility %v, want %v", it.ID, it.Facility, want[it.ID])
		}
	}
	var moodle bytes.Buffer
	if err := WriteMoodle(&moodle, r); err != nil {
		t.Fatal(err)
	}
	if got, want := moodle.String(), "Identifier,floods\n'=Cai,\nAna Perera,75.00\nBen Silva,50.00\nDev,50.00\nEli,75.00\nFay,50.00\n"; got != want {
		t.Errorf("moodle CSV:\n%s\nwant:\n%s", got, want)
	}
	var grades bytes.Buffer
	if err := WriteCSV(&grades, r, TableGradebook); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(grades.String(), "floods,1.0.0,'=Cai,floods,0,2,,,,false,true,0\n") {
		t.Errorf("gradebook CSV:\n%s", grades.String())
	}
}

// The terminal report, at 80 columns, as a teacher reads it.
func TestReportTableGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTable(&b, Build(classHandIns()), TableOptions{Width: 80}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report-80.golden")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("report differs from %s (run with -update after checking):\n%s", golden, b.String())
	}
}
