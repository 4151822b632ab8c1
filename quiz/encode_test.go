package quiz

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestEncodeFileRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/parse/all-types.quiz.yaml")
	if err != nil {
		t.Fatal(err)
	}
	orig, diags := ParseFile("in.quiz.yaml", data)
	if len(diags) > 0 {
		t.Fatalf("fixture has diagnostics: %v", diags)
	}
	tricky := []Question{
		{ID: "yaml-lookalikes", Type: Choice, Level: Recall, Prompt: "Which: is #right?", Options: []string{"true", "10", "null", "- dash", "a, b"},
			Answers: []string{"10"}, Points: 1.5, Feedback: map[string]string{"true": "No.", "null": "Neither."}},
		{ID: "long-multi", Type: Multi, Level: Critical, Prompt: "Multi-line\nprompt: with \"quotes\"",
			Options: []string{"A rather long option that will not fit", "Another long option on its own line", "Short"},
			Answers: []string{"Short", "Another long option on its own line"}, Points: 1, Tags: []string{"x", "y z"}},
		{ID: "false-one", Type: TrueFalse, Level: Inference, Prompt: "Yes?", Truth: false, Points: 1,
			Feedback: map[string]string{"true": "It is not."}},
		{ID: "small-number", Type: Numeric, Level: Recall, Prompt: "P", Number: -0.25, Tolerance: 0.005, Points: 1},
		{ID: "match-numbers", Type: Match, Level: Recall, Prompt: "P", Pairs: []Pair{{"2019", "Vladivostok"}, {"2023", "yes"}}, Points: 1},
		{ID: "cloze-prompt", Type: Cloze, Level: Recall, Prompt: "Fill in.", Text: "A [[b]]\nC [[d|e]].", Typos: 2, Points: 1},
	}
	for name, qs := range map[string][]Question{"every type": orig, "tricky values": tricky} {
		t.Run(name, func(t *testing.T) {
			out, err := EncodeFile(qs)
			if err != nil {
				t.Fatalf("encode: %v\n%s", err, out)
			}
			back, diags := ParseFile("out.quiz.yaml", out)
			if len(diags) > 0 {
				t.Fatalf("re-parse: %v\n%s", diags, out)
			}
			if len(back) != len(qs) {
				t.Fatalf("got %d questions back, want %d\n%s", len(back), len(qs), out)
			}
			for i := range qs {
				want := qs[i]
				want.Path, want.Line, want.Col = "", 0, 0
				got := back[i]
				got.Path, got.Line, got.Col = "", 0, 0
				if !reflect.DeepEqual(got, want) {
					t.Errorf("question %d:\n got %#v\nwant %#v\n%s", i, got, want, out)
				}
			}
		})
	}
}

func TestEncodeFileIsReadable(t *testing.T) {
	qs := []Question{
		{ID: "venue", Type: Choice, Level: Recall, Section: "lead", Prompt: "Where?", Options: []string{"Moscow", "Vostochny"},
			Answers: []string{"Vostochny"}, Explain: "Because.", Points: 1},
		{ID: "order", Type: Order, Level: Recall, Prompt: "Order?", Items: []string{"a", "b"}, Points: 2},
	}
	out, err := EncodeFile(qs)
	if err != nil {
		t.Fatal(err)
	}
	want := `questions:
  - id: venue
    type: choice
    level: recall
    section: lead
    prompt: Where?
    options: [Moscow, Vostochny]
    answer: Vostochny
    explain: Because.

  - id: order
    type: order
    level: recall
    prompt: Order?
    items:
      - a
      - b
    points: 2
`
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestEncodeFileReportsWhatWillNotLoad(t *testing.T) {
	qs := []Question{{ID: "one", Type: Choice, Prompt: "P", Options: []string{"a"}, Answers: []string{"a"}, Points: 1}}
	out, err := EncodeFile(qs)
	if err == nil || !strings.Contains(err.Error(), "a choice question needs 2 to 26 options, this one has 1") {
		t.Errorf("got error %v", err)
	}
	if !strings.Contains(string(out), "options: [a]") {
		t.Errorf("the YAML is not returned:\n%s", out)
	}
}

// TestEncodeFileLocatesErrorsAtTheirSource: what would not load is
// reported at the question's own file and line (a GIFT bank's), not in a
// questions.quiz.yaml that exists nowhere; a question read from no file is
// located in the written one.
func TestEncodeFileLocatesErrorsAtTheirSource(t *testing.T) {
	many := strings.Split("abcdefghijklmnopqrstuvwxyz!", "")
	qs := []Question{
		{ID: "fine", Type: TrueFalse, Prompt: "P", Points: 1, Path: "bank.gift", Line: 1, Col: 1},
		{ID: "nine", Type: Choice, Prompt: "P", Options: many, Answers: []string{"a"}, Points: 1, Path: "bank.gift", Line: 3, Col: 2},
		{ID: "fine-2", Type: TrueFalse, Prompt: "P\nQ", Points: 1, Explain: "E\nF", Path: "bank.gift", Line: 5, Col: 1},
		{ID: strings.Repeat("x", MaxIDLen+1), Type: TrueFalse, Prompt: "P", Points: 1, Path: "bank.gift", Line: 8, Col: 1},
		{ID: "tags", Type: TrueFalse, Prompt: "P", Points: 1, Tags: []string{"t", ""}},
	}
	_, err := EncodeFile(qs)
	got := strings.Split(fmt.Sprint(err), "\n")
	want := []string{
		"bank.gift:3:2: a choice question needs 2 to 26 options, this one has 27",
		`bank.gift:8:1: id "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" is longer than 64 characters`,
		"questions.quiz.yaml:59:15: tags is empty",
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
