package quiz

import (
	"strings"
	"testing"

	"brief/internal/diag"
	"brief/internal/sanitize/sanitizetest"
)

// Question text is cleaned where it enters with the same sanitizer as
// articles, so nothing from a question file can act on a terminal however
// it is shown later: zero-width and bidi characters, lone CRs, combining
// floods and character references included.
func TestQuestionTextIsCleanedOnLoad(t *testing.T) {
	for name, in := range sanitizetest.HostileInputs {
		t.Run(name, func(t *testing.T) {
			yamlText := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace("before " + in.Payload + " after")
			var esc strings.Builder
			for _, r := range yamlText {
				if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
					esc.WriteString(`\x`)
					esc.WriteString(strings.ToUpper(string("0123456789abcdef"[r>>4]) + string("0123456789abcdef"[r&15])))
					continue
				}
				esc.WriteRune(r)
			}
			file := "questions:\n  - id: q\n    type: truefalse\n    prompt: \"" + esc.String() + "\"\n    answer: true\n    explain: \"" + esc.String() + "\"\n"
			qs, diags := ParseFile("q.quiz.yaml", []byte(file))
			for _, d := range diags {
				if d.Severity == diag.Error {
					t.Fatalf("%v\n%s", d, file)
				}
			}
			if len(qs) != 1 {
				t.Fatalf("got %d questions", len(qs))
			}
			for field, got := range map[string]string{"prompt": qs[0].Prompt, "explain": qs[0].Explain} {
				if v := sanitizetest.TextViolation(got); v != "" {
					t.Errorf("%s keeps %s: %q", field, v, got)
				}
				for _, bad := range in.Forbidden {
					if strings.Contains(got, bad) {
						t.Errorf("%s keeps %q: %q", field, bad, got)
					}
				}
				if !strings.Contains(got, "before") || !strings.Contains(got, "after") {
					t.Errorf("%s lost its words: %q", field, got)
				}
			}
		})
	}
}
