package class

import (
	"bytes"
	"strings"
	"testing"

	"brief/quiz"
)

const floodsCloze = "The embankments [sic] were built in [[1958]] and the river in Tamil is [[Kalani|Kelani]]."

// clozeClass is five students' answers to one cloze question.
func clozeClass() []*HandIn {
	given := []string{
		"The embankments [sic] were built in [1958] and the river in Tamil is [x].",
		"The embankments [sic] were built in [1958] and the river in Tamil is [x].",
		"The embankments [sic] were built in [1958] and the river in Tamil is [Kelani].",
		"The embankments [sic] were built in [1960] and the river in Tamil is [—].",
		"(skipped)",
	}
	var hs []*HandIn
	for i, g := range given {
		a := attempt(1, ModeExam, "2026-12-11", 0)
		a.Answers[0] = Answer{Question: "fill", Type: "cloze", Given: g, Points: map[bool]float64{true: 1}[i == 2], Max: 1, Skipped: g == "(skipped)"}
		hs = append(hs, &HandIn{Student: string(rune('A' + i)), Pack: classHandIns()[0].Pack, Attempts: []Attempt{a}})
	}
	return hs
}

// A cloze answer is shown by its blanks, so the wrong one is seen: with
// the pack named its own text tells a passage's brackets from a blank;
// without it, every bracket is read as a blank.
func TestClozeAnswersShowTheirBlanks(t *testing.T) {
	known := &Known{PackID: "floods", Cloze: map[[2]string]string{{"floods", "fill"}: floodsCloze}}
	for name, tc := range map[string]struct {
		known *Known
		want  string
	}{
		"with the pack":    {known, "1958 | x"},
		"without the pack": {nil, "sic | 1958 | x"},
	} {
		r := BuildFor(clozeClass(), tc.known)
		it := r.Packs[0].Items[0]
		if it.TopWrong != tc.want {
			t.Errorf("%s: most chosen wrong %q; want %q", name, it.TopWrong, tc.want)
		}
		var b bytes.Buffer
		if err := WriteTable(&b, r, TableOptions{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want+" (40%)") {
			t.Errorf("%s: table lacks %q:\n%s", name, tc.want+" (40%)", b.String())
		}
	}
	it := BuildFor(clozeClass(), known).Packs[0].Items[0]
	var given []string
	for _, g := range it.Given {
		given = append(given, g.Text)
	}
	if got := strings.Join(given, " / "); got != "1958 | x / (skipped) / 1958 | Kelani / 1960 | —" {
		t.Errorf("answers given %q", got)
	}
	p := BuildFor(clozeClass(), known).Packs[0]
	if got := p.ShownGiven("floods", p.Attempts["D"][0].Answers[0]); got != "1960 | —" {
		t.Errorf("a student's cloze answer shows as %q; want its blanks", got)
	}
}

// A cloze question is read by its passage with the blanks as ___, after
// its prompt when it has one.
func TestQuestionTextOfACloze(t *testing.T) {
	q := &quiz.Question{Type: quiz.Cloze, Text: floodsCloze}
	if got, want := QuestionText(q), "The embankments [sic] were built in ___ and the river in Tamil is ___."; got != want {
		t.Errorf("text %q; want %q", got, want)
	}
	q.Prompt = "Fill in the blanks."
	if got := QuestionText(q); !strings.HasPrefix(got, "Fill in the blanks.\nThe embankments") {
		t.Errorf("text with a prompt %q", got)
	}
	if got := QuestionText(&quiz.Question{Type: quiz.Choice, Prompt: "Which river?"}); got != "Which river?" {
		t.Errorf("choice text %q", got)
	}
}
