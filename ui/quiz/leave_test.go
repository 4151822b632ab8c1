package quiz

import (
	"strings"
	"testing"

	"brief/quiz/study"
	"brief/ui/common"
)

func TestQuizAsksBeforeLeavingWithQuestionsLeft(t *testing.T) {
	ids := []string{"venue", "sullivan", "timeline"}
	tests := map[string]struct {
		exam   bool
		before func(q *Screen) []string // keys that answer some questions
		asks   string
		from   quizPhase
	}{
		"practice, at the feedback": {false, func(q *Screen) []string { return rightKeys(q.item()) },
			"Leave the quiz? Your answers are saved and you can resume later. y leave · n stay", phaseFeedback},
		"practice, at the next question": {false, func(q *Screen) []string { return append(rightKeys(q.item()), "enter") },
			"Leave the quiz? Your answers are saved and you can resume later.", phaseAnswer},
		"exam": {true, func(q *Screen) []string { return rightKeys(q.item()) },
			"Leave the exam? It is not handed in: the clock is paused until you resume it. y leave · n stay", phaseAnswer},
	}
	for name, tc := range tests {
		for _, stay := range []string{"n", "esc", "enter"} {
			t.Run(name+"/"+stay+" stays", func(t *testing.T) {
				st := testStore(t)
				q := newTestQuiz(t, Config{Exam: tc.exam, Writer: study.NewWriter(st)}, ids...)
				deliver(q, q.begin())
				qzPress(q, tc.before(q)...)
				cur := q.cur
				if _, cmd := qzPress(q, "esc"); cmd != nil {
					t.Fatalf("esc left at once (%T) with questions left", cmd())
				}
				if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, tc.asks) {
					t.Errorf("esc does not ask %q:\n%s", tc.asks, qzView(q))
				}
				qzPress(q, stay)
				if q.phase() != tc.from || q.cur != cur {
					t.Errorf("%s: phase %d on question %d, want phase %d on question %d", stay, q.phase(), q.cur+1, tc.from, cur+1)
				}
			})
		}
		t.Run(name+"/y leaves", func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: tc.exam}, ids...)
			qzPress(q, tc.before(q)...)
			qzPress(q, "esc")
			_, cmd := qzPress(q, "y")
			if cmd == nil {
				t.Fatal("y gave no command")
			}
			msg := cmd()
			if tc.exam {
				// An exam left goes home, saying the clock is paused.
				if home, ok := msg.(common.HomeMsg); !ok || !strings.Contains(home.Note, "clock paused") {
					t.Errorf("y sent %#v, want HomeMsg saying the clock is paused", msg)
				}
				return
			}
			if _, ok := msg.(common.BackMsg); !ok {
				t.Errorf("y sent %T, want BackMsg", msg)
			}
		})
	}
}

func TestQuizLeaveSaysWhenNothingIsSaved(t *testing.T) {
	q := newTestQuiz(t, Config{SavingNotice: "scores are not saved"}, "venue", "sullivan")
	qzPress(q, rightKeys(q.item())...)
	qzPress(q, "esc")
	want := "Leave the quiz? Your answers are not being saved: leaving ends this quiz."
	if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, want) {
		t.Errorf("esc does not ask %q:\n%s", want, qzView(q))
	}
}

func TestQuizLeavesAtOnceWithNothingToLose(t *testing.T) {
	tests := map[string]struct {
		ids  []string
		keys func(q *Screen) []string
	}{
		"nothing answered": {[]string{"venue", "sullivan"}, func(*Screen) []string { return nil }},
		"all answered":     {[]string{"venue"}, func(q *Screen) []string { return rightKeys(q.item()) }},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{}, tc.ids...)
			qzPress(q, tc.keys(q)...)
			_, cmd := qzPress(q, "esc")
			if cmd == nil {
				t.Fatalf("esc asked instead of leaving:\n%s", qzView(q))
			}
			if _, ok := cmd().(common.BackMsg); !ok {
				t.Errorf("esc sent %T, want BackMsg", cmd())
			}
		})
	}
}

func TestQuizLeavesWithEsc(t *testing.T) {
	q := newTestQuiz(t, Config{}, "venue")
	_, cmd := qzPress(q, "esc")
	if cmd == nil {
		t.Fatal("esc gave no command")
	}
	if _, ok := cmd().(common.BackMsg); !ok {
		t.Errorf("esc sent %T, want BackMsg", cmd())
	}
}
