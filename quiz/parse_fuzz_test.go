package quiz

import (
	"math"
	"reflect"
	"slices"
	"testing"
)

// FuzzParseFile checks that no file makes the parser panic, that every
// diagnostic is located, and that every question it returns can be graded,
// encoded and read back. The seed corpus is in testdata/fuzz/FuzzParseFile.
func FuzzParseFile(f *testing.F) {
	f.Add([]byte(head))
	f.Fuzz(func(t *testing.T, data []byte) {
		qs, diags := ParseFile("f.quiz.yaml", data)
		for _, d := range diags {
			if d.Path != "f.quiz.yaml" || d.Msg == "" || d.Line < 0 || (d.Line == 0 && d.Col != 0) || d.Col < 0 {
				t.Fatalf("badly located diagnostic %#v", d)
			}
		}
		for i := range qs {
			checkQuestion(t, &qs[i])
		}
		if len(qs) == 0 {
			return
		}
		out, err := EncodeFile(qs)
		if err != nil {
			t.Fatalf("questions that parsed do not encode cleanly: %v\n%s", err, out)
		}
		back, _ := ParseFile("f.quiz.yaml", out)
		if len(back) != len(qs) {
			t.Fatalf("encoded %d questions, read back %d\n%s", len(qs), len(back), out)
		}
		for i := range qs {
			a, b := qs[i], back[i]
			a.Line, a.Col, b.Line, b.Col = 0, 0, 0, 0
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("round trip changed a question:\n got %#v\nwant %#v\n%s", b, a, out)
			}
		}
	})
}

// checkQuestion asserts what the parser promises about a question it
// returns, and that its right answer grades as right.
func checkQuestion(t *testing.T, q *Question) {
	t.Helper()
	switch {
	case !questionIDPattern().MatchString(q.ID), !slices.Contains(Types, q.Type), !slices.Contains(Levels, q.Level):
		t.Fatalf("bad id, type or level: %#v", q)
	case q.Points <= 0 || math.IsInf(q.Points, 0) || math.IsNaN(q.Points), q.Typos < 0 || q.Typos > MaxTypos:
		t.Fatalf("bad points or typos: %#v", q)
	case q.Line < 1 || q.Col < 1:
		t.Fatalf("question not located: %#v", q)
	case q.Prompt == "" && q.Type != Cloze:
		t.Fatalf("no prompt: %#v", q)
	}
	switch q.Type {
	case Choice, Multi:
		if len(q.Options) < MinOptions || len(q.Options) > MaxOptions || len(q.Answers) == 0 || (q.Type == Choice && len(q.Answers) != 1) {
			t.Fatalf("bad options or answers: %#v", q)
		}
	case Order:
		if len(q.Items) < 2 || len(q.Items) > MaxItems {
			t.Fatalf("bad items: %#v", q)
		}
	case Match:
		if len(q.Pairs) < 2 || len(q.Pairs) > MaxItems {
			t.Fatalf("bad pairs: %#v", q)
		}
	case Cloze:
		if len(Blanks(q.Text)) == 0 {
			t.Fatalf("cloze without blanks: %#v", q)
		}
	case Numeric:
		if q.Range != nil && q.Range[0] > q.Range[1] || q.Tolerance < 0 {
			t.Fatalf("bad numbers: %#v", q)
		}
	}
	if r := Grade(q, rightResponse(q)); r.Verdict != Right || r.Points != q.Points {
		t.Fatalf("the right answer grades %s (%v points): %#v", r.Verdict, r.Points, q)
	}
	if r := Grade(q, Response{Skipped: true}); r.Verdict != Skipped || r.Points != 0 {
		t.Fatalf("a skip grades %s", r.Verdict)
	}
	_ = q.Hash()
}

// rightResponse builds the response that gives a question's right answer.
func rightResponse(q *Question) Response {
	var r Response
	switch q.Type {
	case Choice, Multi:
		for _, a := range q.Answers {
			r.Choices = append(r.Choices, slices.Index(q.Options, a))
		}
	case TrueFalse:
		r.Truth = &q.Truth
	case Short:
		r.Text = []string{q.Answers[0]}
	case Numeric:
		v := q.Number
		if q.Range != nil {
			v = q.Range[0]
		}
		r.Text = []string{formatExact(v)}
	case Order:
		for i := range q.Items {
			r.Order = append(r.Order, i)
		}
	case Match:
		for i := range q.Pairs {
			r.Matches = append(r.Matches, i)
		}
	case Cloze:
		for _, b := range Blanks(q.Text) {
			r.Text = append(r.Text, b[0])
		}
	}
	return r
}
