package quiz

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// quizStates opens the quiz screens in each of their states.
func quizStates(t *testing.T) map[string]common.Screen {
	t.Helper()
	states := map[string]common.Screen{}
	for _, id := range []string{"venue", "crucial-time", "summit-dates", "timeline", "who-said-what", "sullivan", "food-aid-hedged"} {
		states["answer "+id] = newTestQuiz(t, Config{}, id)
	}
	fb := newTestQuiz(t, Config{SavingNotice: "scores are not saved"}, "who-said-what")
	qzPress(fb, wrongKeys(fb.item())...)
	states["feedback"] = fb
	list := newTestQuiz(t, Config{Exam: true}, "venue", "sullivan", "timeline")
	qzPress(list, "!", "l")
	states["exam list"] = list
	confirm := newTestQuiz(t, Config{Exam: true}, "venue", "timeline")
	qzPress(confirm, "S")
	states["exam hand in"] = confirm
	for name, q := range promptStates(t) {
		states["prompt "+name] = q
	}
	states["results"] = finishedResults(t, Config{}, []string{"sullivan", "timeline"}, "venue", "sullivan", "timeline", "roles")
	review := finishedResults(t, Config{}, []string{"sullivan", "timeline"}, "venue", "sullivan", "timeline")
	qzPress(review, "r")
	states["review"] = review
	return states
}

// promptStates opens the quiz on each question it asks of the student:
// hand in, leave, and resume an unfinished exam.
func promptStates(t *testing.T) map[string]*Screen {
	t.Helper()
	handIn := newTestQuiz(t, Config{Exam: true}, "venue", "timeline")
	qzPress(handIn, "S")
	leave := newTestQuiz(t, Config{}, "venue", "sullivan", "timeline")
	qzPress(leave, rightKeys(leave.item())...)
	qzPress(leave, "esc")
	st := testStore(t)
	leaveUnfinished(t, st)
	return map[string]*Screen{"hand in": handIn, "leave": leave, "resume": offered(t, st)}
}

func TestQuizScreensFitEveryWidth(t *testing.T) {
	for name, s := range quizStates(t) {
		t.Run(name, func(t *testing.T) {
			for _, height := range []int{8, 12, 24} {
				for width := 20; width <= 120; width++ {
					s.Update(tea.WindowSizeMsg{Width: width, Height: height})
					quizFits(t, s.View(), width, height)
				}
			}
		})
	}
}

func TestQuizTooSmall(t *testing.T) {
	q := newTestQuiz(t, Config{}, "venue")
	q.Update(tea.WindowSizeMsg{Width: common.MinWidth - 1, Height: 12})
	if v := qzView(q); !strings.Contains(strings.Join(strings.Fields(v), " "), "terminal too small") {
		t.Errorf("no note below the minimum size:\n%s", v)
	}
}

func TestQuizUsableAt40x12(t *testing.T) {
	tests := map[string]struct {
		id   string
		want []string // what must be on screen to answer
	}{
		"choice": {"venue", []string{"Question 1/1", "A) ", "D) ", "a-d answer", "esc leave", "? more"}},
		"match":  {"isolation", []string{"Question 1/1", "▸ 1."}},
		"cloze":  {"summit-dates", []string{"Question 1/1", "1 > "}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{}, tc.id)
			q.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
			v := qzView(q)
			for _, want := range tc.want {
				if !strings.Contains(v, want) {
					t.Errorf("40x12 lacks %q:\n%s", want, v)
				}
			}
			// Moving down keeps the cursor on screen.
			for range 8 {
				qzPress(q, "down")
				if !strings.Contains(qzView(q), "▸") && q.item().Q.ID != "summit-dates" {
					t.Fatalf("the cursor left the screen:\n%s", qzView(q))
				}
			}
		})
	}
}

func TestQuizScrollsToWhatIsBelowTheCursor(t *testing.T) {
	q := newTestQuiz(t, Config{}, "who-said-what")
	q.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	n := len(q.item().Q.Pairs)
	last := "  " + letterOf(n-1) + ") "
	v := qzView(q)
	if strings.Contains(v, last) || !strings.Contains(v, "↓ more") {
		t.Fatalf("at 40x12 the options should be below, with a mark saying so:\n%s", v)
	}
	// Down goes through the items, then on to the options.
	for range 3 * n {
		if qzPress(q, "down"); strings.Contains(qzView(q), last) {
			break
		}
	}
	v = qzView(q)
	if !strings.Contains(v, "  A) ") || !strings.Contains(v, last) || !strings.Contains(v, "↑ more") || strings.Contains(v, "↓ more") {
		t.Fatalf("down did not reach every option, or the marks are wrong:\n%s", v)
	}
	// The options are there to be picked: a letter pairs the last item.
	w := q.widget().(*matchWidget)
	qzPress(q, "a")
	if w.paired[n-1] != 0 {
		t.Errorf("a paired item %d with %d, want the last item with A", n, w.paired[n-1])
	}
	// Moving the cursor brings it back into view.
	qzPress(q, "up")
	if !strings.Contains(qzView(q), "▸") {
		t.Errorf("up left the cursor off screen:\n%s", qzView(q))
	}
}

