package class

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// cutShort is a student's hand-in whose exams were all cut short: no
// finished attempt, two begun on floods.
func cutShort(name string, unfinished map[string]int) *HandIn {
	pack := classHandIns()[0].Pack
	return &HandIn{Student: name, Pack: pack, Attempts: []Attempt{}, Unfinished: unfinished}
}

// Every hand-in read gives its student a row: one with no finished
// attempt is in the gradebook of every format, says so with the attempts
// cut short, and the heading counts them apart.
func TestAStudentWithNoFinishedAttemptHasARow(t *testing.T) {
	hs := append(classHandIns(), cutShort("Student 5", map[string]int{"floods": 2}), cutShort("Old Brief", nil))
	r := Build(hs)
	p := r.Packs[0]
	got := map[string]Grade{}
	for _, g := range p.Grades {
		got[g.Student] = g
	}
	s5, old, cai := got["Student 5"], got["Old Brief"], got["=Cai"]
	if !s5.Missing || s5.Unfinished != 2 || s5.Status() != "no finished attempt (2 unfinished)" {
		t.Errorf("Student 5: %+v, status %q; want missing, no finished attempt (2 unfinished)", s5, s5.Status())
	}
	if old.Article != "floods" || old.Status() != "no finished attempt" {
		t.Errorf("a hand-in without the unfinished count: %+v, status %q", old, old.Status())
	}
	if cai.Status() != "missing" { // practice only, on an assignment
		t.Errorf("=Cai status %q; want missing", cai.Status())
	}
	if got := p.WithoutFinished(); strings.Join(got, ",") != "Old Brief,Student 5" {
		t.Errorf("without a finished attempt: %q", got)
	}
	var table, moodle, csv, js bytes.Buffer
	if err := WriteTable(&table, r, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"8 students, 2 with no finished attempt", "Student 5", "no finished attempt (2 unfinished)"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
	if err := WriteMoodle(&moodle, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(moodle.String(), "\nStudent 5,\n") || !strings.Contains(moodle.String(), "\nOld Brief,\n") {
		t.Errorf("moodle lacks an empty grade for each student without one:\n%s", moodle.String())
	}
	if err := WriteCSV(&csv, r, TableGradebook); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv.String(), "floods,1.0.0,Student 5,floods,0,2,,,,false,true,2\n") {
		t.Errorf("gradebook CSV lacks Student 5:\n%s", csv.String())
	}
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Packs []struct {
			Gradebook []struct {
				Student    string   `json:"student"`
				Missing    bool     `json:"missing"`
				Unfinished int      `json:"unfinished_attempts"`
				Best       *float64 `json:"best"`
				Seconds    *float64 `json:"seconds"`
			} `json:"gradebook"`
		} `json:"packs"`
	}
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, g := range out.Packs[0].Gradebook {
		// No score at all, rather than 0, which a spreadsheet averages in.
		found = found || g.Student == "Student 5" && g.Missing && g.Unfinished == 2 && g.Best == nil && g.Seconds == nil
	}
	if !found {
		t.Errorf("JSON gradebook lacks Student 5, missing with 2 unfinished and no score:\n%s", js.String())
	}
}

// A class where nobody finished anything still lists every student, with
// no article to grade them on.
func TestAClassWithNothingFinishedListsEveryone(t *testing.T) {
	r := Build([]*HandIn{cutShort("Ana", nil), cutShort("Ben", nil)})
	p := r.Packs[0]
	if len(p.Grades) != 2 || p.Grades[0].Student != "Ana" || p.Grades[1].Student != "Ben" || !p.Grades[0].Missing {
		t.Fatalf("grades %+v; want a missing row for Ana and Ben", p.Grades)
	}
	var moodle bytes.Buffer
	if err := WriteMoodle(&moodle, r); err != nil {
		t.Fatal(err)
	}
	if moodle.String() != "Identifier\nAna\nBen\n" {
		t.Errorf("moodle:\n%s", moodle.String())
	}
}

// The latest hand-in's count of unfinished attempts is the one that
// holds: an attempt resumed and finished since is no longer unfinished.
func TestTheLatestHandInCountsUnfinishedAttempts(t *testing.T) {
	early := cutShort("Ana", map[string]int{"floods": 2})
	late := cutShort("Ana", map[string]int{"floods": 1})
	late.Written = early.Written.Add(1)
	for _, hs := range [][]*HandIn{{early, late}, {late, early}} {
		if g := Build(hs).Packs[0].Grades[0]; g.Unfinished != 1 {
			t.Errorf("unfinished %d; want the latest hand-in's 1", g.Unfinished)
		}
	}
}
