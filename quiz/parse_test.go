package quiz

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestParseFileReadsEveryType(t *testing.T) {
	const path = "testdata/parse/all-types.quiz.yaml"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	qs, diags := ParseFile(path, data)
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	at := func(line int) (string, int, int) { return path, line, 5 }
	want := []Question{
		{ID: "venue", Type: Choice, Level: Recall, Section: "lead",
			Prompt:  "Where did Putin and Kim hold their September 2023 summit?",
			Options: []string{"Moscow", "Vostochny spaceport", "Pyongyang", "Sochi"},
			Answers: []string{"Vostochny spaceport"},
			Explain: `The summit "was held in the far eastern spaceport Vostochny".`, Evidence: "held in the far eastern spaceport Vostochny",
			Points: 2, Tags: []string{"geography", "summit"},
			Feedback: map[string]string{"Moscow": "Putin travelled almost ten time zones from Moscow to get there."}},
		{ID: "isolated", Type: Multi, Level: Inference, Prompt: "Which reasons for isolation does the article give?",
			Options: []string{"Russia for the Ukraine war", "North Korea for its nuclear programme", "Russia for the Wagner coup"},
			Answers: []string{"Russia for the Ukraine war", "North Korea for its nuclear programme"}, Points: 1},
		{ID: "first-since-2019", Type: TrueFalse, Level: Recall, Prompt: "The leaders had not met in person since 2019.", Truth: true, Points: 1,
			Feedback: map[string]string{"false": `The article says they met "for the first time since 2019".`}},
		{ID: "train", Type: Short, Level: Recall, Prompt: "How did Kim travel to Russia?", Answers: []string{"by train", "train"}, Typos: 1, Points: 1},
		{ID: "time-zones", Type: Numeric, Level: Recall, Prompt: "About how many time zones did Putin cross?", Number: 10, Tolerance: 1, Points: 1},
		{ID: "gap-years", Type: Numeric, Level: Critical, Prompt: "How many years apart were the two summits?", Range: &[2]float64{3.5, 4.5}, Points: 1},
		{ID: "sequence", Type: Order, Level: Recall, Prompt: "Put these events in order.",
			Items: []string{"Kim and Putin meet in 2019", "The Wagner group attempts a coup", "The Vostochny summit"}, Points: 1},
		{ID: "who-is-who", Type: Match, Level: Recall, Prompt: "Match each leader with his country.",
			Pairs: []Pair{{"Vladimir Putin", "Russia"}, {"Kim Jong Un", "North Korea"}}, Points: 1},
		{ID: "fill-in", Type: Cloze, Level: Recall, Points: 1, Draft: true,
			Text: "The summit was held at [[Vostochny|the Vostochny spaceport]], not far from the [[Chinese|China]] border."},
	}
	lines := []int{2, 16, 26, 33, 39, 45, 51, 59, 66}
	for i := range want {
		want[i].Path, want[i].Line, want[i].Col = at(lines[i])
	}
	if len(qs) != len(want) {
		t.Fatalf("got %d questions, want %d", len(qs), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(qs[i], want[i]) {
			t.Errorf("question %d:\n got %#v\nwant %#v", i, qs[i], want[i])
		}
	}
}

// head starts every table case: one valid question before the one under
// test, so that the line numbers in the expectations are easy to read.
const head = "questions:\n  - id: ok\n    type: truefalse\n    prompt: Fine.\n    answer: true\n"

func TestParseFileDiagnostics(t *testing.T) {
	tests := map[string]struct {
		yaml  string
		want  []string // each diagnostic, as "line:col: severity: message" (substring of the message)
		count int      // questions returned
	}{
		"yaml syntax error": {
			yaml: "questions:\n  - id: a\n    prompt: [unclosed\n", want: []string{"3:1: error: YAML syntax: did not find expected ',' or ']'"},
		},
		"tab indent":               {yaml: "questions:\n\t- id: a\n", want: []string{"2:1: error: YAML syntax: found character that cannot start any token (indent with spaces, not tabs)"}},
		"tab under a key":          {yaml: "questions:\n  - id: a\n    type: choice\n\tprompt: tab here\n", want: []string{"4:1: error: YAML syntax: found a tab character that violates indentation (indent with spaces, not tabs)"}},
		"colon in a plain value":   {yaml: "questions:\n  - id: a\n    prompt: Which river: burst its banks?\n", want: []string{`3:24: error: YAML syntax: mapping values are not allowed in this context (a value holding ": " must be in quotes`}},
		"colon on the first line":  {yaml: "questions: Which: river\n", want: []string{`1:17: error: YAML syntax: mapping values are not allowed in this context`}},
		"quote never closed":       {yaml: "questions:\n  - id: a\n    prompt: \"Which river?\n    answer: x\n", want: []string{`3:1: error: YAML syntax: found unexpected end of stream (a quote " or ' opened and never closed?)`}},
		"invalid utf-8":            {yaml: "questions:\n  - id: ab\xff\n", want: []string{"2:11: error: the file is not valid UTF-8 text"}},
		"byte order mark and crlf": {yaml: "\ufeffquestions:\r\n  - {id: a, type: truefalse, prompt: P, answer: true}\r\n", count: 1},
		"empty file":               {yaml: "  \n", want: []string{"1:1: error: question file is empty"}},
		"not a mapping":            {yaml: "- id: a\n", want: []string{"1:1: error: a question file is a mapping with one key"}},
		"unknown top-level key":    {yaml: "qustions: []\n", want: []string{`1:1: error: unknown top-level key "qustions"`}},
		"questions not a list":     {yaml: "questions: hello\n", want: []string{`1:12: error: "questions" must be a list`}},
		"empty questions list":     {yaml: "questions: []\n", want: []string{"1:12: warning: the questions list is empty"}},
		"question not a mapping":   {yaml: head + "  - just text\n", want: []string{"6:5: error: each question is a mapping"}, count: 1},
		"two documents":            {yaml: head + "---\nquestions: []\n", want: []string{"6:1: error: a question file holds one YAML document: remove this"}},
		"anchor":                   {yaml: head + "  - &q {id: b}\n", want: []string{"6:5: error: anchors and aliases are not allowed"}},
		"alias":                    {yaml: "questions:\n  - id: &i a\n    type: short\n    prompt: *i\n", want: []string{"2:9: error: anchors and aliases are not allowed"}},
		"merge key":                {yaml: "base: &b {type: short}\nquestions:\n  - <<: *b\n", want: []string{"1:7: error: anchors and aliases are not allowed"}},
		"custom tag":               {yaml: head + "  - id: !!binary aGVsbG8=\n", want: []string{"6:9: error: YAML tag !!binary is not allowed"}},
		"unknown field with hint":  {yaml: head + "  - id: b\n    type: short\n    promt: Where?\n    answer: x\n", want: []string{`8:5: error: unknown field "promt" (did you mean "prompt"?) (known fields: id, type, level,`, "6:5: error: missing prompt"}, count: 1},
		"field twice":              {yaml: head + "  - id: b\n    type: short\n    prompt: A\n    prompt: B\n    answer: x\n", want: []string{`9:5: error: field "prompt" is given twice (first at line 8)`}, count: 1},
		"missing id and type": {yaml: head + "  - prompt: Where?\n", want: []string{
			`6:5: error: missing id`, `6:5: error: missing type: one of choice, multi, truefalse, short, numeric, order, match, cloze`}, count: 1},
		"wrong type":         {yaml: head + "  - {id: b, type: choise, prompt: P}\n", want: []string{`6:19: error: unknown type "choise" (did you mean "choice"?) (valid types: choice, multi, truefalse, short, numeric, order, match, cloze)`}, count: 1},
		"wrong level":        {yaml: head + "  - {id: b, type: truefalse, prompt: P, answer: true, level: hard}\n", want: []string{`6:62: error: unknown level "hard" (valid levels: recall, inference, critical)`}, count: 1},
		"bad id":             {yaml: head + "  - {id: Venue_1, type: truefalse, prompt: P, answer: true}\n", want: []string{`6:10: error: id "Venue_1" may hold only lower-case a-z, 0-9 and '-'`}, count: 1},
		"duplicate id":       {yaml: head + "  - {id: ok, type: truefalse, prompt: P, answer: false}\n", want: []string{`6:5: error: duplicate id "ok": the question at line 2 already uses it`}, count: 1},
		"prompt is a list":   {yaml: head + "  - {id: b, type: truefalse, prompt: [a], answer: true}\n", want: []string{`6:38: error: prompt must be text, not a list`}, count: 1},
		"empty prompt":       {yaml: head + "  - id: b\n    type: truefalse\n    prompt:\n    answer: true\n", want: []string{`8:12: error: prompt is empty`}, count: 1},
		"one option":         {yaml: head + "  - {id: b, type: choice, prompt: P, options: [a], answer: a}\n", want: []string{`6:47: error: a choice question needs 2 to 26 options, this one has 1`}, count: 1},
		"nine options":       {yaml: head + "  - {id: b, type: choice, prompt: P, options: [a,b,c,d,e,f,g,h,i], answer: a}\n", count: 2},
		"27 options":         {yaml: head + "  - {id: b, type: choice, prompt: P, options: [a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,zz], answer: a}\n", want: []string{`6:47: error: a choice question needs 2 to 26 options, this one has 27`}, count: 1},
		"options not a list": {yaml: head + "  - {id: b, type: choice, prompt: P, options: a, answer: a}\n", want: []string{`6:47: error: options must be a list`}, count: 1},
		"answer not an option": {yaml: head + "  - {id: b, type: choice, prompt: P, options: [Moscow, Sochi], answer: Kyiv}\n",
			want: []string{`6:72: error: answer "Kyiv" is not among the options ("Moscow", "Sochi")`}, count: 1},
		"duplicate option":  {yaml: head + "  - {id: b, type: choice, prompt: P, options: [a, b, a], answer: a}\n", want: []string{`6:54: error: duplicate option "a" (also at line 6)`}, count: 1},
		"choice with list":  {yaml: head + "  - {id: b, type: choice, prompt: P, options: [a, b], answer: [a]}\n", want: []string{`6:63: error: a choice question has one answer; for several right answers use type: multi`}, count: 1},
		"missing answer":    {yaml: head + "  - {id: b, type: choice, prompt: P, options: [a, b]}\n", want: []string{`6:5: error: missing answer: a choice question needs an answer taken from its options`}, count: 1},
		"multi not subset":  {yaml: head + "  - {id: b, type: multi, prompt: P, options: [a, b, c], answer: [a, d]}\n", want: []string{`6:69: error: answer "d" is not among the options ("a", "b", "c")`}, count: 1},
		"multi empty":       {yaml: head + "  - {id: b, type: multi, prompt: P, options: [a, b, c], answer: []}\n", want: []string{`6:65: error: answer is empty`}, count: 1},
		"multi repeated":    {yaml: head + "  - {id: b, type: multi, prompt: P, options: [a, b, c], answer: [a, a]}\n", want: []string{`6:69: error: duplicate answer "a"`}, count: 1},
		"truefalse yes":     {yaml: head + "  - {id: b, type: truefalse, prompt: P, answer: yes}\n", want: []string{`6:49: error: the answer of a truefalse question must be true or false, not "yes"`}, count: 1},
		"truefalse quoted":  {yaml: head + "  - {id: b, type: truefalse, prompt: P, answer: \"True\"}\n", want: []string{`6:49: error: the answer of a truefalse question is written without quotes (answer: true): in quotes it is text`}, count: 1},
		"short punctuation": {yaml: head + "  - {id: b, type: short, prompt: P, answer: [ok, '...']}\n", want: []string{`6:50: error: accepted answer "..." is empty once case, spaces and punctuation are ignored`}, count: 1},
		"short scalar":      {yaml: head + "  - {id: b, type: short, prompt: P, answer: Kyiv}\n", count: 2},
		"numeric text":      {yaml: head + "  - {id: b, type: numeric, prompt: P, answer: 61.5%}\n", want: []string{`6:47: error: answer must be a number, like 42 or 61.5, not "61.5%"`}, count: 1},
		"numeric infinite":  {yaml: head + "  - {id: b, type: numeric, prompt: P, answer: .inf}\n", want: []string{`6:47: error: answer must be a finite number`}, count: 1},
		"numeric both":      {yaml: head + "  - {id: b, type: numeric, prompt: P, answer: 1, range: [0, 2]}\n", want: []string{`6:57: error: give either answer (with an optional tolerance) or range, not both`}, count: 1},
		"numeric neither":   {yaml: head + "  - {id: b, type: numeric, prompt: P}\n", want: []string{`6:5: error: missing answer: a numeric question needs answer: NUMBER`}, count: 1},
		"backwards range":   {yaml: head + "  - {id: b, type: numeric, prompt: P, range: [5, 2]}\n", want: []string{`6:46: error: range [5, 2] is backwards`}, count: 1},
		"short range":       {yaml: head + "  - {id: b, type: numeric, prompt: P, range: [5]}\n", want: []string{`6:46: error: range must be a list of two numbers`}, count: 1},
		"negative tolerance": {yaml: head + "  - {id: b, type: numeric, prompt: P, answer: 5, tolerance: -1}\n",
			want: []string{`6:61: error: tolerance must be 0 or more, got -1`}, count: 1},
		"tolerance with range":           {yaml: head + "  - {id: b, type: numeric, prompt: P, range: [1, 2], tolerance: 1}\n", want: []string{`6:65: error: tolerance goes with answer, not with range`}, count: 1},
		"order one item":                 {yaml: head + "  - {id: b, type: order, prompt: P, items: [a]}\n", want: []string{`6:44: error: an order question needs 2 to 10 items, this one has 1`}, count: 1},
		"order duplicate":                {yaml: head + "  - {id: b, type: order, prompt: P, items: [a, b, a]}\n", want: []string{`6:51: error: duplicate item "a"`}, count: 1},
		"match one pair":                 {yaml: head + "  - {id: b, type: match, prompt: P, pairs: {a: b}}\n", want: []string{`6:44: error: a match question needs 2 to 10 pairs, this one has 1`}, count: 1},
		"match duplicate left":           {yaml: head + "  - id: b\n    type: match\n    prompt: P\n    pairs:\n      - [a, x]\n      - [a, y]\n", want: []string{`11:10: error: duplicate left side "a" (also at line 10)`}, count: 1},
		"match shared right":             {yaml: head + "  - id: b\n    type: match\n    prompt: P\n    pairs:\n      - a: x\n      - b: x\n", count: 2},
		"numeric list":                   {yaml: head + "  - {id: b, type: numeric, prompt: P, answer: [-7, 4]}\n", count: 2},
		"numeric empty list":             {yaml: head + "  - {id: b, type: numeric, prompt: P, answer: []}\n", want: []string{`6:47: error: answer is an empty list`}, count: 1},
		"numeric list of text":           {yaml: head + "  - {id: b, type: numeric, prompt: P, answer: [4, x]}\n", want: []string{`6:51: error: each answer must be a number`}, count: 1},
		"match list of one-key mappings": {yaml: head + "  - id: b\n    type: match\n    prompt: P\n    pairs:\n      - a: x\n      - b: y\n", count: 2},
		"match bad pair":                 {yaml: head + "  - {id: b, type: match, prompt: P, pairs: [a, b]}\n", want: []string{`6:45: error: pairs must be written one per line as "left: right"`, `6:48: error: pairs must be written`}, count: 1},
		"cloze without blank":            {yaml: head + "  - {id: b, type: cloze, text: No blanks here.}\n", want: []string{`6:32: error: cloze text has no blank`}, count: 1},
		"cloze empty blank":              {yaml: head + "  - {id: b, type: cloze, text: 'A [[]] B'}\n", want: []string{`6:32: error: cloze text: blank 1 [[]] has an empty answer`}, count: 1},
		"cloze empty alternative":        {yaml: head + "  - {id: b, type: cloze, text: 'A [[x|]] B'}\n", want: []string{`6:32: error: cloze text: blank 1 [[x|]] has an empty answer`}, count: 1},
		"cloze unclosed":                 {yaml: head + "  - {id: b, type: cloze, text: 'A [[x B'}\n", want: []string{`6:32: error: cloze text: blank 1 is not closed`}, count: 1},
		"cloze with prompt":              {yaml: head + "  - {id: b, type: cloze, prompt: Fill in., text: 'A [[x]] B'}\n", count: 2},
		"missing cloze text":             {yaml: head + "  - {id: b, type: cloze}\n", want: []string{`6:5: error: missing text: a cloze question needs a text with blanks`}, count: 1},
		"zero points":                    {yaml: head + "  - {id: b, type: truefalse, prompt: P, answer: true, points: 0}\n", want: []string{`6:63: error: points must be more than 0, got 0`}, count: 1},
		"typos too many":                 {yaml: head + "  - {id: b, type: short, prompt: P, answer: x, typos: 4}\n", want: []string{`6:55: error: typos must be a whole number from 0 to 3, got 4`}, count: 1},
		"typos negative":                 {yaml: head + "  - {id: b, type: short, prompt: P, answer: x, typos: -1}\n", want: []string{`6:55: error: typos must be a whole number from 0 to 3, got -1`}, count: 1},
		"draft not bool":                 {yaml: head + "  - {id: b, type: short, prompt: P, answer: x, draft: maybe}\n", want: []string{`6:55: error: draft must be true or false`}, count: 1},
		"feedback key not an option": {yaml: head + "  - id: b\n    type: choice\n    prompt: P\n    options: [a, b]\n    answer: a\n    feedback:\n      c: Nope.\n",
			want: []string{`12:7: warning: feedback for "c" will never be shown: it is not one of the options ("a", "b")`}, count: 2},
		"field of another type": {yaml: head + "  - {id: b, type: short, prompt: P, answer: x, options: [a, b]}\n", want: []string{`6:48: warning: options is not used by a short question`}, count: 2},
		"all errors reported": {yaml: head + "  - {id: B, type: choice, prompt: P, options: [a, a], answer: c}\n  - {id: c, type: nope}\n",
			want: []string{`6:10: error: id "B"`, `6:51: error: duplicate option "a"`, `7:19: error: unknown type "nope"`, `7:5: error: missing prompt`}, count: 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			qs, diags := ParseFile("q.quiz.yaml", []byte(tc.yaml))
			var got []string
			for _, d := range diags {
				got = append(got, strings.TrimPrefix(d.String(), "q.quiz.yaml:"))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("diagnostic %d:\n got %s\nwant %s…", i, got[i], w)
				}
			}
			if len(qs) != tc.count {
				t.Errorf("got %d questions, want %d", len(qs), tc.count)
			}
		})
	}
}

