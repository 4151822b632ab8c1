package lint

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"brief/content"
	"brief/internal/diag"
	"brief/quiz"
)

// limitArticle is an article for the question files under test.
const limitArticle = "---\ntitle: Limits\n---\n\nSome text.\n"

// questionFormatsUnderTest write n questions in each of brief's question
// formats.
var questionFormatsUnderTest = map[string]struct {
	suffix string
	write  func(n int) string
	line   func(i int) int // the line question i (from 0) starts on
	col    int             // and its column
	many   int             // a hostile count that stays under the size limits
}{
	"quiz.yaml": {
		suffix: content.QuizSuffix, col: 5, many: 10000,
		write: func(n int) string {
			var b strings.Builder
			b.WriteString("questions:\n")
			for i := range n {
				fmt.Fprintf(&b, "  - id: q%d\n    type: truefalse\n    prompt: Is it %d?\n    answer: true\n", i, i)
			}
			return b.String()
		},
		line: func(i int) int { return 2 + 4*i },
	},
	"gift": {
		suffix: content.GIFTSuffix, col: 1, many: 100000,
		write: func(n int) string {
			var b strings.Builder
			for i := range n {
				fmt.Fprintf(&b, "::t%d:: Is it %d? {T}\n\n", i, i)
			}
			return b.String()
		},
		line: func(i int) int { return 1 + 2*i },
	},
	"aiken": {
		suffix: content.AikenSuffix, col: 1, many: 100000,
		write: func(n int) string {
			var b strings.Builder
			for i := range n {
				fmt.Fprintf(&b, "Is it %d?\nA. yes\nB. no\nANSWER: A\n\n", i)
			}
			return b.String()
		},
		line: func(i int) int { return 1 + 5*i },
	},
}

// TestQuestionFileLimit: a question file of any format may hold
// quiz.MaxQuestionsPerFile questions; one more is an error at that
// question, which parse, lint and load all report, and the parser reads no
// further (a 1.6 MB GIFT file of 100,000 questions took 1.5 GB to import).
func TestQuestionFileLimit(t *testing.T) {
	for format, f := range questionFormatsUnderTest {
		for _, n := range []int{quiz.MaxQuestionsPerFile, quiz.MaxQuestionsPerFile + 1, f.many} {
			t.Run(fmt.Sprintf("%s/%d", format, n), func(t *testing.T) {
				name := "limits" + f.suffix
				data := []byte(f.write(n))
				var qs []quiz.Question
				var diags []*diag.Diagnostic
				for _, qf := range content.QuestionFormats() {
					if qf.Suffix == f.suffix {
						qs, diags = qf.Parse(name, data)
					}
				}
				fsys := fstest.MapFS{"limits.md": {Data: []byte(limitArticle)}, name: {Data: data}}
				_, loadErr := content.Load(fsys, "p")
				lint := Pack(fsys, "p")
				if n <= quiz.MaxQuestionsPerFile {
					if len(qs) != n || diag.FirstError(diags) != nil || loadErr != nil || diag.FirstError(lint) != nil {
						t.Fatalf("%d of %d questions read, error %v, load %v, lint %v", len(qs), n, diag.FirstError(diags), loadErr, diag.FirstError(lint))
					}
					return
				}
				want := fmt.Sprintf("%s:%d:%d: over the limit of 2000 questions in one file (this is question 2001): split the file into smaller ones", name, f.line(quiz.MaxQuestionsPerFile), f.col)
				var errs []string
				for _, d := range diags {
					if d.Severity == diag.Error {
						errs = append(errs, d.Error())
					}
				}
				if len(errs) != 1 || errs[0] != want {
					t.Errorf("parse errors %q, want only\n%s", errs, want)
				}
				if len(qs) > quiz.MaxQuestionsPerFile {
					t.Errorf("%d questions read past the limit", len(qs))
				}
				if loadErr == nil || loadErr.Error() != "p/"+want {
					t.Errorf("load: %v, want p/%s", loadErr, want)
				}
				if err := diag.FirstError(lint); err == nil || err.Error() != "p/"+want {
					t.Errorf("lint: %v, want p/%s", err, want)
				}
			})
		}
	}
}

// TestSectionLimit: an article may have content.MaxSections headings besides its
// lead; the first heading over is an error, for parse, lint and load.
func TestSectionLimit(t *testing.T) {
	article := func(lead bool, n int) string {
		s := "---\ntitle: Many sections\n---\n"
		if lead {
			s += "\nThe lead.\n"
		}
		return s + "\n" + headings(n, func(i int) string { return fmt.Sprintf("S%d", i) })
	}
	// headings writes four lines a section: the heading of section i (from
	// 0) is on line first+4i.
	tests := map[string]struct {
		md      string
		errLine int // 0 for no error
	}{
		"at the limit, with a lead": {md: article(true, content.MaxSections)},
		"at the limit, no lead":     {md: article(false, content.MaxSections)},
		"one over":                  {md: article(true, content.MaxSections+1), errLine: 7 + 4*content.MaxSections},
		"100,000 headings":          {md: article(false, 100000), errLine: 5 + 4*content.MaxSections},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a, err := content.ParseArticle("a.md", []byte(tc.md))
			fsys := fstest.MapFS{"a.md": {Data: []byte(tc.md)}}
			_, loadErr := content.Load(fsys, "p")
			lintErr := diag.FirstError(Pack(fsys, "p"))
			if tc.errLine == 0 {
				if err != nil || loadErr != nil || lintErr != nil || len(a.Sections) < content.MaxSections {
					t.Fatalf("parse %v, load %v, lint %v", err, loadErr, lintErr)
				}
				return
			}
			want := fmt.Sprintf("a.md:%d:1: over the limit of 1000 sections (\"## \" headings) in one article (this is heading 1001): split the article into several", tc.errLine)
			var d *diag.Diagnostic
			if !errors.As(err, &d) || d.Error() != want {
				t.Errorf("parse: %v\nwant %s", err, want)
			}
			if loadErr == nil || loadErr.Error() != "p/"+want {
				t.Errorf("load: %v\nwant p/%s", loadErr, want)
			}
			if lintErr == nil || lintErr.Error() != "p/"+want {
				t.Errorf("lint: %v\nwant p/%s", lintErr, want)
			}
		})
	}
}
