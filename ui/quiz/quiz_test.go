package quiz

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/ui/common"
)

func TestQuizGradesEveryType(t *testing.T) {
	ids := map[quiz.Type]string{
		quiz.Choice: "venue", quiz.TrueFalse: "food-aid-hedged", quiz.Multi: "crucial-time",
		quiz.Short: "sullivan", quiz.Numeric: "last-meeting", quiz.Cloze: "summit-dates",
		quiz.Order: "timeline", quiz.Match: "who-said-what",
	}
	answers := map[quiz.Verdict]func(*quiz.SessionItem) []string{
		quiz.Right: rightKeys, quiz.Wrong: wrongKeys, quiz.Partial: partialKeys,
	}
	words := map[quiz.Verdict]string{quiz.Right: "✓ Right", quiz.Wrong: "✗ Wrong", quiz.Partial: "◐ Partly right"}
	for _, typ := range quiz.Types {
		for _, verdict := range []quiz.Verdict{quiz.Right, quiz.Wrong, quiz.Partial} {
			q := newTestQuiz(t, Config{}, ids[typ])
			keys := answers[verdict](q.item())
			if keys == nil {
				continue // this type has no partial credit
			}
			t.Run(string(typ)+"/"+string(verdict), func(t *testing.T) {
				s, _ := qzPress(q, keys...)
				if s != q {
					t.Fatalf("the quiz gave way to %T before the feedback", s)
				}
				res := q.item().Result
				if res == nil {
					t.Fatalf("keys %v gave no answer; phase %+v", keys, q.current)
				}
				if res.Verdict != verdict {
					t.Errorf("keys %v: verdict %s, want %s", keys, res.Verdict, verdict)
				}
				if q.phase() != phaseFeedback {
					t.Errorf("phase %d after answering, want the feedback", q.phase())
				}
				if v := qzView(q); !strings.Contains(v, words[verdict]) {
					t.Errorf("the feedback does not say %q:\n%s", words[verdict], v)
				}
			})
		}
	}
}

func TestQuizChoiceByArrows(t *testing.T) {
	q := newTestQuiz(t, Config{}, "venue")
	it := q.item()
	right := shownAt(it.View.OptionOrder, len(it.Q.Options), slices.Index(it.Q.Options, it.Q.Answers[0]))
	keys := slices.Repeat([]string{"down"}, right)
	qzPress(q, append(keys, "enter")...)
	if it.Result == nil || it.Result.Verdict != quiz.Right {
		t.Fatalf("down ×%d and enter: result %+v", right, it.Result)
	}
}

func TestQuizSkip(t *testing.T) {
	tests := map[string]struct {
		id   string
		keys []string
	}{
		"s on a choice":          {"venue", []string{"s"}},
		"ctrl+s in a text input": {"sullivan", []string{"S", "u", "ctrl+s"}},
		"ctrl+s in a cloze":      {"summit-dates", []string{"ctrl+s"}},
		"s on an order":          {"timeline", []string{"s"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{}, tc.id)
			qzPress(q, tc.keys...)
			res := q.item().Result
			if res == nil || res.Verdict != quiz.Skipped || res.Points != 0 {
				t.Fatalf("result %+v, want skipped with 0 points", res)
			}
			// Practice calls giving up what it is: the answer shown.
			if v := qzView(q); !strings.Contains(v, "– Answer shown · 0/1") || !strings.Contains(v, "The answer:") {
				t.Errorf("the feedback does not say the answer was shown and give it:\n%s", v)
			}
		})
	}
}

func TestQuizTypingLettersDoesNotTriggerKeys(t *testing.T) {
	q := newTestQuiz(t, Config{Exam: true}, "sullivan", "roles")
	qzPress(q, "s", "f", "l", "e", "[", "]")
	if q.item().Result != nil || q.item().Flagged || q.phase() != phaseAnswer || q.cur != 0 {
		t.Fatalf("typed letters acted as keys: result %v, flagged %v, phase %d, question %d", q.item().Result, q.item().Flagged, q.phase(), q.cur)
	}
	if got := q.widget().(*textWidget).input.Value(); got != "sfle[]" {
		t.Errorf("input holds %q, want every letter typed", got)
	}
}