func TestParseFileCleansTerminalControls(t *testing.T) {
	yaml := "questions:\n  - id: a\n    type: choice\n    prompt: \"Evil\\e[2J prompt\\u202E\"\n    options: [\"x\\ty\", \"b\\u0007\", \"c\\e]52;c;QUJD\\a d\"]\n    answer: b\n"
	qs, diags := ParseFile("q.quiz.yaml", []byte(yaml))
	if len(diags) > 0 || len(qs) != 1 {
		t.Fatalf("got %d questions and %v", len(qs), diags)
	}
	q := qs[0]
	// Whole escape sequences go, not only their ESC: no "[2J" is left.
	if q.Prompt != "Evil prompt" || !reflect.DeepEqual(q.Options, []string{"x y", "b", "c d"}) {
		t.Errorf("got prompt %q options %q", q.Prompt, q.Options)
	}
}

// hostileInputs are files built to make a parser run long or take memory.
func hostileInputs() map[string]struct {
	data []byte
	want string
} {
	bomb := "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	prev := "a"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		bomb += name + ": &" + name + " [" + strings.Repeat("*"+prev+",", 8) + "*" + prev + "]\n"
		prev = name
	}
	bomb += "questions: *i\n"
	return map[string]struct {
		data []byte
		want string
	}{
		"alias bomb":                  {[]byte(bomb), "q.quiz.yaml:1:4: anchors and aliases are not allowed"},
		"100000 nested brackets":      {[]byte("questions: " + strings.Repeat("[", 100000)), "YAML syntax: exceeded max depth of 10000 (lists or mappings are nested too deeply)"},
		"100000 nested braces":        {[]byte("questions: " + strings.Repeat("{a: ", 100000)), "YAML syntax: exceeded max depth of 10000"},
		"deeply indented block lists": {[]byte("questions:\n  " + strings.Repeat("- ", 20000) + "x\n"), "YAML syntax: exceeded max depth of 10000"},
		"100 MB file":                 {bytes.Repeat([]byte("# padding\n"), 10<<20), "q.quiz.yaml:1:1: question file is 100 MiB, over the limit of 1 MiB"},
		"10000 questions": {[]byte("questions:\n" + strings.Repeat("  - {id: q, type: truefalse, prompt: P, answer: true}\n", 10000)),
			"q.quiz.yaml:2002:5: over the limit of 2000 questions in one file (this is question 2001)"},
		"1 MiB of aliases": {[]byte("questions:\n  - &x a\n" + strings.Repeat("  - *x\n", (MaxQuestionFileSize-30)/7)),
			"q.quiz.yaml:2:5: anchors and aliases are not allowed"},
	}
}

