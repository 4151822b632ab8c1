package interchange

import (
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"brief/quiz"
)

// everyType is a question of every type, with the fields GIFT keeps set,
// each located so export warnings can be checked.
func everyType() []quiz.Question {
	at := func(line int, q quiz.Question) quiz.Question {
		q.Path, q.Line, q.Col = "q.quiz.yaml", line, 5
		return q
	}
	return []quiz.Question{
		at(2, quiz.Question{ID: "venue", Type: quiz.Choice, Prompt: "Where did they meet?",
			Options: []string{"Moscow", "Vostochny spaceport", "Pyongyang"}, Answers: []string{"Vostochny spaceport"},
			Explain: "The summit \"was held in the far eastern spaceport Vostochny\".", Tags: []string{"geography", "lead"},
			Level: quiz.Inference, Section: "lead", Evidence: "This time the summit [meeting] was held in the far eastern spaceport Vostochny.",
			Feedback: map[string]string{"Moscow": "Putin travelled almost ten time zones from Moscow."}}),
		at(10, quiz.Question{ID: "who-spoke", Type: quiz.Multi, Prompt: "Who spoke to reporters?",
			Options: []string{"Putin", "Kim", "Biden", "Xi"}, Answers: []string{"Putin", "Kim", "Xi"},
			Feedback: map[string]string{"Biden": "He was not there."}}),
		at(20, quiz.Question{ID: "arms", Type: quiz.TrueFalse, Prompt: "The article proves an arms deal was signed.", Level: quiz.Critical, Section: "Hermit kingdom",
			Truth: false, Explain: "It reports claims only.", Feedback: map[string]string{"true": "No document is cited.", "false": "Right: only claims."}}),
		at(25, quiz.Question{ID: "tf-true", Type: quiz.TrueFalse, Prompt: "Kim travelled by train.", Truth: true,
			Feedback: map[string]string{"true": "Yes, his armoured train."}}),
		at(30, quiz.Question{ID: "city", Type: quiz.Short, Prompt: "Which city hosted the 2019 summit?",
			Answers: []string{"Vladivostok", "Vladivostock"}, Feedback: map[string]string{"Moscow": "That was not it.", "Vladivostok": "Yes."}}),
		at(40, quiz.Question{ID: "zones", Type: quiz.Numeric, Prompt: "How many time zones did Putin cross?", Number: 10, Tolerance: 1}),
		at(45, quiz.Question{ID: "year", Type: quiz.Numeric, Prompt: "In which year did the war begin?", Number: 1950,
			Feedback: map[string]string{"1950": "Right.", "1953": "That is when it paused."}}),
		at(47, quiz.Question{ID: "roots", Type: quiz.Numeric, Prompt: "Enter either root.", Number: -7, More: []float64{4}, Tolerance: 0.5}),
		at(50, quiz.Question{ID: "span", Type: quiz.Numeric, Prompt: "Roughly when?", Range: &[2]float64{-5.5, 2000}}),
		at(55, quiz.Question{ID: "order-events", Type: quiz.Order, Prompt: "Put in order.", Items: []string{"a", "b"}}),
		at(60, quiz.Question{ID: "leaders", Type: quiz.Match, Prompt: "Match leader and country.",
			Pairs: []quiz.Pair{{Left: "Putin", Right: "Russia"}, {Left: "Kim Jong Un", Right: "North Korea -> DPRK"}}}),
		at(70, quiz.Question{ID: "gap", Type: quiz.Cloze, Text: "The summit was held at [[Vostochny|the Vostochny cosmodrome]] in the far east.",
			Feedback: map[string]string{"Baikonur": "That one is in Kazakhstan."}}),
		at(75, quiz.Question{ID: "two-gaps", Type: quiz.Cloze, Text: "[[Putin]] met [[Kim]]."}),
		at(80, quiz.Question{ID: "day", Type: quiz.Choice, Prompt: "The vote was held on a _____ in late May.",
			Options: []string{"Sunday", "Monday"}, Answers: []string{"Sunday"}}),
	}
}

