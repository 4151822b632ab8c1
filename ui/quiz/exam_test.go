package quiz

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

func TestExamHoldsMarksUntilHandedIn(t *testing.T) {
	q := newTestQuiz(t, Config{Exam: true}, "venue", "air-koryo", "timeline")
	qzPress(q, wrongKeys(q.item())...)
	if q.cur != 1 || q.phase() != phaseAnswer {
		t.Fatalf("after an exam answer: question %d, phase %d; want the next question", q.cur+1, q.phase())
	}
	if v := qzView(q); strings.Contains(v, "Wrong") || strings.Contains(v, "Right") || strings.Contains(v, "Score") {
		t.Errorf("the exam shows a mark before the end:\n%s", v)
	}
	if v := qzView(q); !strings.Contains(v, "Answered 1/3") {
		t.Errorf("the exam does not count answers:\n%s", v)
	}
}

func TestExamFlagAndRevisit(t *testing.T) {
	q := newTestQuiz(t, Config{Exam: true}, "venue", "air-koryo", "timeline")
	qzPress(q, "!")
	if !q.sess().Items[0].Flagged {
		t.Fatal("f did not flag the question")
	}
	if !strings.Contains(qzView(q), "⚑ flagged") {
		t.Errorf("the flag is not shown:\n%s", qzView(q))
	}
	qzPress(q, "]", "]")
	if q.cur != 2 {
		t.Fatalf("] twice: on question %d, want 3", q.cur+1)
	}
	qzPress(q, "[")
	if q.cur != 1 {
		t.Fatalf("[: on question %d, want 2", q.cur+1)
	}

	qzPress(q, "l")
	if q.phase() != phaseOverview {
		t.Fatalf("l: phase %d, want the question list", q.phase())
	}
	v := qzView(q)
	for _, want := range []string{"0 of 3 answered", " 1. ○ open     ⚑ ", " 2. ○ open", " 3. ○ open"} {
		if !strings.Contains(v, want) {
			t.Errorf("the list lacks %q:\n%s", want, v)
		}
	}
	qzPress(q, "up", "enter")
	if q.cur != 0 || q.phase() != phaseAnswer {
		t.Fatalf("choosing question 1 in the list: question %d, phase %d", q.cur+1, q.phase())
	}
	// An answer may change until the exam is handed in.
	qzPress(q, wrongKeys(q.item())...)
	qzPress(q, "[")
	qzPress(q, rightKeys(q.item())...)
	if q.sess().Items[0].Result.Verdict != quiz.Right {
		t.Errorf("a changed answer was not kept: %s", q.sess().Items[0].Result.Verdict)
	}
}

func TestExamHandIn(t *testing.T) {
	q := newTestQuiz(t, Config{Exam: true, Writer: study.NewWriter(testStore(t))}, "venue", "air-koryo", "timeline")
	qzPress(q, rightKeys(q.item())...)
	qzPress(q, "!", "s") // flag question 2 and leave it
	qzPress(q, "s")      // leave question 3: the last, so hand in?
	if q.phase() != phaseConfirm {
		t.Fatalf("after the last question: phase %d, want the hand-in question", q.phase())
	}
	v := qzView(q)
	for _, want := range []string{"Hand in your answers?", "Unanswered (2; they will count as skipped): 2, 3", "Flagged (1): 2"} {
		if !strings.Contains(v, want) {
			t.Errorf("the hand-in question lacks %q:\n%s", want, v)
		}
	}
	qzPress(q, "n")
	if q.phase() != phaseAnswer || q.cur != 1 {
		t.Fatalf("n: phase %d on question %d, want question 2 (the first left)", q.phase(), q.cur+1)
	}
	s, cmd := qzPress(q, "S", "y")
	r, ok := s.(*ResultsScreen)
	if !ok {
		t.Fatalf("y: the screen is %T, want the results", s)
	}
	if cmd == nil {
		t.Error("handing in gave no command to record the answers")
	}
	for i, want := range []quiz.Verdict{quiz.Right, quiz.Skipped, quiz.Skipped} {
		if got := r.att.Session().Items[i].Result; got == nil || got.Verdict != want {
			t.Errorf("question %d: %+v, want %s", i+1, got, want)
		}
	}
	if v := qzView(r); !strings.Contains(v, "Score 1/3 · 33%") {
		t.Errorf("results:\n%s", v)
	}
}

