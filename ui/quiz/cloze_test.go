package quiz

import (
	"strings"
	"testing"
)

// What is typed in a blank shows in the sentence as it is typed, and the
// blank being typed in is marked.
func TestClozeSentenceShowsTheTypedWords(t *testing.T) {
	q := newTestQuiz(t, Config{}, "summit-dates")
	qzPress(q, qzType("four")...)
	qzPress(q, "tab", "1")
	flat := strings.Join(strings.Fields(qzView(q)), " ")
	if !strings.Contains(flat, "After a [1 four]-year gap, the two leaders met on September ▸[2 1] and [3 _____].") {
		t.Errorf("the sentence does not show the typed words and the active blank:\n%s", qzView(q))
	}
}

// Enter on the last blank with an earlier one empty asks before it
// answers; a second enter answers, and typing in between asks again.
func TestClozeEnterWithABlankEmptyAsksFirst(t *testing.T) {
	q := newTestQuiz(t, Config{}, "summit-dates")
	qzPress(q, qzType("four")...)
	qzPress(q, "enter", "enter", "1", "3", "enter")
	if q.item().Result != nil {
		t.Fatal("enter on the last blank answered with blank 2 empty")
	}
	if v := qzView(q); !strings.Contains(v, "Blank 2 is empty: enter answers anyway") {
		t.Errorf("the quiz does not say blank 2 is empty:\n%s", v)
	}
	qzPress(q, "backspace", "3", "enter")
	if q.item().Result != nil {
		t.Fatal("enter answered after the student typed again")
	}
	qzPress(q, "enter")
	if q.item().Result == nil {
		t.Fatal("a second enter did not answer")
	}
	// All blanks filled: enter answers at once.
	q = newTestQuiz(t, Config{}, "summit-dates")
	qzPress(q, rightKeys(q.item())...)
	if q.item().Result == nil {
		t.Fatal("enter on the last blank did not answer with every blank filled")
	}
}
