package class

import (
	"bytes"
	"strings"
	"testing"
)

// A section or level is named only with enough answers in it to say
// something; a student with too few has a dash, and the report says once
// why.
func TestStrongestAndWeakestNeedEnoughAnswers(t *testing.T) {
	pack := classHandIns()[0].Pack
	few := &HandIn{Student: "Few", Pack: pack, Attempts: []Attempt{attempt(1, ModeExam, "2026-12-11", 1, 0, 1, 0)}}             // 2 answers a section
	enough := &HandIn{Student: "Enough", Pack: pack, Attempts: []Attempt{attempt(1, ModeExam, "2026-12-11", 1, 0, 1, 0, 1, 0)}} // 3
	r := Build([]*HandIn{few, enough})
	byName := map[string]Profile{}
	for _, p := range r.Packs[0].Profiles {
		byName[p.Student] = p
	}
	if p := byName["Few"]; p.HasSections || p.Strongest() != "" {
		t.Errorf("2 answers a section: %+v; want nothing named", p)
	}
	if p := byName["Enough"]; p.Strongest() != "Rain 100%" || p.Weakest() != "Relief 0%" {
		t.Errorf("3 answers a section: strongest %q, weakest %q; want Rain 100%%, Relief 0%%", p.Strongest(), p.Weakest())
	}
	var b bytes.Buffer
	if err := WriteTable(&b, r, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "│ Few     │ –         │ –         │") {
		t.Errorf("Few's row has no dashes:\n%s", out)
	}
	if strings.Count(out, "named once a student has at least 3 answers") != 1 {
		t.Errorf("want one note on what is named:\n%s", out)
	}
	b.Reset()
	if err := WriteTable(&b, Build([]*HandIn{enough}), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "named once") {
		t.Errorf("a note with nothing to explain:\n%s", b.String())
	}
}
