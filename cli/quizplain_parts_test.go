package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"brief/content"
	"brief/quiz"
)

const partsQuiz = `questions:
  - id: m
    type: multi
    level: recall
    prompt: Who met?
    options: [Putin, Kim, Biden, Xi]
    answer: [Putin, Kim]
    feedback:
      Biden: He was not there.
  - id: o
    type: order
    level: recall
    prompt: Put the visit in order.
    items: [arrive, talk, leave]
  - id: p
    type: match
    level: recall
    prompt: Who is who?
    pairs:
      - [Kozarev, former minister]
      - [Peskov, spokesman]
      - [Lavrov, minister]
  - id: c
    type: cloze
    level: recall
    text: They met on [[12]] and [[13]] September.
  - id: s
    type: short
    level: recall
    prompt: What did the West impose?
    answer: [sanctions, embargo]
    typos: 1
`

// shownLetter is the letter a student types for the original index orig
// in a shuffled order.
func shownLetter(order []int, orig int) string {
	if i := slices.Index(order, orig); i >= 0 {
		return string(rune('a' + i))
	}
	return string(rune('a' + orig))
}

// A wrong answer of several parts is marked part by part, each wrong part
// with what belonged there and a multi option's feedback under it; a
// short answer forgiven a typo says how it is spelled, and a missed one
// gives one model answer and the others also accepted.
func TestPlainFeedbackMarksEachPart(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"visit.md": "---\ntitle: The visit\n---\nThey met.\n", "visit.quiz.yaml": partsQuiz} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := content.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := quiz.NewSession(p.Articles[0].Questions, quiz.SessionOptions{Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, it := range sess.Items {
		v := it.View
		switch it.Q.ID {
		case "m":
			lines = append(lines, shownLetter(v.OptionOrder, 0)+" "+shownLetter(v.OptionOrder, 2)) // Putin and Biden
		case "o":
			lines = append(lines, shownLetter(v.ItemOrder, 0)+" "+shownLetter(v.ItemOrder, 2)+" "+shownLetter(v.ItemOrder, 1))
		case "p":
			lines = append(lines, "1"+shownLetter(v.RightOrder, 0)+" 2"+shownLetter(v.RightOrder, 2)+" 3"+shownLetter(v.RightOrder, 1))
		case "c":
			lines = append(lines, "12 | 31")
		case "s":
			lines = append(lines, "sanctons")
		}
	}
	out, errOut, code := run(t, strings.Join(lines, "\n")+"\n", "quiz", dir, "--plain", "--seed", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"    Putin: ticked, right\n", "    Kim: not ticked, but it is one of the answers\n",
		"    Biden: ticked, but it is not one of the answers\n      He was not there.\n",
		"    1. arrive: right\n", "    2. leave: wrong; the answer is talk\n",
		"    Kozarev → former minister: right\n", "    Peskov → minister: wrong; the answer is spokesman\n",
		"    blank 1: 12: right\n", "    blank 2: 31: wrong; the answer is 13\n",
		"  Right: 1/1, accepted; spelled sanctions.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("feedback lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = run(t, strings.Repeat("\n", 5), "quiz", dir, "--plain", "--seed", "5")
	if !strings.Contains(out, "The answer: sanctions (also accepted: embargo)") {
		t.Errorf("a missed short answer should give one answer and the others:\n%s", out)
	}
}
