package scores

import (
	"brief/quiz"
	"testing"
	"time"
)

// RecordAll saves a batch of answers in one transaction: all of them, or
// none when one cannot be saved.
func TestRecordAllIsAllOrNothing(t *testing.T) {
	qs := []quiz.Question{
		{ID: "a", Type: quiz.TrueFalse, Points: 1, Truth: true, Level: quiz.Recall},
		{ID: "b", Type: quiz.TrueFalse, Points: 1, Truth: true, Level: quiz.Recall},
		{ID: "c", Type: quiz.TrueFalse, Points: 1, Truth: true, Level: quiz.Recall},
	}
	yes := true
	tests := map[string]struct {
		spoil     bool // the last answer's marks cannot be stored
		wantSaved int
	}{
		"every answer saved":         {wantSaved: 3},
		"one bad answer: none saved": {spoil: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := openTestStore(t)
			rec, err := s.Begin(AttemptInfo{PackID: "pack", ArticleID: "art", Mode: ModePractice})
			if err != nil {
				t.Fatal(err)
			}
			sess, err := quiz.NewSession(qs, quiz.SessionOptions{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			var batch []Answered
			for i := range sess.Items {
				sess.Answer(i, quiz.Response{Truth: &yes})
				batch = append(batch, Answered{Item: &sess.Items[i], At: time.Now()})
			}
			if tc.spoil {
				sess.Items[2].Result.Points = 7 // more than the question is worth
			}
			err = rec.RecordAll(batch)
			if (err != nil) != tc.spoil {
				t.Fatalf("RecordAll: %v", err)
			}
			_, answers, err := s.UnfinishedAttempt("pack", "art")
			if err != nil || len(answers) != tc.wantSaved {
				t.Errorf("%d answers saved (%v), want %d", len(answers), err, tc.wantSaved)
			}
		})
	}
}
