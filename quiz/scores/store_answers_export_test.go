package scores

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"brief/quiz"
)

// An answer typed as a formula, or holding an escape sequence, is listed
// inert: a ' before the formula, the escape's control character dropped;
// a retry is listed as a retry.
func TestAnswerRowsAreListedInert(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)
	id, err := s.StartAttempt(AttemptInfo{PackID: "p", PackVersion: "1.0.0", ArticleID: "a", Mode: ModePractice, QuestionIDs: []string{"q"}, Retry: true, Started: at})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: "p", PackVersion: "1.0.0", ArticleID: "a", QuestionID: "q",
		Given: "=HYPERLINK(\"x\")\x1b[2J", Points: 0, Max: 1, Elapsed: 1500 * time.Millisecond, At: at}); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishAttempt(id, at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	rows, err := s.AnswerRows(AttemptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteAnswers(&b, rows, "csv"); err != nil {
		t.Fatal(err)
	}
	line := strings.Split(b.String(), "\r\n")[1]
	if !strings.Contains(line, `,retry,q,,,"'=HYPERLINK(""x"")[2J",0,1,false,1.5`) || strings.ContainsRune(line, 0x1b) {
		t.Errorf("row %q", line)
	}
}
