package interchange

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"brief/internal/diag"
	"brief/quiz"
)

// giftKept returns the fields of q that GIFT can carry, with empty slices
// and maps made nil, so questions from different sources compare equal.
func giftKept(q quiz.Question) quiz.Question {
	k := quiz.Question{
		ID: q.ID, Type: q.Type, Prompt: q.Prompt, Truth: q.Truth,
		Number: q.Number, Tolerance: q.Tolerance, Range: q.Range,
		Text: q.Text, Explain: q.Explain,
		Section: q.Section, Evidence: q.Evidence,
	}
	if q.Level != quiz.Recall { // what a question without a level is
		k.Level = q.Level
	}
	if len(q.Options) > 0 {
		k.Options = q.Options
	}
	if len(q.Answers) > 0 {
		k.Answers = q.Answers
	}
	if len(q.Pairs) > 0 {
		k.Pairs = q.Pairs
	}
	if len(q.Tags) > 0 {
		k.Tags = q.Tags
	}
	if len(q.Feedback) > 0 {
		k.Feedback = q.Feedback
	}
	k.More = q.More
	return k
}

// diagStrings formats diagnostics as lint prints them.
func diagStrings(ds []*diag.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func TestParseGIFTConstructs(t *testing.T) {
	tests := map[string]struct {
		src   string
		want  []quiz.Question
		diags []string // exact, as lint prints them
	}{
		"multiple choice with feedback and general feedback": {
			src: "::Q1:: Who called the vote? {=The prime minister #See paragraph 2. ~The king ~Parliament #No. ####Paragraph 2 says so.}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Who called the vote?",
				Options: []string{"The prime minister", "The king", "Parliament"}, Answers: []string{"The prime minister"},
				Explain: "Paragraph 2 says so.", Feedback: map[string]string{"The prime minister": "See paragraph 2.", "Parliament": "No."}}},
		},
		"choice options over several lines": {
			src:  "Who called\nthe vote? {\n  =The prime minister\n  ~The king\n}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Who called the vote?", Options: []string{"The prime minister", "The king"}, Answers: []string{"The prime minister"}}},
		},
		"weight on a single-answer option is dropped with a warning": {
			src:   "Pick one {=Right ~%50%Half ~Wrong}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Pick one", Options: []string{"Right", "Half", "Wrong"}, Answers: []string{"Right"}}},
			diags: []string{`t.gift:1:18: warning: weight 50% on option "Half" dropped: a choice option is right or wrong, so it now counts as wrong`},
		},
		"a second right answer in single choice counts as wrong with a warning": {
			src:   "Pick one {=Right =Also ~Wrong}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Pick one", Options: []string{"Right", "Also", "Wrong"}, Answers: []string{"Right"}}},
			diags: []string{`t.gift:1:18: warning: option "Also" is also marked right, but a choice question has one right answer ("Right"): it now counts as wrong`},
		},
		"weighted answers with no = make a multi question": {
			src:  "Which two? {~%50%Grant ~%50%Grant's wife ~%-50%No one}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Multi, Prompt: "Which two?", Options: []string{"Grant", "Grant's wife", "No one"}, Answers: []string{"Grant", "Grant's wife"}}},
		},
		"unequal multi weights are dropped with a warning": {
			src:  "Which? {~%75%A ~%25%B ~C}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Multi, Prompt: "Which?", Options: []string{"A", "B", "C"}, Answers: []string{"A", "B"}}},
			diags: []string{`t.gift:1:8: warning: unequal weights (75%, 25%) dropped: in a multi question every right option counts the same`,
				`t.gift:1:8: warning: weights on wrong options (0%) replaced by brief's rule: each wrong pick cancels one right pick (-50% each here)`},
		},
		"Moodle's own multi weights are warned once, with both rules": {
			src:   "What's between orange and green? {~%50%yellow ~%-100%red ~%50%off-beige ~%-100%blue}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Multi, Prompt: "What's between orange and green?", Options: []string{"yellow", "red", "off-beige", "blue"}, Answers: []string{"yellow", "off-beige"}}},
			diags: []string{`t.gift:1:34: warning: weights on wrong options (-100%) replaced by brief's rule: each wrong pick cancels one right pick (-50% each here)`},
		},
		"true and false in all spellings with feedback": {
			src: "A {T}\n\nB {F}\n\nC {TRUE#Wrong: it is true.#Right.}\n\nD {FALSE#It is false.####Paragraph 3.}",
			want: []quiz.Question{
				{ID: "q1", Type: quiz.TrueFalse, Prompt: "A", Truth: true},
				{ID: "q2", Type: quiz.TrueFalse, Prompt: "B"},
				{ID: "q3", Type: quiz.TrueFalse, Prompt: "C", Truth: true, Feedback: map[string]string{"false": "Wrong: it is true.", "true": "Right."}},
				{ID: "q4", Type: quiz.TrueFalse, Prompt: "D", Explain: "Paragraph 3.", Feedback: map[string]string{"true": "It is false."}},
			},
		},
		"short answer accepts every = answer": {
			src:  "Capital of France? {=Paris =Paree #Old spelling.}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Short, Prompt: "Capital of France?", Answers: []string{"Paris", "Paree"}, Feedback: map[string]string{"Paree": "Old spelling."}}},
		},
		"short answer partial weight is dropped with a warning": {
			src:   "Capital? {=Paris =%50%France #Too wide.}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Short, Prompt: "Capital?", Answers: []string{"Paris"}, Feedback: map[string]string{"France": "Too wide."}}},
			diags: []string{`t.gift:1:18: warning: answer "France" worth 50% dropped: a short answer is right or wrong, so it is no longer accepted`},
		},
		"matching pairs and a dropped distractor": {
			src:   "Match the leaders. {\n=Putin -> Russia\n=Kim -> North Korea\n= -> China\n}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Match, Prompt: "Match the leaders.", Pairs: []quiz.Pair{{Left: "Putin", Right: "Russia"}, {Left: "Kim", Right: "North Korea"}}}},
			diags: []string{`t.gift:4:1: warning: extra answer "China" dropped: match questions have no answers without an item`},
		},
		"numeric with tolerance": {
			src:  "Turnout? {#61.5:0.5}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Numeric, Prompt: "Turnout?", Number: 61.5, Tolerance: 0.5}},
		},
		"numeric exact and negative": {
			src:  "Lowest? {#-40}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Numeric, Prompt: "Lowest?", Number: -40}},
		},
		"numeric range": {
			src:  "When? {#1990..1995}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Numeric, Prompt: "When?", Range: &[2]float64{1990, 1995}}},
		},
		"several numeric answers keep the full-credit one": {
			src:  "Year? {#\n=1945:0 #Right.\n=%50%1944:1 #Close.\n=%0%1918 #Wrong war.\n~#Look again.\n}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Numeric, Prompt: "Year?", Number: 1945, Feedback: map[string]string{"1945": "Right.", "1918": "Wrong war."}}},
			diags: []string{
				`t.gift:3:1: warning: numeric answer "1944:1" worth 50% dropped: a numeric question keeps one right answer`,
				`t.gift:3:1: warning: its feedback "Close." is dropped too`,
				`t.gift:5:1: warning: feedback for any other answer dropped: "Look again." (feedback is kept only for a given value)`,
			},
		},
		"missing word short answer becomes cloze": {
			src:  "The summit was held at {=Vostochny =the Vostochny cosmodrome} in the far east.",
			want: []quiz.Question{{ID: "q1", Type: quiz.Cloze, Text: "The summit was held at [[Vostochny|the Vostochny cosmodrome]] in the far east."}},
		},
		"missing word multiple choice keeps its options with a blank": {
			src:  "The vote was held on a {=Sunday ~Monday} in late May.",
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "The vote was held on a _____ in late May.", Options: []string{"Sunday", "Monday"}, Answers: []string{"Sunday"}}},
		},
		"missing word numeric": {
			src:  "Turnout rose to {#61.5:0.5} percent.",
			want: []quiz.Question{{ID: "q1", Type: quiz.Numeric, Prompt: "Turnout rose to _____ percent.", Number: 61.5, Tolerance: 0.5}},
		},
		"essay and description are skipped with their line": {
			src:  "Discuss. {}\n\nJust some text.\n\nOK? {T}",
			want: []quiz.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "OK?", Truth: true}},
			diags: []string{
				`t.gift:1:1: warning: skipped: essay questions cannot be graded automatically`,
				`t.gift:3:1: warning: skipped: description items (text with no answer block) cannot be graded automatically`,
			},
		},
		"comments carry id and tags": {
			src:   "// [id:Art12-Q1] [tag:elections] [tag:a\\]b]\n// a note\n::Ignored title:: Who? {=A ~B}",
			want:  []quiz.Question{{ID: "art12-q1", Type: quiz.Choice, Prompt: "Who?", Options: []string{"A", "B"}, Answers: []string{"A"}, Tags: []string{"elections", "a]b"}}},
			diags: []string{`t.gift:1:4: warning: id "Art12-Q1" is written "art12-q1": ids hold only a-z, 0-9 and '-'`},
		},
		"title becomes a slug id and duplicates get a suffix": {
			src:   "::Q 1!:: A {T}\n\n::q-1:: B {F}\n\nC {T}",
			want:  []quiz.Question{{ID: "q-1", Type: quiz.TrueFalse, Prompt: "A", Truth: true}, {ID: "q-1-2", Type: quiz.TrueFalse, Prompt: "B"}, {ID: "q3", Type: quiz.TrueFalse, Prompt: "C", Truth: true}},
			diags: []string{`t.gift:3:1: warning: id "q-1" is already used by an earlier question; this one is "q-1-2"`},
		},
		"a title too long for an id is cut as draft cuts": {
			src:  "::" + strings.Repeat("Word ", 20) + ":: A {T}\n\n::" + strings.Repeat("x", 64) + ":: B {T}",
			want: []quiz.Question{{ID: strings.TrimSuffix(strings.Repeat("word-", 12), "-"), Type: quiz.TrueFalse, Prompt: "A", Truth: true}, {ID: strings.Repeat("x", 64), Type: quiz.TrueFalse, Prompt: "B", Truth: true}},
		},
		"an [id:] too long for an id is cut, with a warning": {
			src:   "// [id:" + strings.Repeat("ab", 40) + "]\nA {T}",
			want:  []quiz.Question{{ID: strings.Repeat("ab", 30), Type: quiz.TrueFalse, Prompt: "A", Truth: true}},
			diags: []string{`t.gift:1:4: warning: id "abababababababababababababababababababab…" is written "` + strings.Repeat("ab", 30) + `": ids hold at most 64 characters, only a-z, 0-9 and '-'`},
		},
		"untitled ids skip ids already taken": {
			src:  "::q2:: A {T}\n\nB {T}",
			want: []quiz.Question{{ID: "q2", Type: quiz.TrueFalse, Prompt: "A", Truth: true}, {ID: "q2-2", Type: quiz.TrueFalse, Prompt: "B", Truth: true}},
		},
		"category becomes a tag": {
			src: "$CATEGORY: $course$/top/Elections\n\nA {T}\n\n$CATEGORY: $course$/top\n\nB {T}",
			want: []quiz.Question{
				{ID: "q1", Type: quiz.TrueFalse, Prompt: "A", Truth: true, Tags: []string{"Elections"}},
				{ID: "q2", Type: quiz.TrueFalse, Prompt: "B", Truth: true},
			},
		},
		"format markers are stripped": {
			src:  "[markdown]Is **this** bold? {=[plain]yes #[moodle]Good. ~no}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Is **this** bold?", Options: []string{"yes", "no"}, Answers: []string{"yes"}, Feedback: map[string]string{"yes": "Good."}}},
		},
		"harmless html is stripped to plain text without a warning": {
			src:  "::h:: [html]<p>Is <b>this</b> &amp; that<br>true?</p> {=<i>yes</i> ~no}",
			want: []quiz.Question{{ID: "h", Type: quiz.Choice, Prompt: "Is this & that\ntrue?", Options: []string{"yes", "no"}, Answers: []string{"yes"}}},
		},
		"html without a marker is html, as Moodle's default format renders it": {
			src:  "What's <b style=\"color:red;\">between</b> orange and green? {=<i>yellow</i> ~red}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "What's between orange and green?", Options: []string{"yellow", "red"}, Answers: []string{"yellow"}}},
		},
		"plain text with angle brackets is not html": {
			src:  "[plain]Is 3 < 5 and <b> a tag? {T}\n\nIs x < y > z? {T}",
			want: []quiz.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "Is 3 < 5 and <b> a tag?", Truth: true}, {ID: "q2", Type: quiz.TrueFalse, Prompt: "Is x < y > z?", Truth: true}},
		},
		"alt text and link targets are kept, and a dropped image is warned about": {
			src: "::m:: [html]<p>Cette carte <img src=\"@@PLUGINFILE@@/map.png\" alt=\"Carte des crues\"> montre quoi? Voir <a href=\"https\\://statbel.fgov.be/fr\">le site statbel</a>.</p>{=Les crues ~La pluie}",
			want: []quiz.Question{{ID: "m", Type: quiz.Choice, Prompt: "Cette carte [image: Carte des crues] montre quoi? Voir le site statbel (https://statbel.fgov.be/fr).",
				Options: []string{"Les crues", "La pluie"}, Answers: []string{"Les crues"}}},
			diags: []string{`t.gift:1:1: warning: question refers to an image that brief cannot show (it shows text only): it may not be answerable without it`},
		},
		"a link to a sound file is warned about as audio": {
			src: "::Greeting::[html]<a href\\=\"http\\://demo.moodle.net/file.php/5/media/bonjour.mp3\">Listen to this greeting\\:</a><br /><br />What language is being spoken?{~English =French}",
			want: []quiz.Question{{ID: "greeting", Type: quiz.Choice, Prompt: "Listen to this greeting: (http://demo.moodle.net/file.php/5/media/bonjour.mp3)\nWhat language is being spoken?",
				Options: []string{"English", "French"}, Answers: []string{"French"}}},
			diags: []string{`t.gift:1:1: warning: question refers to audio that brief cannot show (it shows text only): it may not be answerable without it`},
		},
		"tags that may matter are summed up once per file": {
			src:   "[html]<table><tr><td>A</td></tr></table> Which? {T}\n\n[html]<font>B</font> <table></table> Which? {F}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "A\nWhich?", Truth: true}, {ID: "q2", Type: quiz.TrueFalse, Prompt: "B Which?"}},
			diags: []string{`t.gift:1:1: warning: HTML dropped, plain text kept, in 2 questions, the first here: <table>, <tr>, <td>, <font>`},
		},
		"html with no tags gives no warning": {
			src:  "[html]Fish &amp; chips? {T}",
			want: []quiz.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "Fish & chips?", Truth: true}},
		},
		"escapes give literal characters": {
			src:  `Is 1 \= 1 \{really\} \~ ok\: yes\# a\\b\nline2? {=a\=b \#1 ~c\~d ~e\:f}`,
			want: []quiz.Question{{ID: "q1", Type: quiz.Choice, Prompt: "Is 1 = 1 {really} ~ ok: yes# a\\b\nline2?", Options: []string{"a=b #1", "c~d", "e:f"}, Answers: []string{"a=b #1"}}},
		},
		"lower-case true is a short answer, with a warning": {
			src:   "Is it? {true}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Short, Prompt: "Is it?", Answers: []string{"true"}}},
			diags: []string{`t.gift:1:9: warning: "true" read as a short answer: true/false is written T, TRUE, F or FALSE`},
		},
		"titles in any script give readable ids": {
			src: "::Élections 2024:: Who won? {T}\n\n::ශ්‍රී ලංකා මැතිවරණය:: Who won? {F}\n\n::தேர்தல் முடிவுகள்:: Who won? {T}",
			want: []quiz.Question{{ID: "elections-2024", Type: quiz.TrueFalse, Prompt: "Who won?", Truth: true},
				{ID: "shrii-lnkaa-maetivrnny", Type: quiz.TrueFalse, Prompt: "Who won?"},
				{ID: "teertl-muttivukll", Type: quiz.TrueFalse, Prompt: "Who won?", Truth: true}},
		},
		"two right numbers are both kept": {
			src:  "Solve x²+3x−28=0. Enter either root. {#\n=%100%-7:0#Yes\n=%100%4:0\n=%0%7:0#Check the sign}",
			want: []quiz.Question{{ID: "q1", Type: quiz.Numeric, Prompt: "Solve x²+3x−28=0. Enter either root.", Number: -7, More: []float64{4}, Feedback: map[string]string{"-7": "Yes", "7": "Check the sign"}}},
		},
		"Moodle's test form {#3:2~#wrong} is 3 ± 2": {
			src:   "::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}",
			want:  []quiz.Question{{ID: "q5", Type: quiz.Numeric, Prompt: "What is a number from 1 to 5?", Number: 3, Tolerance: 2}},
			diags: []string{`t.gift:1:43: warning: feedback for any other answer dropped: "Completely wrong" (feedback is kept only for a given value)`},
		},
		"a second right range is dropped with a warning": {
			src:   "Which? {#=1..2 =5..6}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Numeric, Prompt: "Which?", Range: &[2]float64{1, 2}}},
			diags: []string{`t.gift:1:16: warning: second right answer "5..6" dropped: several right numbers must share one tolerance and not be ranges`},
		},
		"short answer wildcards": {
			src:   "Graded how? {=%100%*manually*#Yes =%0%*#No}",
			want:  []quiz.Question{{ID: "q1", Type: quiz.Short, Prompt: "Graded how?", Answers: []string{"*manually*"}, Feedback: map[string]string{"*manually*": "Yes"}}},
			diags: []string{`t.gift:1:35: warning: answer * (any other answer, worth 0%) dropped: brief has no catch-all answer, and so is its feedback "No"`},
		},
		"crlf line ends and a byte order mark": {
			src:  "\ufeff// [tag:x]\r\nA {T}\r\n\r\nB {F}\r\n",
			want: []quiz.Question{{ID: "q1", Type: quiz.TrueFalse, Prompt: "A", Truth: true, Tags: []string{"x"}}, {ID: "q2", Type: quiz.TrueFalse, Prompt: "B"}},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			qs, ds := ParseGIFT("t.gift", []byte(tc.src))
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

func TestParseGIFTLocatesQuestions(t *testing.T) {
	src := "// comment\n\n  ::a:: A {T}\n\n// [tag:x]\n   B {\n=x\n~y}"
	qs, ds := ParseGIFT("dir/t.gift", []byte(src))
	if len(ds) != 0 {
		t.Fatalf("unexpected diagnostics %q", diagStrings(ds))
	}
	want := [][3]any{{"dir/t.gift", 3, 3}, {"dir/t.gift", 6, 4}}
	if len(qs) != len(want) {
		t.Fatalf("got %d questions, want %d", len(qs), len(want))
	}
	for i, q := range qs {
		if got := [3]any{q.Path, q.Line, q.Col}; got != want[i] {
			t.Errorf("question %d at %v, want %v", i+1, got, want[i])
		}
		if q.Points != 1 {
			t.Errorf("question %d has %v points, want the default 1", i+1, q.Points)
		}
	}
}

func TestParseGIFTErrors(t *testing.T) {
	tests := map[string]struct {
		src  string
		want string
	}{
		"unclosed brace":              {"Who?\n  {=A ~B", `t.gift:2:3: error: answer block opened with { is not closed with }`},
		"brace inside a block":        {"Who? {=A {~B}", `t.gift:1:10: error: { inside an answer block: the block opened at 1:6 is not closed before it (write \{ for a literal brace)`},
		"second block":                {"Who? {=A ~B} and {=C}", `t.gift:1:18: error: a second answer block: a GIFT question has one (write \{ for a literal brace)`},
		"stray closing brace":         {"Who } is it? {=A ~B}", `t.gift:1:5: error: } with no { before it (write \} for a literal brace)`},
		"unclosed title":              {"::Title Who? {T}", `t.gift:1:1: error: title opened with :: is not closed with :: (write \: for a literal colon)`},
		"choice with one option":      {"Who? {~A}", `t.gift:1:6: error: multiple choice needs at least two options, found 1`},
		"choice with no right":        {"Who? {~A ~B}", `t.gift:1:6: error: multiple choice has no right answer: mark it with = (one answer) or ~%n% weights (several)`},
		"choice with text first":      {"Who? {A ~B =C}", `t.gift:1:7: error: text before the first option: start every option with = (right) or ~ (wrong)`},
		"choice with empty option":    {"Who? {=A ~ ~C}", `t.gift:1:10: error: empty option`},
		"choice with repeat":          {"Who? {=A ~B ~A}", `t.gift:1:13: error: option "A" appears twice`},
		"matching with one pair":      {"Match {=a -> b =c -> d =}", `t.gift:1:24: error: pair has no ->: write it as =item -> match`},
		"matching with too few":       {"Match {=a -> b = -> c}", `t.gift:1:7: error: matching needs at least two pairs, found 1`},
		"matching without right":      {"Match {=a -> b =c ->}", `t.gift:1:16: error: pair has nothing after ->`},
		"bad number":                  {"How many? {#12x}", `t.gift:1:13: error: "12x" is not a number`},
		"bad tolerance":               {"How many?\n{#12:abc}", `t.gift:2:6: error: "abc" is not a number`},
		"backwards range":             {"When? {#1995..1990}", `t.gift:1:9: error: range 1995..1990 runs backwards: write the lower bound first`},
		"not a number word":           {"How many? {#NaN}", `t.gift:1:13: error: "NaN" is not a number`},
		"numeric with no full credit": {"How many? {#=%50%3 =%0%4}", `t.gift:1:11: error: numeric question has no full-credit answer: write it as =value or =value:tolerance`},
		"empty numeric":               {"How many? {#}", `t.gift:1:11: error: numeric answer has no number`},
		"short with no answer":        {"Capital? {=%50%Paris}", `t.gift:1:10: error: short answer has no accepted answer: write each as =answer`},
		"no question text":            {"{T}", `t.gift:1:1: error: question has no text before its answer block`},
		"invalid utf-8":               {"Is it \xff? {T}", `t.gift:1:7: error: the file is not valid UTF-8 text: save it as UTF-8`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, ds := ParseGIFT("t.gift", []byte(tc.src))
			got := diagStrings(ds)
			if !slices.Contains(got, tc.want) {
				t.Errorf("got %q\nwant among them %q", got, tc.want)
			}
		})
	}
}