func TestParseFileRefusesHostileInput(t *testing.T) {
	for name, tc := range hostileInputs() {
		t.Run(name, func(t *testing.T) {
			qs, diags := ParseFile("q.quiz.yaml", tc.data)
			if len(qs) != 0 || len(diags) != 1 {
				t.Fatalf("got %d questions and %d diagnostics, want 0 and 1", len(qs), len(diags))
			}
			if got := diags[0].Error(); !strings.Contains(got, tc.want) {
				t.Errorf("got %q, want it to contain %q", got, tc.want)
			}
		})
	}
}

func BenchmarkParseFileHostile(b *testing.B) {
	for name, tc := range hostileInputs() {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				ParseFile("q.quiz.yaml", tc.data)
			}
		})
	}
}

func BenchmarkParseFileValid(b *testing.B) {
	data, err := os.ReadFile("testdata/parse/all-types.quiz.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ParseFile("q.quiz.yaml", data)
	}
}

// The examples in docs/packs.md are what teachers copy: each must parse
// without a diagnostic, and together they must show every type.
func TestDocsExamplesParse(t *testing.T) {
	doc, err := os.ReadFile("../docs/packs.md")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[Type]bool{}
	blocks := strings.Split(string(doc), "```yaml\n")[1:]
	for _, block := range blocks {
		block = block[:strings.Index(block, "```")]
		if !strings.Contains(block, "- id:") {
			continue
		}
		if !strings.HasPrefix(block, "questions:") {
			block = "questions:\n" + block
		}
		qs, diags := ParseFile("packs.md", []byte(block))
		for _, d := range diags {
			t.Errorf("%s in\n%s", d, block)
		}
		for _, q := range qs {
			seen[q.Type] = true
		}
	}
	for _, typ := range Types {
		if !seen[typ] {
			t.Errorf("no example of a %s question", typ)
		}
	}
}
