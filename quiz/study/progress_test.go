package study

import (
	"fmt"
	"testing"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
)

// The home note says how much of the article was read and how far the quiz
// left unfinished got, before the best score.
func TestHomeNotesSayHowFarTheStudentGot(t *testing.T) {
	p, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Articles[0]
	st, err := scores.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	notes, err := HomeNotes(st, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got := notes(p, a); got != "" {
		t.Errorf("note on an article never opened = %q, want none", got)
	}

	// The first two sections read, the third only passed through.
	read := a.Sections[0].Words + a.Sections[1].Words
	for i, words := range []int{a.Sections[0].Words, a.Sections[1].Words, 0} {
		if err := st.RecordReading(p.ID, a.ID, a.Sections[i].Slug, time.Minute, words); err != nil {
			t.Fatal(err)
		}
	}
	ids := make([]string, len(a.Questions))
	for i, q := range a.Questions {
		ids[i] = q.ID
	}
	id, err := st.StartAttempt(scores.AttemptInfo{PackID: p.ID, ArticleID: a.ID, Mode: scores.ModePractice, QuestionIDs: ids, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Questions[:2] {
		if err := st.RecordAnswer(quiz.AnswerRecord{AttemptID: id, PackID: p.ID, ArticleID: a.ID, QuestionID: q.ID,
			QuestionHash: "h", Section: q.Section, Level: string(q.Level), Given: `"a"`, Points: 1, Max: 1, At: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	if notes, err = HomeNotes(st, time.Now()); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%d%% read · quiz in progress 2/%d", 100*read/a.Words(), len(ids))
	if got := notes(p, a); got != want {
		t.Errorf("note = %q, want %q", got, want)
	}
}

// With no store there are no notes, and no error.
func TestHomeNotesWithoutAStore(t *testing.T) {
	notes, err := HomeNotes(nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got := notes(&content.Pack{}, &content.Article{}); got != "" {
		t.Errorf("HomeNotes(nil) gives %q, want empty notes", got)
	}
}
