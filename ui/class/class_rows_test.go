package class

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/quiz/class"
	"brief/ui/common"
	"brief/ui/internal/uitest"
)

const passage = "The embankments were built in [[1958]] and the river in Tamil is [[Kelani]]. " +
	"They were raised again after the floods of 1989, 2010 and 2016, and the city's canals were widened so that " +
	"the water of the monsoon could reach the sea before the low-lying streets of Kolonnawa and Wellampitiya flooded. " +
	"The works were paid for by the city and the state, and the next ones are planned for 2027."

// clozeScreen is a class of four on a cloze question and a choice
// question asked after it, one of them cut short with nothing finished,
// opened with the pack's text for the cloze.
func clozeScreen(t *testing.T, keys ...string) string {
	t.Helper()
	pack := class.Pack{ID: "floods", Version: "1.0.0", ContentHash: "sha256:0123456789"}
	start := time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)
	end := start.Add(4 * time.Millisecond)
	var hs []*class.HandIn
	for i, fill := range []string{"[1958] [x]", "[1958] [x]", "[1958] [Kelani]"} {
		given := "The embankments were built in " + strings.Fields(fill)[0] + " and the river in Tamil is " + strings.Fields(fill)[1] + ". They…"
		a := class.Attempt{ID: 1, Article: "floods", Mode: class.ModePractice, Started: start, Finished: &end, Answers: []class.Answer{
			{Question: "zeta", Type: "choice", Given: "Colombo", Points: 1, Max: 1},
			{Question: "fill", Type: "cloze", Given: given, Points: float64(i / 2), Max: 1},
		}}
		hs = append(hs, &class.HandIn{Student: string(rune('A' + i)), Pack: pack, Attempts: []class.Attempt{a}})
	}
	hs = append(hs, &class.HandIn{Student: "Student 5", Pack: pack, Unfinished: map[string]int{"floods": 2}})
	text := class.QuestionText(&quiz.Question{Type: quiz.Cloze, Text: passage})
	s := New(class.Build(hs), Prompts{{"floods", "fill"}: text}, common.DefaultStyles(true))
	s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, k := range keys {
		s.Update(uitest.KeyPress(k))
	}
	return ansi.Strip(s.View())
}

// A student cut short twice has a row that says so; a sub-second
// attempt's time is 0:00, as the CSV's 0 seconds.
func TestClassScreenListsAStudentWithNoFinishedAttempt(t *testing.T) {
	v := clozeScreen(t)
	if !strings.Contains(v, "Student 5") || !strings.Contains(v, "no finished attempt (2 unfinished)") {
		t.Errorf("the gradebook lacks Student 5, cut short:\n%s", v)
	}
	if strings.Contains(v, "0:01") || !strings.Contains(v, "0:00") {
		t.Errorf("a 0.004 s attempt should take 0:00:\n%s", v)
	}
}

// Questions are in the order asked, which the tab line names; a cloze
// answer shows its blanks.
func TestClassScreenQuestionsInOrderWithClozeBlanks(t *testing.T) {
	v := clozeScreen(t, "tab")
	if !strings.Contains(v, "by order asked") || strings.Index(v, "zeta") > strings.Index(v, "fill") {
		t.Errorf("want zeta before fill, by order asked:\n%s", v)
	}
	if !strings.Contains(v, "1958 | x") {
		t.Errorf("the most given wrong cloze answer should be its blanks:\n%s", v)
	}
}

// An opened cloze question without a prompt shows its passage, blanks as
// ___, cut to four lines, and its answers as blanks.
func TestClassScreenOpensAClozeQuestion(t *testing.T) {
	v := clozeScreen(t, "tab", "down", "enter")
	if !strings.Contains(v, "The embankments were built in ___ and the river in Tamil is ___.") {
		t.Errorf("no passage:\n%s", v)
	}
	if strings.Contains(v, "2027") || !strings.Contains(v, "…") {
		t.Errorf("the passage should be cut to four lines:\n%s", v)
	}
	for _, want := range []string{"1958 | x", "1958 | Kelani"} {
		if !strings.Contains(v, want) {
			t.Errorf("the bars lack %q:\n%s", want, v)
		}
	}
}

// With too few answers to name a section, the students tab shows dashes
// and says once why.
func TestClassScreenSaysWhyNothingIsNamed(t *testing.T) {
	v := clozeScreen(t, "tab", "tab")
	if strings.Count(v, "nothing named yet") != 1 || !strings.Contains(v, "A          —          —") {
		t.Errorf("want dashes and one note:\n%s", v)
	}
}