// Handing in yourself takes what is on screen, as time-up does: a typed
// answer not yet sent, boxes ticked, an order moved. Only what has nothing
// put down counts as skipped, and the hand-in question says which is which.
func TestExamHandInTakesWhatIsPutDown(t *testing.T) {
	q := newTestQuiz(t, Config{Exam: true}, "summit-focus", "crucial-time", "timeline")
	qzPress(q, withoutSubmit(q.item())...)
	qzPress(q, "pgdown")
	qzPress(q, withoutSubmit(q.item())...)
	qzPress(q, "]", "S")
	if q.phase() != phaseConfirm {
		t.Fatalf("S: phase %d, want the hand-in question", q.phase())
	}
	v := strings.Join(strings.Fields(qzView(q)), " ")
	for _, want := range []string{
		"Unanswered (1; it will count as skipped): 3",
		"Put down but not sent (2; handed in as they stand): 1, 2",
		"n goes back to question 3, the first unanswered",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the hand-in question lacks %q:\n%s", want, qzView(q))
		}
	}
	s, _ := qzPress(q, "y")
	r, ok := s.(*ResultsScreen)
	if !ok {
		t.Fatalf("y: %T, want the results", s)
	}
	for i, want := range []quiz.Verdict{quiz.Right, quiz.Right, quiz.Skipped} {
		if got := r.att.Session().Items[i].Result; got == nil || got.Verdict != want {
			t.Errorf("question %d: handed in as %+v, want %s", i+1, got, want)
		}
	}
}

func TestExamCountdown(t *testing.T) {
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	tests := map[string]struct {
		after    time.Duration
		finished bool
		shows    string
	}{
		"at the start":        {0, false, "⏱ 10:00"},
		"after a second":      {time.Second, false, "⏱ 9:59"},
		"with a minute left":  {9 * time.Minute, false, "⏱ 1:00"},
		"as time runs out":    {10 * time.Minute, true, ""},
		"long after time out": {time.Hour, true, ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: true, TimeLimit: 10 * time.Minute}, "venue", "air-koryo")
			q.Update(ClockMsg{at: start})
			qzPress(q, rightKeys(q.item())...)
			s, cmd := q.Update(ClockMsg{at: start.Add(tc.after)})
			if _, done := s.(*ResultsScreen); done != tc.finished {
				t.Fatalf("after %v: results shown %v, want %v", tc.after, done, tc.finished)
			}
			if tc.finished {
				r := s.(*ResultsScreen)
				if got := r.att.Session().Items[1].Result; got == nil || got.Verdict != quiz.Skipped {
					t.Errorf("the unanswered question is %+v, want skipped", got)
				}
				return
			}
			if cmd == nil {
				t.Error("the clock stopped ticking")
			}
			if v := qzView(q); !strings.Contains(v, tc.shows) {
				t.Errorf("the header does not show %q:\n%s", tc.shows, v)
			}
		})
	}
}

func TestExamHandInGoesBackToWhatIsLeft(t *testing.T) {
	tests := map[string]struct {
		keys []string // from question 1 of 3, ending on the hand-in question
		back int      // the question n goes back to, from 1
		says string
	}{
		"the first unanswered before a flagged one": {[]string{"!", "s", "s", "s"}, 1, "n goes back to question 1, the first unanswered"},
		"unanswered after a flagged answer":         {[]string{"RIGHT1", "RIGHT2f", "s"}, 3, "n goes back to question 3, the first unanswered"},
		"the first flagged when all are answered":   {[]string{"RIGHT1", "RIGHT2f", "RIGHT3"}, 2, "n goes back to question 2, the first flagged"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: true}, "venue", "air-koryo", "timeline")
			for _, k := range tc.keys {
				switch k {
				case "RIGHT1", "RIGHT2f", "RIGHT3":
					if k == "RIGHT2f" {
						qzPress(q, "ctrl+f") // flag it first: answering moves on
					}
					qzPress(q, rightKeys(q.item())...)
				default:
					qzPress(q, k)
				}
			}
			if q.phase() != phaseConfirm {
				t.Fatalf("phase %d, want the hand-in question", q.phase())
			}
			if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, tc.says) {
				t.Errorf("the hand-in question does not say %q:\n%s", tc.says, qzView(q))
			}
			qzPress(q, "n")
			if q.phase() != phaseAnswer || q.cur != tc.back-1 {
				t.Errorf("n: phase %d on question %d, want question %d", q.phase(), q.cur+1, tc.back)
			}
		})
	}
}