func TestQuizFeedbackSaysItScrolls(t *testing.T) {
	tests := map[string]struct {
		keys      []string
		want, not string
	}{
		"at the top":  {nil, "↓ more", "↑"},
		"scrolled":    {[]string{"j"}, "↑↓ more", ""},
		"a page down": {[]string{"pgdown", "pgdown", "pgdown", "pgdown"}, "↑ more", "↓"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{}, "who-said-what")
			q.Update(tea.WindowSizeMsg{Width: 60, Height: 16})
			qzPress(q, wrongKeys(q.item())...)
			for _, k := range tc.keys {
				qzView(q)
				qzPress(q, k)
			}
			v := qzView(q)
			if !strings.Contains(v, tc.want) || (tc.not != "" && strings.Contains(v, tc.not)) {
				t.Errorf("want %q and no %q:\n%s", tc.want, tc.not, v)
			}
		})
	}
}

func TestQuizFooterKeepsTheEssentialKeys(t *testing.T) {
	states := quizStates(t)
	tests := map[string][]string{
		"answer venue":         {"a-d", "answer", "esc leave"},
		"answer crucial-time":  {"space", "tick", "enter answer", "esc leave"},
		"answer timeline":      {"K/J move", "enter answer", "esc leave"},
		"answer who-said-what": {"pair", "enter answer", "esc leave"},
		"answer summit-dates":  {"enter", "esc leave"},
		"answer sullivan":      {"enter answer", "esc leave"},
		"feedback":             {"enter", "next", "esc leave"},
		"exam list":            {"enter", "S hand in", "? more"},
		"exam hand in":         {"y hand in", "n keep going", "? more"},
		"prompt leave":         {"y leave", "n stay", "? more"},
		"prompt resume":        {"r resume", "n ", "esc leave", "? more"},
		"results":              {"r show missed", "esc leave", "? more"},
		"review":               {"esc back to score", "? more"},
	}
	for name, want := range tests {
		s, ok := states[name]
		if !ok {
			t.Fatalf("no state %q", name)
		}
		for _, width := range []int{40, 80} {
			t.Run(fmt.Sprintf("%s at %d", name, width), func(t *testing.T) {
				s.Update(tea.WindowSizeMsg{Width: width, Height: 24})
				lines := strings.Split(qzView(s), "\n")
				footer := lines[len(lines)-1]
				for _, w := range want {
					if !strings.Contains(footer, w) {
						t.Errorf("the footer lacks %q: %q", w, footer)
					}
				}
				if width == 80 && !strings.Contains(footer, "? more keys") && name != "answer sullivan" && name != "answer summit-dates" {
					t.Errorf("at 80 columns the footer has no way to more keys: %q", footer)
				}
			})
		}
	}
}

func TestQuizFullHelpSaysHowToCloseIt(t *testing.T) {
	for name, s := range map[string]common.Screen{
		"quiz":    newTestQuiz(t, Config{}, "venue"),
		"results": finishedResults(t, Config{}, []string{"sullivan"}, "venue", "sullivan"),
	} {
		t.Run(name, func(t *testing.T) {
			qzPress(s, "?")
			if v := qzView(s); !regexp.MustCompile(`\?\s+close help`).MatchString(v) {
				t.Errorf("the full help does not say how to close it:\n%s", v)
			}
			qzPress(s, "?")
			if v := qzView(s); strings.Contains(v, "close help") || !strings.Contains(v, "? more keys") {
				t.Errorf("closed, the help still offers to close:\n%s", v)
			}
		})
	}
}

// An exam question's footer names, at 40 columns as at 80, the way to
// hand in (S, or while typing the list, whose S hands in) and the help
// key, on one of its two lines.
func TestExamFooterNamesHandInAndHelp(t *testing.T) {
	tests := map[string]struct {
		id   string
		want []string
	}{
		"choice":         {"venue", []string{"S hand in", "? more"}},
		"typed":          {"sullivan", []string{"ctrl+l list", "f1 more"}},
		"several blanks": {"summit-dates", []string{"enter next blank / answer", "esc leave", "ctrl+l list", "f1 more"}},
	}
	for name, tc := range tests {
		for _, width := range []int{40, 80} {
			t.Run(fmt.Sprintf("%s at %d", name, width), func(t *testing.T) {
				q := newTestQuiz(t, Config{Exam: true}, tc.id)
				q.Update(tea.WindowSizeMsg{Width: width, Height: 24})
				lines := strings.Split(qzView(q), "\n")
				footer := strings.Join(lines[len(lines)-2:], "\n")
				want := tc.want
				if q.widget().typing() {
					// S is typed into the answer: the list is the way to
					// hand in, and the footer says so at every width.
					want = append(want, "ctrl+l list, hand in")
				}
				for _, w := range want {
					if !strings.Contains(footer, w) {
						t.Errorf("the footer lacks %q:\n%s", w, footer)
					}
				}
			})
		}
	}
}
