package interchange

import (
	"reflect"
	"testing"

	"brief/quiz"
)

func TestParseAiken(t *testing.T) {
	tests := map[string]struct {
		src   string
		want  []quiz.Question
		diags []string
	}{
		"dot and parenthesis options": {
			src:  "Which body approved the budget?\nA. The Senate\nB) The Cabinet\nANSWER: B\n",
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Which body approved the budget?", Options: []string{"The Senate", "The Cabinet"}, Answers: []string{"The Cabinet"}}},
		},
		"no space after the letter, crlf and blank lines": {
			src: "\ufeffFirst?\r\nA.One\r\nB)Two\r\nC.\tThree\r\nANSWER: C\r\n\r\n\r\nSecond?\r\nA. Yes\r\nB. No\r\nANSWER:A\r\n",
			want: []quiz.Question{
				{ID: "q1", Type: quiz.Choice, Prompt: "First?", Options: []string{"One", "Two", "Three"}, Answers: []string{"Three"}},
				{ID: "q2", Type: quiz.Choice, Prompt: "Second?", Options: []string{"Yes", "No"}, Answers: []string{"Yes"}},
			},
		},
		"only the answer's first letter counts": {
			src:  "Q?\nA. x\nB. y\nANSWER: B) y\n",
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Q?", Options: []string{"x", "y"}, Answers: []string{"y"}}},
		},
		"fewer than two options": {
			src:   "Q?\nA. x\nANSWER: A\n\nNext?\nA. a\nB. b\nANSWER: A",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Next?", Options: []string{"a", "b"}, Answers: []string{"a"}}},
			diags: []string{"t.aiken.txt:1:1: error: question needs at least two options (A. …, B. …), found 1"},
		},
		"answer letter with no option": {
			src:   "Q?\nA. x\nB. y\nANSWER: D",
			diags: []string{"t.aiken.txt:4:1: error: ANSWER: D names no option of this question (options A, B)"},
		},
		"answer with no letter": {
			src:   "Q?\nA. x\nB. y\nANSWER:",
			diags: []string{"t.aiken.txt:4:1: error: ANSWER: has no letter (options A, B)"},
		},
		"question abandoned by a new question line": {
			src:   "Q1?\nA. x\nB. y\n  Q2?\nA. a\nB. b\nANSWER: B",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Q2?", Options: []string{"a", "b"}, Answers: []string{"b"}}},
			diags: []string{"t.aiken.txt:1:1: error: question abandoned: a new question starts at line 4 before its ANSWER: line"},
		},
		"question open at the end of the file": {
			src:   "Q?\nA. x\nB. y\n",
			diags: []string{"t.aiken.txt:1:1: error: question has no ANSWER: line before the end of the file"},
		},
		"option with no question": {
			src:   "A. x\n",
			diags: []string{"t.aiken.txt:1:1: error: option A. with no question line before it"},
		},
		"answer with no question": {
			src:   "ANSWER: A\n",
			diags: []string{"t.aiken.txt:1:1: error: ANSWER: with no question before it"},
		},
		"repeated option letter": {
			src:   "Q?\nA. x\nA. y\nB. z\nANSWER: A",
			diags: []string{"t.aiken.txt:3:1: error: option A. appears twice"},
		},
		"repeated option text": {
			src:   "Q?\nA. x\nB. x\nANSWER: A",
			diags: []string{`t.aiken.txt:3:1: error: option B. repeats the text of an earlier option: "x"`},
		},
		"empty option": {
			src:   "Q?\nA. x\n B.\nANSWER: A",
			diags: []string{"t.aiken.txt:3:2: error: option B. is empty"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			qs, ds := ParseAiken("t.aiken.txt", []byte(tc.src))
			var got []quiz.Question
			for _, q := range qs {
				got = append(got, giftKept(q))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("questions:\n got %+v\nwant %+v", got, tc.want)
			}
			if gotDiags := diagStrings(ds); !reflect.DeepEqual(gotDiags, tc.diags) {
				t.Errorf("diagnostics:\n got %q\nwant %q", gotDiags, tc.diags)
			}
		})
	}
}

func TestParseAikenLocatesQuestions(t *testing.T) {
	qs, _ := ParseAiken("a.txt", []byte("\n\n  First?\nA. x\nB. y\nANSWER: A\n"))
	if len(qs) != 1 {
		t.Fatalf("got %d questions, want 1", len(qs))
	}
	if q := qs[0]; q.Path != "a.txt" || q.Line != 3 || q.Col != 3 || q.Points != 1 {
		t.Errorf("got %s:%d:%d points %v, want a.txt:3:3 points 1", q.Path, q.Line, q.Col, q.Points)
	}
}