func TestExamTimeUp(t *testing.T) {
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	q := newTestQuiz(t, Config{Exam: true, TimeLimit: 3 * time.Minute}, "venue", "air-koryo")
	q.Update(ClockMsg{at: start})
	st := q.theme.Styles
	tests := []struct {
		at   time.Duration
		want string
	}{
		{time.Minute, st.Section.Render("⏱ 2:00")},
		{2*time.Minute + 30*time.Second, st.Error.Render("⏱ 0:30")},
	}
	for _, tc := range tests {
		q.Update(ClockMsg{at: start.Add(tc.at)})
		if v := q.View(); !strings.Contains(v, tc.want) {
			t.Errorf("after %v the countdown is not %q:\n%s", tc.at, tc.want, v)
		}
	}
	s, _ := q.Update(ClockMsg{at: start.Add(3 * time.Minute)})
	r, ok := s.(*ResultsScreen)
	if !ok {
		t.Fatalf("time up: %T, want the results", s)
	}
	if v := qzView(r); !strings.Contains(v, "Time is up: your answers were handed in.") {
		t.Errorf("the results do not say time ran out:\n%s", v)
	}
	// Handed in by the student, the results say nothing of the time.
	q = newTestQuiz(t, Config{Exam: true, TimeLimit: 3 * time.Minute}, "venue")
	q.Update(ClockMsg{at: start})
	s, _ = qzPress(q, "s", "y")
	if v := qzView(s); strings.Contains(v, "Time is up") {
		t.Errorf("handed in in time, the results say time ran out:\n%s", v)
	}
}

func TestExamRevisitedChoiceKeepsLettersInAColumn(t *testing.T) {
	tests := map[string]struct{ id string }{
		"true or false": {"food-aid-hedged"},
		"choice":        {"venue"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: true}, tc.id, "delegation-agenda")
			qzPress(q, wrongKeys(q.item())...)
			qzPress(q, "[")
			columns := map[int]bool{}
			for _, l := range strings.Split(qzView(q), "\n") {
				for _, letter := range []string{"A) ", "B) ", "C) ", "D) "} {
					if i := strings.Index(l, letter); i >= 0 {
						columns[ansi.StringWidth(l[:i])] = true
					}
				}
			}
			if len(columns) != 1 {
				t.Errorf("the option letters start in columns %v, want one:\n%s", columns, qzView(q))
			}
		})
	}
}

// In a text box letters are typed, so the exam's keys there are ctrl and
// function keys, and the full help (f1) names them.
func TestExamTypedQuestionKeys(t *testing.T) {
	tests := map[string]struct{ id string }{
		"a short answer":  {"sullivan"},
		"fill the blanks": {"summit-dates"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: true}, "venue", tc.id)
			qzPress(q, "]")
			qzPress(q, qzType("fl")...)
			qzPress(q, "f1")
			help := strings.Join(strings.Fields(qzView(q)), " ")
			for _, want := range []string{"ctrl+f flag", "pgup previous", "pgdn next", "ctrl+l list", "ctrl+s skip for now", "f1 "} {
				if !strings.Contains(help, want) {
					t.Errorf("f1's help lacks %q:\n%s", want, qzView(q))
				}
			}
			qzPress(q, "f1", "ctrl+f")
			if !q.item().Flagged {
				t.Error("ctrl+f did not flag the question")
			}
			qzPress(q, "ctrl+l")
			if q.phase() != phaseOverview {
				t.Fatalf("ctrl+l: phase %d, want the question list", q.phase())
			}
			// The list calls the typed answer what the hand-in does.
			if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, "2. ○ put down") && !strings.Contains(v, "2. [ ] put down") {
				t.Errorf("the list does not say question 2 is put down:\n%s", qzView(q))
			}
			qzPress(q, "S")
			if v := strings.Join(strings.Fields(qzView(q)), " "); !strings.Contains(v, "Put down but not sent (1; handed in as it stands): 2") {
				t.Errorf("the hand-in question does not list the typed answer:\n%s", qzView(q))
			}
			if s, _ := qzPress(q, "y"); !isResults(s) {
				t.Errorf("S, y from the list: %T, want the results", s)
			}
			// What was typed counts, as it would at time-up.
			if got := answerText(testTheme().Styles.Glyphs(), q.sess().Items[1].Q, q.sess().Items[1].Response); !strings.Contains(got, "fl") {
				t.Errorf("the typed text was not handed in: %q", got)
			}
		})
	}
}

// isResults reports whether a screen is the results.
func isResults(s common.Screen) bool {
	_, ok := s.(*ResultsScreen)
	return ok
}