func TestQuizRefusesAnswersNotReady(t *testing.T) {
	tests := map[string]struct {
		id   string
		keys []string
		note string
	}{
		"multi with nothing ticked":        {"crucial-time", []string{"enter"}, "Tick at least one"},
		"match with a pair missing":        {"who-said-what", []string{"a", "enter"}, "Pair every item first (4 left)"},
		"numeric that is no number":        {"last-meeting", append(qzType("ten"), "enter"), `"ten" is not a number: answer with digits, like 42 or 61.5.`},
		"numeric left empty":               {"last-meeting", []string{"enter"}, "Type an answer, or press ctrl+s to show the answer."},
		"short left empty":                 {"sullivan", []string{"space", "enter"}, "Type an answer, or press ctrl+s to show the answer."},
		"cloze with every blank empty":     {"summit-dates", []string{"enter", "enter", "enter"}, "Fill in the blanks, or press ctrl+s to show the answer."},
		"order left as dealt":              {"timeline", []string{"enter"}, "Move the items into order first (K/J), or show the answer."},
		"order with only the cursor moved": {"timeline", []string{"down", "down", "enter"}, "Move the items into order first"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{}, tc.id)
			qzPress(q, tc.keys...)
			if q.item().Result != nil {
				t.Fatalf("the answer was taken: %+v", q.item().Result)
			}
			v := qzView(q)
			if !strings.Contains(strings.Join(strings.Fields(v), " "), tc.note) {
				t.Errorf("the screen does not say %q:\n%s", tc.note, v)
			}
			// The note is under the answer, not down by the help.
			lines := strings.Split(v, "\n")
			note := -1
			for i, l := range lines {
				if strings.Contains(l, tc.note[:min(len(tc.note), 15)]) {
					note = i // the last: a prompt may start alike
				}
			}
			if note < 1 || strings.TrimSpace(lines[note-1]) == "" || strings.Contains(lines[note-1], "•") {
				t.Errorf("the note is not right under the answer:\n%s", v)
			}
		})
	}
}

func TestQuizTrueFalseTakesTAndF(t *testing.T) {
	tests := map[string]struct {
		key   string
		truth bool
	}{
		"t is true":  {"t", true},
		"f is false": {"f", false},
		"a is true":  {"a", true},
		"2 is false": {"2", false},
	}
	for name, tc := range tests {
		for _, exam := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s exam %v", name, exam), func(t *testing.T) {
				q := newTestQuiz(t, Config{Exam: exam}, "food-aid-hedged")
				qzPress(q, tc.key)
				it := &q.sess().Items[0]
				if it.Response.Truth == nil || *it.Response.Truth != tc.truth {
					t.Fatalf("%s answered %+v, want %v", tc.key, it.Response, tc.truth)
				}
				if it.Flagged {
					t.Error("f flagged the question instead of answering False")
				}
			})
		}
	}
}

func TestQuizMatchCyclesAndUnpairs(t *testing.T) {
	q := newTestQuiz(t, Config{}, "isolation")
	w := q.widget().(*matchWidget)
	qzPress(q, "right", "right")
	if w.paired[0] != 1 {
		t.Fatalf("right twice pairs with %d, want the second right item", w.paired[0])
	}
	qzPress(q, "right")
	if w.paired[0] != -1 {
		t.Fatalf("cycling past the last right item leaves %d, want no pair", w.paired[0])
	}
	qzPress(q, "left", "backspace")
	if w.paired[0] != -1 {
		t.Fatalf("backspace leaves pair %d", w.paired[0])
	}
}

