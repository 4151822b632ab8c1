package interchange

import (
	"fmt"
	"reflect"
	"testing"

	"brief/quiz"
)

func TestAikenRoundTrip(t *testing.T) {
	qs := everyType()
	data, diags := EncodeAiken(qs)
	var want []quiz.Question
	var wantDiags []string
	for _, q := range qs {
		loc := fmt.Sprintf("%s:%d:%d: warning: ", q.Path, q.Line, q.Col)
		if q.Type != quiz.Choice {
			wantDiags = append(wantDiags, loc+fmt.Sprintf("%s question %q has no Aiken form (Aiken holds only single-answer multiple choice); skipped", q.Type, q.ID))
			continue
		}
		if lost, ok := map[string]string{"venue": "explanation, feedback, level, section, evidence, tags"}[q.ID]; ok {
			wantDiags = append(wantDiags, loc+fmt.Sprintf("%s of question %q dropped: Aiken holds only the question, its options and the answer", lost, q.ID))
		}
		want = append(want, quiz.Question{ID: fmt.Sprintf("q%d", len(want)+1), Type: quiz.Choice, Prompt: q.Prompt, Options: q.Options, Answers: q.Answers})
	}
	if got := diagStrings(diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("export diagnostics:\n got %q\nwant %q", got, wantDiags)
	}
	back, parseDiags := ParseAiken("out.aiken.txt", data)
	if len(parseDiags) != 0 {
		t.Fatalf("reading the export back: %q\n%s", diagStrings(parseDiags), data)
	}
	var got []quiz.Question
	for _, q := range back {
		got = append(got, giftKept(q))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v\nAiken:\n%s", got, want, data)
	}
}

func TestEncodeAiken(t *testing.T) {
	many := make([]string, 27)
	for i := range many {
		many[i] = fmt.Sprintf("option %d", i+1)
	}
	tests := map[string]struct {
		q        quiz.Question
		want     string
		wantDiag string
	}{
		"newlines removed, options lettered": {
			q:    quiz.Question{ID: "a", Type: quiz.Choice, Prompt: "Which body\napproved it?", Options: []string{"The\nSenate", "The Cabinet"}, Answers: []string{"The Cabinet"}},
			want: "Which body approved it?\nA) The Senate\nB) The Cabinet\nANSWER: B\n\n",
		},
		"too many options": {
			q:        quiz.Question{ID: "b", Type: quiz.Choice, Prompt: "P", Options: many, Answers: many[:1], Path: "q.yaml", Line: 4, Col: 5},
			wantDiag: `q.yaml:4:5: warning: choice question "b" cannot be written in Aiken (it needs a question line that does not look like an option or ANSWER:, 2 to 26 options, and its answer among them); skipped`,
		},
		"prompt that reads as an option": {
			q:        quiz.Question{ID: "c", Type: quiz.Choice, Prompt: "A. Lincoln said what?", Options: []string{"x", "y"}, Answers: []string{"x"}, Path: "q.yaml", Line: 1, Col: 5},
			wantDiag: `q.yaml:1:5: warning: choice question "c" cannot be written in Aiken (it needs a question line that does not look like an option or ANSWER:, 2 to 26 options, and its answer among them); skipped`,
		},
		"multi is skipped": {
			q:        quiz.Question{ID: "d", Type: quiz.Multi, Prompt: "P", Options: []string{"x", "y"}, Answers: []string{"x", "y"}, Path: "q.yaml", Line: 2, Col: 5},
			wantDiag: `q.yaml:2:5: warning: multi question "d" has no Aiken form (Aiken holds only single-answer multiple choice); skipped`,
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			data, diags := EncodeAiken([]quiz.Question{tc.q})
			if string(data) != tc.want {
				t.Errorf("got %q, want %q", data, tc.want)
			}
			var wantDiags []string
			if tc.wantDiag != "" {
				wantDiags = []string{tc.wantDiag}
			}
			if got := diagStrings(diags); !reflect.DeepEqual(got, wantDiags) {
				t.Errorf("diagnostics %q, want %q", got, wantDiags)
			}
		})
	}
}