func TestGIFTRoundTripEveryType(t *testing.T) {
	qs := everyType()
	data, diags := EncodeGIFT(qs)
	wantDiags := []string{
		`q.quiz.yaml:55:5: warning: order question "order-events" has no GIFT form; skipped`,
		`q.quiz.yaml:75:5: warning: cloze question "two-gaps" has 2 blanks, and GIFT's missing-word form holds one; skipped`,
	}
	if got := diagStrings(diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("export diagnostics:\n got %q\nwant %q", got, wantDiags)
	}
	back, parseDiags := ParseGIFT("out.gift", data)
	if len(parseDiags) != 0 {
		t.Fatalf("reading the export back: %q\n%s", diagStrings(parseDiags), data)
	}
	var want []quiz.Question
	for _, q := range qs {
		if q.Type != quiz.Order && q.ID != "two-gaps" {
			want = append(want, giftKept(q))
		}
	}
	if len(back) != len(want) {
		t.Fatalf("got %d questions back, want %d\n%s", len(back), len(want), data)
	}
	for i := range want {
		if got := giftKept(back[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("question %s changed:\n got %+v\nwant %+v\nGIFT:\n%s", want[i].ID, got, want[i], data)
		}
	}
}

func TestGIFTRoundTripAwkwardText(t *testing.T) {
	texts := map[string]string{
		"special characters": `a {b} ~c =d #e :f \g \n h -> i`,
		"newlines":           "line one\nline two",
		"leading percent":    "%50% of voters",
		"format marker":      "[html]<b>not html</b>",
		"comment-like":       "// not a comment",
		"category-like":      "$CATEGORY: x",
		"hashes":             "####",
		"title-like":         "::x:: y",
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			qs := []quiz.Question{
				{ID: "c", Type: quiz.Choice, Prompt: text, Options: []string{text, "other"}, Answers: []string{text},
					Explain: text, Feedback: map[string]string{text: text, "other": text}, Tags: []string{text}},
				{ID: "s", Type: quiz.Short, Prompt: "Say it", Answers: []string{strings.ReplaceAll(text, "->", "to")}},
				{ID: "m", Type: quiz.Match, Prompt: text, Pairs: []quiz.Pair{{Left: "l1", Right: text}, {Left: "l2", Right: "r"}}},
			}
			if strings.Contains(text, "\n") {
				qs[0].Tags = nil // tags are one line in GIFT comments
			}
			data, diags := EncodeGIFT(qs)
			if len(diags) != 0 {
				t.Fatalf("export: %q", diagStrings(diags))
			}
			back, parseDiags := ParseGIFT("out.gift", data)
			if len(parseDiags) != 0 {
				t.Fatalf("reading back: %q\n%s", diagStrings(parseDiags), data)
			}
			if len(back) != len(qs) {
				t.Fatalf("got %d questions back, want %d\n%s", len(back), len(qs), data)
			}
			for i := range qs {
				if got, want := giftKept(back[i]), giftKept(qs[i]); !reflect.DeepEqual(got, want) {
					t.Errorf("changed:\n got %+v\nwant %+v\nGIFT:\n%s", got, want, data)
				}
			}
		})
	}
}

