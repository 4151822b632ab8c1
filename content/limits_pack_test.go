package content

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"brief/internal/diag"
	"brief/quiz"
)

// giftQuestions is a GIFT file of n short questions, one every two lines.
func giftQuestions(n int) []byte {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "::Q%d:: Question %d {=a ~b}\n\n", i, i)
	}
	return []byte(b.String())
}

// packOfQuestions is a pack with one article per count, each with a GIFT
// file of that many questions.
func packOfQuestions(counts ...int) fstest.MapFS {
	files := fstest.MapFS{"pack.yaml": {Data: []byte("id: many\ntitle: Many\n")}}
	for i, n := range counts {
		name := fmt.Sprintf("a%d", i+1)
		files[name+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: Article " + name + "\n---\n\nSome text.\n")}
		files[name+".gift"] = &fstest.MapFile{Data: giftQuestions(n)}
	}
	return files
}

func TestPackQuestionLimit(t *testing.T) {
	tests := map[string]struct {
		counts  []int
		wantErr string // "" when the pack loads
	}{
		"at the limit": {counts: []int{2000, 2000, 1000}},
		"one over, in the last file": {counts: []int{2000, 2000, 1001},
			wantErr: "many/a3.gift:2001:1: question 5001 of the pack is over the limit of 5000 questions in a pack: split the pack in two, or remove questions"},
		"over in a file in the middle": {counts: []int{2000, 2000, 2000, 10},
			wantErr: "many/a3.gift:2001:1: question 5001 of the pack"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			p, err := Load(packOfQuestions(tt.counts...), "many")
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				n := 0
				for _, a := range p.Articles {
					n += len(a.Questions)
				}
				if n != MaxPackQuestions {
					t.Errorf("loaded %d questions, want %d", n, MaxPackQuestions)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
				t.Fatalf("Load error = %v\nwant one starting %q", err, tt.wantErr)
			}
			if p != nil {
				t.Error("Load returned a pack with its error")
			}
		})
	}
}

// Reading an article does not parse question files, so the limit does
// not stop a student reading one of a pack that is over it.
func TestPackQuestionLimitIsNotForReading(t *testing.T) {
	if _, err := load(packOfQuestions(2000, 2000, 2000), "many", false); err != nil {
		t.Errorf("load without questions: %v", err)
	}
}

// The tally Lint keeps file by file reports the same question as Load,
// once, however many files follow.
func TestQuestionTally(t *testing.T) {
	qs := func(file string, n int) []quiz.Question {
		out := make([]quiz.Question, n)
		for i := range out {
			out[i] = quiz.Question{Path: file, Line: i + 1, Col: 1}
		}
		return out
	}
	var tally QuestionTally
	var got []*diag.Diagnostic
	for i, n := range []int{2000, 2000, 1500, 700} {
		got = append(got, tally.Add(qs(fmt.Sprintf("f%d", i), n))...)
	}
	if len(got) != 1 || got[0].Path != "f2" || got[0].Line != 1001 || got[0].Severity != diag.Error {
		t.Errorf("tally reported %v; want one error at f2:1001", got)
	}
}
