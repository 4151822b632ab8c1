package interchange

import (
	"os"
	"reflect"
	"slices"
	"testing"

	"brief/quiz"
)

// The sample files are what the docs and CLI tests import; these tests pin
// what a teacher sees when importing them.

func TestGIFTSample(t *testing.T) {
	const path = "testdata/gift/sample.gift"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	qs, diags := ParseGIFT(path, data)
	wantDiags := []string{
		path + `:16:93: warning: weights on wrong options (-100%) replaced by brief's rule: each wrong pick cancels one right pick (-50% each here)`,
		path + `:30:2: warning: answer "the National Security Adviser" worth 50% dropped: a short answer is right or wrong, so it is no longer accepted`,
		path + `:45:2: warning: numeric answer "3" worth 50% dropped: a numeric question keeps one right answer`,
		path + `:45:2: warning: its feedback "Close, but it was two." is dropped too`,
		path + `:46:2: warning: feedback for any other answer dropped: "The article says \"just two months\"." (feedback is kept only for a given value)`,
		path + `:58:1: warning: skipped: essay questions cannot be graded automatically`,
		path + `:60:1: warning: skipped: description items (text with no answer block) cannot be graded automatically`,
	}
	if got := diagStrings(diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("diagnostics:\n got %q\nwant %q", got, wantDiags)
	}
	want := map[string]quiz.Type{
		"venue": quiz.Choice, "hedged-claims": quiz.Multi, "food-aid": quiz.TrueFalse, "spaceport-visit": quiz.TrueFalse,
		"adviser": quiz.Short, "roles": quiz.Match, "time-zones": quiz.Numeric, "last-meeting": quiz.Numeric,
		"wagner": quiz.Numeric, "train": quiz.Choice, "air-koryo": quiz.Cloze, "isolated": quiz.TrueFalse, "escapes": quiz.Choice,
	}
	got := map[string]quiz.Type{}
	for _, q := range qs {
		got[q.ID] = q.Type
		if !slices.Contains(q.Tags, "Russia-DPRK summit") {
			t.Errorf("question %s has tags %q, want the category among them", q.ID, q.Tags)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("questions:\n got %v\nwant %v", got, want)
	}
}

func TestAikenSample(t *testing.T) {
	const path = "testdata/aiken/sample.aiken.txt"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	qs, diags := ParseAiken(path, data)
	if len(diags) != 0 {
		t.Errorf("diagnostics %q, want none", diagStrings(diags))
	}
	wantAnswers := []string{"Vostochny spaceport", "Western observers", "By train", "China"}
	var gotAnswers []string
	for _, q := range qs {
		gotAnswers = append(gotAnswers, q.Answers...)
	}
	if !reflect.DeepEqual(gotAnswers, wantAnswers) {
		t.Errorf("answers %q, want %q", gotAnswers, wantAnswers)
	}
}
