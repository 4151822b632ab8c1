package quiz

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseResponse(t *testing.T) {
	qCloze1 := &Question{Type: Cloze, Text: "Held at [[Vostochny]]."}
	shuffled := &View{OptionOrder: []int{2, 0, 3, 1}, ItemOrder: []int{4, 3, 2, 1, 0}, RightOrder: []int{3, 2, 1, 0}}
	tests := map[string]struct {
		q    *Question
		line string
		view *View
		want Response
		err  string // part of the error message, "" when the line reads
	}{
		"empty line skips":        {qChoice, "   ", nil, Response{Skipped: true}, ""},
		"choice letter":           {qChoice, "b", nil, Response{Choices: []int{1}}, ""},
		"choice upper letter":     {qChoice, "B", nil, Response{Choices: []int{1}}, ""},
		"choice number":           {qChoice, "2", nil, Response{Choices: []int{1}}, ""},
		"choice as displayed":     {qChoice, "a", shuffled, Response{Choices: []int{2}}, ""},
		"choice with parenthesis": {qChoice, "c)", nil, Response{Choices: []int{2}}, ""},
		"choice two letters":      {qChoice, "a b", nil, Response{}, "answer with one letter A–D or a number 1–4"},
		"choice out of range":     {qChoice, "e", nil, Response{}, "answer with one letter A–D"},
		"choice word":             {qChoice, "Moscow", nil, Response{}, "answer with one letter A–D"},
		"multi spaced":            {qMulti, "a c", nil, Response{Choices: []int{0, 2}}, ""},
		"multi commas":            {qMulti, "a,c", nil, Response{Choices: []int{0, 2}}, ""},
		"multi run together":      {qMulti, "AC", nil, Response{Choices: []int{0, 2}}, ""},
		"multi numbers":           {qMulti, "1, 3", nil, Response{Choices: []int{0, 2}}, ""},
		"multi repeats dropped":   {qMulti, "a a", nil, Response{Choices: []int{0}}, ""},
		"multi as displayed":      {qMulti, "a b", shuffled, Response{Choices: []int{2, 0}}, ""},
		"multi bad":               {qMulti, "a z", nil, Response{}, `one or more letters A–D (or numbers 1–4), like "a c"`},
		"true":                    {qTrue, "T", nil, Response{Truth: ptr(true)}, ""},
		"yes":                     {qTrue, "yes", nil, Response{Truth: ptr(true)}, ""},
		"false":                   {qTrue, "False", nil, Response{Truth: ptr(false)}, ""},
		"letter a is true":        {qTrue, "a", nil, Response{Truth: ptr(true)}, ""},
		"letter B is false":       {qTrue, "B)", nil, Response{Truth: ptr(false)}, ""},
		"number 1 is true":        {qTrue, "1", nil, Response{Truth: ptr(true)}, ""},
		"number 2 is false":       {qTrue, "2", nil, Response{Truth: ptr(false)}, ""},
		"truefalse no letter c":   {qTrue, "c", nil, Response{}, "answer true or false (t or f, or the letter A or B)"},
		"truefalse no number 3":   {qTrue, "3", nil, Response{}, "answer true or false"},
		"truefalse bad":           {qTrue, "maybe", nil, Response{}, "answer true or false (t or f"},
		"short text":              {qShort, " Pyongyang. ", nil, Response{Text: []string{"Pyongyang."}}, ""},
		"numeric":                 {qNumber, "61,5", nil, Response{Text: []string{"61,5"}}, ""},
		"numeric bad":             {qNumber, "about ten", nil, Response{}, `"about ten" is not a number: answer with digits, like 42 or 61.5`},
		"cloze bars":              {qCloze, "Vostochny | China", nil, Response{Text: []string{"Vostochny", "China"}}, ""},
		"cloze semicolons":        {qCloze, "Vostochny;China", nil, Response{Text: []string{"Vostochny", "China"}}, ""},
		"cloze one empty blank":   {qCloze, "Vostochny |", nil, Response{Text: []string{"Vostochny", ""}}, ""},
		"cloze wrong count":       {qCloze, "Vostochny", nil, Response{}, `give 2 answers, one per blank, separated by " | " or ";" (you gave 1)`},
		"cloze single blank":      {qCloze1, "Vostochny; the spaceport", nil, Response{Text: []string{"Vostochny; the spaceport"}}, ""},
		"order letters":           {qOrder, "c a b d e", nil, Response{Order: []int{2, 0, 1, 3, 4}}, ""},
		"order run together":      {qOrder, "cabde", nil, Response{Order: []int{2, 0, 1, 3, 4}}, ""},
		"order as displayed":      {qOrder, "a b c d e", shuffled, Response{Order: []int{4, 3, 2, 1, 0}}, ""},
		"order missing item":      {qOrder, "c a b d", nil, Response{}, `give each letter A–E once, in your order, like "b a c d e"`},
		"order repeated item":     {qOrder, "a a b c d", nil, Response{}, "give each letter A–E once"},
		"match":                   {qMatch, "1b 2a 3c 4d", nil, Response{Matches: []int{1, 0, 2, 3}}, ""},
		"match compact":           {qMatch, "1b2a3c4d", nil, Response{Matches: []int{1, 0, 2, 3}}, ""},
		"match separators":        {qMatch, "1-B, 2:a; 3)c 4.D", nil, Response{Matches: []int{1, 0, 2, 3}}, ""},
		"match as displayed":      {qMatch, "1a 2d 3b 4c", shuffled, Response{Matches: []int{3, 0, 2, 1}}, ""},
		"match left open":         {qMatch, "1b 2a", nil, Response{}, "pair every number with a letter: 3, 4 have none yet"},
		"match left twice":        {qMatch, "1a 1b", nil, Response{}, "1 is paired twice: give each number one letter"},
		"match out of range":      {qMatch, "5a", nil, Response{}, "pair each number 1–4"},
		"match garbage":           {qMatch, "1a putin", nil, Response{}, "pair each number 1–4"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := ParseResponse(tc.q, tc.line, tc.view)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// A response read from a line and graded gives the points the student
// expects for what was typed, whatever the shuffle on screen.
func TestParseResponseThenGrade(t *testing.T) {
	view := &View{OptionOrder: []int{3, 2, 1, 0}}
	r, err := ParseResponse(qChoice, "c", view) // displayed third: Vostochny spaceport
	if err != nil {
		t.Fatal(err)
	}
	if got := Grade(qChoice, r); got.Verdict != Right {
		t.Errorf("got %s, want right", got.Verdict)
	}
}