func TestEncodeGIFTWarnsWhatItDrops(t *testing.T) {
	at := func(q quiz.Question) quiz.Question { q.Path, q.Line, q.Col = "q.yaml", 3, 5; return q }
	tests := map[string]struct {
		q    quiz.Question
		want []string
	}{
		"typos": {at(quiz.Question{ID: "s", Type: quiz.Short, Prompt: "P", Answers: []string{"a"}, Typos: 1}),
			[]string{`q.yaml:3:5: warning: typos: 1 of question "s" dropped: GIFT has no edit distance`}},
		"points": {at(quiz.Question{ID: "t", Type: quiz.TrueFalse, Prompt: "P", Points: 2}),
			[]string{`q.yaml:3:5: warning: points: 2 of question "t" dropped: GIFT has no points`}},
		"feedback on no answer": {at(quiz.Question{ID: "m", Type: quiz.Match, Prompt: "P", Pairs: []quiz.Pair{{Left: "a", Right: "b"}, {Left: "c", Right: "d"}}, Feedback: map[string]string{"a": "x"}}),
			[]string{`q.yaml:3:5: warning: feedback for "a" in question "m" dropped: GIFT keeps feedback only on an answer it writes`}},
		"cloze ending in its blank": {at(quiz.Question{ID: "c", Type: quiz.Cloze, Text: "The capital is [[Paris]]"}),
			[]string{`q.yaml:3:5: warning: cloze question "c" ends with its blank, which GIFT reads as a short answer; skipped (add the sentence's last word or full stop after the blank)`}},
		"cloze prompt": {at(quiz.Question{ID: "c", Type: quiz.Cloze, Prompt: "Fill in.", Text: "It is [[Paris]]."}),
			[]string{`q.yaml:3:5: warning: prompt of cloze question "c" dropped: GIFT's missing-word form has only the sentence`}},
		"match item with an arrow": {at(quiz.Question{ID: "m", Type: quiz.Match, Prompt: "P", Pairs: []quiz.Pair{{Left: "a->b", Right: "b"}, {Left: "c", Right: "d"}}}),
			[]string{`q.yaml:3:5: warning: match question "m" has an item with "->", which GIFT cannot write; skipped`}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, diags := EncodeGIFT([]quiz.Question{tc.q})
			if got := diagStrings(diags); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestEncodeGIFTForm(t *testing.T) {
	qs := []quiz.Question{
		{ID: "q1", Type: quiz.Choice, Prompt: "Who?", Options: []string{"A", "B"}, Answers: []string{"A"}, Tags: []string{"x]y"}, Feedback: map[string]string{"B": "No."}, Explain: "Because."},
		{ID: "q2", Type: quiz.Multi, Prompt: "Which?", Options: []string{"A", "B", "C"}, Answers: []string{"A", "C"}},
		{ID: "q3", Type: quiz.Numeric, Prompt: "How many?", Number: 61.5, Tolerance: 0.5},
	}
	data, _ := EncodeGIFT(qs)
	want := "// [id:q1] [tag:x\\]y]\n::q1:: Who? {=A ~B #No. ####Because.}\n\n" +
		"// [id:q2]\n::q2:: Which? {~%50%A ~%-50%B ~%50%C}\n\n" +
		"// [id:q3]\n::q3:: How many? {#61.5:0.5}\n\n"
	if string(data) != want {
		t.Errorf("got\n%s\nwant\n%s", data, want)
	}
}

// Moodle marks a multiple-answer question by adding the weights of the
// options ticked (not below 0); the weights brief writes must give, for
// every way of ticking, the mark brief gives.
func TestEncodeGIFTMultiWeightsMarkAsBriefDoes(t *testing.T) {
	q := quiz.Question{ID: "m", Type: quiz.Multi, Prompt: "Which?",
		Options: []string{"A", "B", "C", "D", "E"}, Answers: []string{"A", "C", "D"}}
	data, _ := EncodeGIFT([]quiz.Question{q})
	weights := map[string]float64{}
	for _, m := range regexp.MustCompile(`~%(-?[0-9.]+)%([A-E])`).FindAllStringSubmatch(string(data), -1) {
		w, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			t.Fatal(err)
		}
		weights[m[2]] = w
	}
	if len(weights) != len(q.Options) {
		t.Fatalf("weights %v from %s", weights, data)
	}
	for ticks := 1; ticks < 1<<len(q.Options); ticks++ {
		var picks []int
		moodle := 0.0
		for i, o := range q.Options {
			if ticks&(1<<i) != 0 {
				picks = append(picks, i)
				moodle += weights[o]
			}
		}
		moodle = max(0, moodle) / 100
		res := quiz.Grade(&q, quiz.Response{Choices: picks})
		brief := res.Points / res.Max
		if math.Abs(moodle-brief) > 1e-4 {
			t.Errorf("ticking %v: Moodle gives %.4f, brief %.4f", picks, moodle, brief)
		}
	}
}

// TestEncodeGIFTFoldsLineSeparators: U+2028 and U+2029 (YAML's \L and \P)
// are written as GIFT's \n, never raw.
func TestEncodeGIFTFoldsLineSeparators(t *testing.T) {
	qs := []quiz.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "One\u2028two\u2029three?", Truth: true, Explain: "A\u2028B", Tags: []string{"x\u2029y"}}}
	data, _ := EncodeGIFT(qs)
	if strings.ContainsAny(string(data), "\u2028\u2029") {
		t.Fatalf("raw separators in\n%q", data)
	}
	want := "// [id:q1] [tag:x y]\n::q1:: One\\ntwo\\nthree? {TRUE ####A\\nB}\n\n"
	if string(data) != want {
		t.Errorf("got\n%q\nwant\n%q", data, want)
	}
}

// TestEncodeGIFTSkipsAnArrowInAShortAnswer: GIFT cannot escape "->", and
// a block of = answers holding it reads back as matching.
func TestEncodeGIFTSkipsAnArrowInAShortAnswer(t *testing.T) {
	qs := []quiz.Question{{ID: "s", Type: quiz.Short, Prompt: "Which?", Answers: []string{"0000"}, Feedback: map[string]string{"1": "->"}, Path: "q.quiz.yaml", Line: 3, Col: 5}}
	out, diags := EncodeGIFT(qs)
	if len(out) != 0 || len(diags) != 1 || !strings.HasSuffix(diags[0].Msg, "skipped") {
		t.Errorf("wrote %q, diagnostics %q", out, diagStrings(diags))
	}
}