func TestQuizFeedbackShowsTheReasons(t *testing.T) {
	q := newTestQuiz(t, Config{}, "venue")
	it := q.item()
	moscow := shownAt(it.View.OptionOrder, len(it.Q.Options), slices.Index(it.Q.Options, "Moscow"))
	qzPress(q, qzLetter(moscow))
	q.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	v := qzView(q)
	for _, want := range []string{
		"✗ Wrong · 0/1",
		"Your answer: Moscow",
		"The answer: Vostochny spaceport",
		"About your answer: " + it.Q.Feedback["Moscow"],
		"Why: " + it.Q.Explain,
		"From the article: “" + it.Q.Evidence[:40],
	} {
		if !strings.Contains(v, want) {
			t.Errorf("feedback lacks %q:\n%s", want, v)
		}
	}
}

func TestQuizFeedbackSaysWhichPickEachNoteIsAbout(t *testing.T) {
	q := newTestQuiz(t, Config{}, "crucial-time")
	it := q.item()
	var keys []string
	var want []string
	for _, opt := range []string{"A presidential election due the following week", "New Chinese sanctions on Russia"} {
		at := shownAt(it.View.OptionOrder, len(it.Q.Options), slices.Index(it.Q.Options, opt))
		keys = append(keys, qzLetter(at))
		// The note is under the option it is about, marked as picked wrongly.
		want = append(want, "✗ "+letterOf(at)+") "+opt+": ticked, but it is not one of the answers "+it.Q.Feedback[opt])
	}
	qzPress(q, append(keys, "enter")...)
	q.Update(tea.WindowSizeMsg{Width: 200, Height: 40})
	v := qzView(q)
	flat := strings.Join(strings.Fields(v), " ")
	for _, w := range want {
		if !strings.Contains(flat, w) {
			t.Errorf("feedback lacks %q:\n%s", w, v)
		}
	}
	if strings.Contains(v, "About") {
		t.Errorf("a multi's notes are not each labelled with their option:\n%s", v)
	}
}

func TestQuizEvidenceOpensTheReader(t *testing.T) {
	q := newTestQuiz(t, Config{}, "kozarev-standing")
	qzPress(q, "s")
	_, cmd := qzPress(q, "e")
	if cmd == nil {
		t.Fatal("e gave no command")
	}
	msg, ok := cmd().(common.OpenArticleMsg)
	if !ok {
		t.Fatalf("e sent %T, want OpenArticleMsg", cmd())
	}
	section, _ := q.att.Article().SectionIndex(q.item().Q.Section)
	if msg.Article != q.att.Article() || msg.Section != section {
		t.Errorf("opens section %d of %v, want section %d of the quiz's article", msg.Section, msg.Article.ID, section)
	}
	if msg.Highlight == "" || !strings.Contains(q.item().Q.Evidence, msg.Highlight) {
		t.Errorf("highlight %q is not part of the evidence %q", msg.Highlight, q.item().Q.Evidence)
	}
}

func TestQuizPracticeEndsInResults(t *testing.T) {
	ids := []string{"venue", "sullivan", "timeline"}
	q := newTestQuiz(t, Config{}, ids...)
	var s common.Screen = q
	for i := range ids {
		s, _ = qzPress(s, rightKeys(&q.sess().Items[i])...)
		if i == 0 {
			if !strings.Contains(qzView(s), "Score 1/1") {
				t.Errorf("running score missing after one right answer:\n%s", qzView(s))
			}
		}
		s, _ = qzPress(s, "enter")
	}
	r, ok := s.(*ResultsScreen)
	if !ok {
		t.Fatalf("after the last question the screen is %T, want the results", s)
	}
	if v := qzView(r); !strings.Contains(v, "Score 3/3 · 100%") {
		t.Errorf("results do not show full marks:\n%s", v)
	}
}

