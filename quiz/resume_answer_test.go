package quiz

import (
	"brief/internal/diag"
	"os"
	"slices"
	"testing"
)

func allTypes(t *testing.T) []Question {
	t.Helper()
	data, err := os.ReadFile("testdata/parse/all-types.quiz.yaml")
	if err != nil {
		t.Fatal(err)
	}
	qs, diags := ParseFile("all-types.quiz.yaml", data)
	for _, d := range diags {
		if d.Severity == diag.Error {
			t.Fatal(d)
		}
	}
	return qs
}

func mixedAnswers() map[string]Response {
	yes := true
	return map[string]Response{
		"venue":            {Choices: []int{0}},
		"isolated":         {Choices: []int{0, 2}},
		"first-since-2019": {Truth: &yes},
		"train":            {Text: []string{"by trian"}},
		"time-zones":       {Text: []string{"12"}},
		"gap-years":        {Skipped: true},
		"sequence":         {Order: []int{1, 0, 2}},
		"who-is-who":       {Matches: []int{0, -1}},
		"fill-in":          {Text: []string{"the Vostochny spaceport", ""}},
	}
}

func TestResumeSessionReadsBackEveryType(t *testing.T) {
	qs := allTypes(t)
	answers := mixedAnswers()
	for i := range qs {
		q := &qs[i]
		t.Run(q.ID, func(t *testing.T) {
			r := answers[q.ID]
			res := Grade(q, r)
			rec := AnswerRecord{Given: FormatAnswer(q, r), Points: res.Points, Max: res.Max, Skipped: res.Verdict == Skipped}
			gotR, gotRes := restoreAnswer(q, rec)
			if FormatAnswer(q, gotR) != rec.Given || *gotRes != res {
				t.Errorf("read back %q as %+v (%+v), want %+v", rec.Given, gotR, *gotRes, res)
			}
		})
	}
}

func TestResumeSessionKeepsThePointsOfAnAnswerItCannotRead(t *testing.T) {
	qs := allTypes(t)
	q := &qs[slices.IndexFunc(qs, func(q Question) bool { return q.ID == "sequence" })]
	rec := AnswerRecord{Given: "something else entirely", Points: 0.5, Max: 1}
	r, res := restoreAnswer(q, rec)
	if res.Points != 0.5 || res.Verdict != Partial || !isEmpty(q, r) {
		t.Errorf("got %+v and %+v, want the saved half point, partly right, no answer", r, res)
	}
}
