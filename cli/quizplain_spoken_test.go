package cli

import (
	"strings"
	"testing"
	"time"

	"brief/quiz"
	"brief/quiz/study"
)

// --accessible writes words a screen reader says, not glyphs it reads
// out as "middle dot", "right arrow", "em dash" or underscore by
// underscore: blanks are "(blank 1)", a pair is "x to y", dashes are
// hyphens and quotes straight. Every question is skipped, so that every
// right answer (matches and cloze included) is printed too.
func TestAccessibleQuizSpeaksWords(t *testing.T) {
	_, total := rightAnswers(t, 5)
	out, errOut, code := runIn(t, t.TempDir(), strings.Repeat("\n", total), "quiz", "--accessible", "--seed", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	noGlyphSpoken(t, out)
	for _, want := range []string{"(blank 1)", " to ", "Question 1 of ", ", recall, 1 point\n", "A to D)",
		"for example", "separated by semicolons)", "The answer: After a (blank 1: four)-year gap", "By section:\n  Introduction: 0 of "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, not := range []string{"e.g.", "separated by |", "[four]"} {
		if strings.Contains(out, not) {
			t.Errorf("output has %q", not)
		}
	}
	// --plain keeps its glyphs.
	plain, _, _ := runIn(t, t.TempDir(), strings.Repeat("\n", total), "quiz", "--plain", "--seed", "5")
	if !strings.Contains(plain, " · ") || !strings.Contains(plain, "[1]_____") {
		t.Errorf("--plain lost its separators or blanks")
	}
}

// A review under --accessible speaks as the quiz does: no glyph a screen
// reader would read out, in the heading, the questions or the results.
func TestAccessibleReviewSpeaksWords(t *testing.T) {
	dir := t.TempDir()
	_, total := rightAnswers(t, 5)
	if _, errOut, code := runIn(t, dir, strings.Repeat("\n", total), "quiz", "--plain", "--seed", "5"); code != 0 {
		t.Fatalf("quiz: exit %d: %s", code, errOut)
	}
	out, errOut, code := runIn(t, dir, strings.Repeat("\n", total), "review", "--accessible", "--seed", "5")
	if code != 0 {
		t.Fatalf("review: exit %d: %s", code, errOut)
	}
	noGlyphSpoken(t, out)
	for _, want := range []string{"Nothing is due for review: going over the", "Review - ", "Question 1 of ", "(blank 1)", "Score: "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// noGlyphSpoken fails for each glyph a screen reader would read out by
// name ("middle dot", "right arrow", underscore by underscore) in out.
func noGlyphSpoken(t *testing.T, out string) {
	t.Helper()
	for _, glyph := range []string{"·", "→", "—", "–", "’", "‘", "“", "”", "…", "_____"} {
		if i := strings.Index(out, glyph); i >= 0 {
			t.Errorf("%q is printed: %q", glyph, out[max(0, i-60):min(len(out), i+40)])
		}
	}
}

// Questions of every kind whose hints and answers --accessible words
// differently: a choice and a multi of four options, an order of five, a
// match of two and a cloze of three blanks.
var (
	spokenChoice = quiz.Question{ID: "venue", Type: quiz.Choice, Level: quiz.Recall, Points: 1, Prompt: "Where?",
		Options: []string{"Pyongyang", "Moscow", "Sochi", "Vostochny"}, Answers: []string{"Vostochny"}}
	spokenOrder = quiz.Question{ID: "events", Type: quiz.Order, Level: quiz.Inference, Points: 1, Prompt: "Earliest first.",
		Items: []string{"The meeting in 2019", "The Wagner coup", "Air Koryo's flight", "The summit", "Sochi"}}
	spokenMatch = quiz.Question{ID: "isolated", Type: quiz.Match, Level: quiz.Recall, Points: 1, Prompt: "Match them.",
		Pairs: []quiz.Pair{{Left: "Russia", Right: "the war"}, {Left: "North Korea", Right: "its missiles"}}}
	spokenCloze = quiz.Question{ID: "gap", Type: quiz.Cloze, Level: quiz.Recall, Points: 1, Prompt: "Fill in the blanks.",
		Text: "After a [[four]]-year gap, they met on September [[12]] and [[13]]."}
)

// Under --accessible the quiz's own hints and answers are in words a
// listener can follow: "for example", ranges "A to D", a cloze's blanks
// separated by semicolons and its answer as "(blank 1: four)", an order
// as a numbered sequence rather than arrows read as pairs, the results
// one sentence a line. --plain keeps its compact forms. Each question
// gets an answer it cannot read, then an empty line for its answer.
func TestAccessibleHintsAndAnswersInWords(t *testing.T) {
	qs := []quiz.Question{spokenChoice, plainMulti, spokenOrder, spokenMatch, spokenCloze}
	input := []string{"e", "", "z", "", "a", "", "1z", "", "x", ""}
	tests := map[string]struct {
		spoken    bool
		want, not []string
	}{
		"--accessible": {spoken: true, want: []string{
			"Not understood: answer with one letter A to D or a number 1 to 4.",
			"(choose every right answer: letters separated by spaces, for example \"a c\")",
			"Not understood: answer with one or more letters A to D (or numbers 1 to 4)",
			"(give every letter once, in the right order, for example \"c a b d e\")",
			"Not understood: give each letter A to E once, in your order",
			"The answer: 1, The meeting in 2019; 2, The Wagner coup; 3, Air Koryo's flight; 4, The summit; 5, Sochi\n",
			"(pair each number with a letter, for example \"1b 2a\")",
			"Not understood: pair each number 1 to 2 with a letter A to B",
			"(fill the 3 blanks in order, separated by semicolons)",
			"Not understood: give 3 answers, one per blank, separated by semicolons (you gave 1).",
			"The answer: After a (blank 1: four)-year gap, they met on September (blank 2: 12) and (blank 3: 13).\n",
			"By level:\n  recall: 0 of 4.\n  inference: 0 of 1.\n",
		}, not: []string{"e.g.", "–", "[four]", "|", "0/4"}},
		"--plain": {want: []string{
			"Not understood: answer with one letter A–D or a number 1–4.",
			"(choose every right answer: letters separated by spaces, e.g. \"a c\")",
			"(give every letter once, in the right order, e.g. \"c a b d e\")",
			"The answer: The meeting in 2019 → The Wagner coup → Air Koryo's flight → The summit → Sochi\n",
			"(pair each number with a letter, e.g. \"1b 2a\")",
			"(fill the 3 blanks in order, separated by |)",
			"Not understood: give 3 answers, one per blank, separated by \" | \" or \";\" (you gave 1).",
			"The answer: After a [four]-year gap, they met on September [12] and [13].\n",
			"By level:\n  recall                   0/4\n  inference                0/1\n",
		}, not: []string{"for example", " to D", "semicolons", "(blank 1: four)", "0 of 4"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			clock := newFakeClock()
			in := &typedLines{clock: clock, lines: input, delays: make([]time.Duration, len(input))}
			out, _ := plainRun(t, qs, in, clock, func(_ *study.Setup, p *plainQuiz) { p.spoken = tc.spoken })
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q", want)
				}
			}
			for _, not := range tc.not {
				if strings.Contains(out, not) {
					t.Errorf("output has %q", not)
				}
			}
			if t.Failed() {
				t.Logf("output:\n%s", out)
			}
		})
	}
}

// The blanks a listener is asked to separate by semicolons are read so.
func TestAccessibleClozeTakesSemicolons(t *testing.T) {
	clock := newFakeClock()
	in := &typedLines{clock: clock, lines: []string{"four; 12; 13"}, delays: []time.Duration{0}}
	out, _ := plainRun(t, []quiz.Question{spokenCloze}, in, clock, func(_ *study.Setup, p *plainQuiz) { p.spoken = true })
	if !strings.Contains(out, "  Right: 1 of 1.\n") {
		t.Errorf("\"four; 12; 13\" is not marked right:\n%s", out)
	}
}

// The question file's note on the answer picked says what it is about,
// as the full screen's does: alone, a listener (or a reader) hears a
// sentence about nothing in particular.
func TestPlainNoteOnTheAnswerSaysWhatItIsAbout(t *testing.T) {
	q := spokenChoice
	q.Feedback = map[string]string{"Moscow": "The summit was in the far east, not the capital."}
	for _, spoken := range []bool{false, true} {
		clock := newFakeClock()
		in := &typedLines{clock: clock, lines: []string{"b"}, delays: []time.Duration{0}}
		out, _ := plainRun(t, []quiz.Question{q}, in, clock, func(_ *study.Setup, p *plainQuiz) { p.spoken = spoken })
		if !strings.Contains(out, "\n  About your answer: The summit was in the far east, not the capital.\n") {
			t.Errorf("spoken %v: the note on the answer is not labelled:\n%s", spoken, out)
		}
	}
}