func TestQuizHelpFollowsTheQuestion(t *testing.T) {
	tests := map[string]struct {
		id      string
		exam    bool
		shown   []string
		notShow []string
	}{
		"choice":       {"venue", false, []string{"a-d/1-4 answer", "s show answer"}, []string{"tick", "move up", "flag", "a-h"}},
		"true/false":   {"food-aid-hedged", false, []string{"t/f answer"}, []string{"a-h", "a/b"}},
		"multi":        {"crucial-time", false, []string{"space/a-e tick", "enter answer"}, []string{"a-e/1-5", "move up"}},
		"order":        {"timeline", false, []string{"K/J move"}, []string{"tick", "pair"}},
		"match":        {"isolation", false, []string{"a/b pair"}, []string{"tick", "move up"}},
		"short typing": {"sullivan", false, []string{"ctrl+s show answer", "f1 more keys"}, []string{"a-h", "? more keys"}},
		"exam choice":  {"venue", true, []string{"! flag", "l list", "S hand in", "s skip for now"}, []string{"show in article", "f flag"}},
		"exam t/f":     {"food-aid-hedged", true, []string{"t/f answer", "! flag", "l list", "S hand in"}, []string{"ctrl+f flag"}},
		"cloze":        {"summit-dates", false, []string{"tab next blank"}, []string{"tick"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			q := newTestQuiz(t, Config{Exam: tc.exam}, tc.id)
			q.Update(tea.WindowSizeMsg{Width: 200, Height: 24})
			_ = q.Init() // focuses a text input
			q.setKeys()
			help := qzView(q)
			for _, want := range tc.shown {
				if !strings.Contains(help, want) {
					t.Errorf("help lacks %q:\n%s", want, help)
				}
			}
			for _, not := range tc.notShow {
				if strings.Contains(help, not) {
					t.Errorf("help offers %q, which does not apply:\n%s", not, help)
				}
			}
		})
	}
}

// With one blank the cloze footer offers enter to answer, not tab or
// "next blank", which have nowhere to go.
func TestOneBlankClozeFooter(t *testing.T) {
	p, a := defaultArticle(t)
	var one quiz.Question
	for _, q := range a.Questions {
		if q.ID == "sukhoi" {
			one = q
		}
	}
	if one.ID == "" {
		t.Fatal("no question sukhoi in the default pack")
	}
	one.Text = "Kim also visited the [[Sukhoi]] fighter jet production facility in Amur."
	sess, err := quiz.NewSession([]quiz.Question{one}, quiz.SessionOptions{Seed: testSeed})
	if err != nil {
		t.Fatal(err)
	}
	q := newTestQuiz(t, Config{Pack: p, Article: a, Session: sess})
	q.Update(tea.WindowSizeMsg{Width: 200, Height: 24})
	_ = q.Init()
	q.setKeys()
	help := qzView(q)
	if !strings.Contains(help, "enter answer") {
		t.Errorf("help lacks %q:\n%s", "enter answer", help)
	}
	for _, not := range []string{"next blank", "tab"} {
		if strings.Contains(help, not) {
			t.Errorf("help offers %q with one blank:\n%s", not, help)
		}
	}
}

// Practice names the give-up key for what it does, "show answer", and an
// exam for what it does there, "skip for now"; so do the notes that name it.
func TestSkipKeySaysWhatItDoes(t *testing.T) {
	q := newTestQuiz(t, Config{}, "venue")
	if v := qzView(q); !strings.Contains(v, "s show answer") || strings.Contains(v, "s skip") {
		t.Errorf("the practice footer does not offer s to show the answer:\n%s", v)
	}
	q = newTestQuiz(t, Config{}, "sullivan")
	qzPress(q, "enter")
	if v := qzView(q); !strings.Contains(v, "Type an answer, or press ctrl+s to show the answer.") {
		t.Errorf("the empty-answer note does not say ctrl+s shows the answer:\n%s", v)
	}
	q = newTestQuiz(t, Config{Exam: true}, "venue", "sullivan")
	if v := qzView(q); !strings.Contains(v, "skip for now") {
		t.Errorf("the exam footer does not offer to skip for now:\n%s", v)
	}
}
