package interchange

import (
	"reflect"
	"testing"

	"brief/internal/diag"
	"brief/quiz"
)

// Payloads a hostile bank hides in its text: a window title, a clipboard
// write, a screen clear, a C1 CSI, a carriage return, a backspace, a
// right-to-left override and a zero-width space.
const (
	oscTitle  = "\x1b]0;PWNED\x07"
	oscClip   = "\x1b]52;c;cHduZWQ\x07"
	clear     = "\x1b[2J"
	c1CSI     = "\u009b2J"
	rlo       = "\u202e"
	zeroWidth = "\u200b"
)

// TestImportedQuestionsAreClean: GIFT and Aiken text is cleaned as brief
// cleans everything it reads, so the question file an import writes holds
// no escape sequence, control, bidi or invisible character; a tag left
// empty by the cleaning is dropped.
func TestImportedQuestionsAreClean(t *testing.T) {
	tests := map[string]struct {
		parse func(string, []byte) ([]quiz.Question, []*diag.Diagnostic)
		src   string
		want  []quiz.Question
	}{
		"gift choice": {
			parse: ParseGIFT,
			src:   "::T" + oscTitle + "::Who " + rlo + "met" + "\u202c here" + clear + "? {=Kim" + c1CSI + " ~Pu\rtin\b #No" + oscTitle + oscClip + ". ####Be" + zeroWidth + "cause.}\n",
			want: []quiz.Question{{ID: "t", Type: quiz.Choice, Prompt: "Who met here?", Options: []string{"Kim2J", "Pu tin"},
				Answers: []string{"Kim2J"}, Feedback: map[string]string{"Pu tin": "No."}, Explain: "Because."}},
		},
		"gift missing word: cleaning cannot make a cloze blank": {
			parse: ParseGIFT,
			src:   "It is [" + clear + "[x {=yes} no" + rlo + ".\n",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Short, Prompt: "It is [[x _____ no.", Answers: []string{"yes"}}},
		},
		"gift tags, section and evidence": {
			parse: ParseGIFT,
			src:   "$CATEGORY: $course$/top/" + rlo + "\n\n// [tag:" + oscTitle + "] [tag:a" + rlo + "b] [section:S" + clear + "] [evidence:E" + zeroWidth + "]\nQ? {T}\n\n$CATEGORY: $course$/" + oscTitle + "\n\nR? {F}\n",
			want: []quiz.Question{
				{ID: "q1", Type: quiz.TrueFalse, Prompt: "Q?", Truth: true, Tags: []string{"ab"}, Section: "S", Evidence: "E"},
				{ID: "q2", Type: quiz.TrueFalse, Prompt: "R?"},
			},
		},
		"gift html": {
			parse: ParseGIFT,
			src:   "[html]<b>Who</b> &#x202E;met&#27;[2J? {=A&\\#x9b; ~B}\n",
			// HTML reads &#x9b; as Windows-1252 does: "›", not a C1 CSI.
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Who met?", Options: []string{"A›", "B"}, Answers: []string{"A›"}}},
		},
		"aiken": {
			parse: ParseAiken,
			src:   "Who " + rlo + "met\u202c here" + clear + "?\nA. Kim" + c1CSI + "\nB) Pu\rtin\b\r\n" + oscTitle + "\nANSWER: A\n",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Who met here?", Options: []string{"Kim2J", "Pu tin"}, Answers: []string{"Kim2J"}}},
		},
		"aiken option left empty": {
			parse: ParseAiken,
			src:   "Q?\nA. " + clear + "\nB. b\nANSWER: B\n",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			qs, _ := tc.parse("t", []byte(tc.src))
			var got []quiz.Question
			for _, q := range qs {
				got = append(got, giftKept(q))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tc.want)
			}
		})
	}
}