func TestParseGIFTKeepsGoingAfterAnError(t *testing.T) {
	qs, ds := ParseGIFT("t.gift", []byte("Broken {=A\n\nGood? {T}"))
	if len(qs) != 1 || qs[0].Prompt != "Good?" {
		t.Errorf("got %+v, want the good question only", qs)
	}
	if len(ds) != 1 || ds[0].Severity != diag.Error {
		t.Errorf("got %q, want one error", diagStrings(ds))
	}
}

func TestParseGIFTOrphanCommentWarns(t *testing.T) {
	_, ds := ParseGIFT("t.gift", []byte("// [tag:x]\n\nA {T}"))
	want := []string{"t.gift:1:4: warning: [id:] or [tag:] in a comment with no question in its block; ignored (put the comment right above its question)"}
	if got := diagStrings(ds); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseGIFTNeverPanics(t *testing.T) {
	inputs := []string{"", "{", "}", "::", "::a", "{#", "{#..}", "{#1..}", "{#:}", "{=}", "{~}", "{->}", "{=->}", "\\", "a {\\}", "a {T#", "a {####}", "a {#=}", strings.Repeat("{", 100)}
	for _, in := range inputs {
		ParseGIFT("t.gift", []byte(in))
		ParseGIFT("t.gift", []byte("Q "+in))
	}
}

func TestParseGIFTBriefFields(t *testing.T) {
	src := "// [id:venue] [level:Inference] [section:lead] [evidence:held at [the\\] spaceport]\n::venue:: Where? {=Vostochny ~Moscow}\n\n" +
		"// [level:hard]\n::q2:: Sure? {T}\n"
	qs, diags := ParseGIFT("b.gift", []byte(src))
	if len(qs) != 2 {
		t.Fatalf("got %d questions, want 2: %q", len(qs), diagStrings(diags))
	}
	if q := qs[0]; q.Level != quiz.Inference || q.Section != "lead" || q.Evidence != "held at [the] spaceport" {
		t.Errorf("level %q, section %q, evidence %q", q.Level, q.Section, q.Evidence)
	}
	if qs[1].Level != quiz.Recall {
		t.Errorf("an unknown level gave %q, want the default", qs[1].Level)
	}
	want := []string{`b.gift:4:4: warning: unknown level "hard" in [level:] (known: recall, inference, critical); ignored`}
	if got := diagStrings(diags); !reflect.DeepEqual(got, want) {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
}
