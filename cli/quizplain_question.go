package cli

import (
	"fmt"
	"strings"

	"brief/quiz"
	"brief/quiz/study"
)

// printQuestion shows one question with its choices in the session's
// shuffled order.
func (p *plainQuiz) printQuestion(i, total int, it *quiz.SessionItem) {
	q := it.Q
	fmt.Fprintf(p.out, "Question %d of %d · %s · %s", i+1, total, q.Level, study.PointsWord(q.Points))
	if p.att.Timed() {
		fmt.Fprintf(p.out, " · %s left", study.Countdown(p.att.Remaining(p.now())))
	}
	fmt.Fprintln(p.out)
	if q.Type != quiz.Cloze || q.Prompt != "" {
		fmt.Fprintln(p.out, p.clean(q.Prompt))
	}
	letter := func(n int) string { return string(rune('A' + n)) }
	switch q.Type {
	case quiz.Choice, quiz.Multi:
		for shown, orig := range orderOrIdentity(it.View.OptionOrder, len(q.Options)) {
			fmt.Fprintf(p.out, "  %s) %s\n", letter(shown), p.clean(q.Options[orig]))
		}
		if q.Type == quiz.Multi {
			fmt.Fprintf(p.out, "  (choose every right answer: letters separated by spaces, %s %q)\n", p.forExample(), multiExample(len(q.Options)))
		} else {
			fmt.Fprintf(p.out, "  (answer with a letter, A%s%s)\n", p.rangeWord(), letter(len(q.Options)-1))
		}
	case quiz.TrueFalse:
		fmt.Fprintln(p.out, "  A) True\n  B) False\n  (answer t or f, or a letter)")
	case quiz.Short:
		fmt.Fprintln(p.out, "  (type your answer)")
	case quiz.Numeric:
		fmt.Fprintln(p.out, "  (type a number)")
	case quiz.Cloze:
		fmt.Fprintln(p.out, "  "+p.clean(clozeWithNumberedBlanks(q.Text, p.spoken)))
		if n := len(quiz.Blanks(q.Text)); n > 1 {
			fmt.Fprintln(p.out, "  "+p.blanksHint(n))
		} else {
			fmt.Fprintln(p.out, "  (type the missing word or words)")
		}
	case quiz.Order:
		for shown, orig := range orderOrIdentity(it.View.ItemOrder, len(q.Items)) {
			fmt.Fprintf(p.out, "  %s) %s\n", letter(shown), p.clean(q.Items[orig]))
		}
		fmt.Fprintf(p.out, "  (give every letter once, in the right order, %s %q)\n", p.forExample(), orderExample(len(q.Items)))
	case quiz.Match:
		p.printMatch(q, it.View.RightOrder)
	}
}

// printMatch lists a match question's left sides by number and its right
// sides by letter in the session's shuffle, a right side several left
// sides share once.
func (p *plainQuiz) printMatch(q *quiz.Question, rightOrder []int) {
	for l, pair := range q.Pairs {
		fmt.Fprintf(p.out, "  %d. %s\n", l+1, p.clean(pair.Left))
	}
	rights := q.ShownRights(rightOrder)
	for shown, orig := range rights {
		fmt.Fprintf(p.out, "  %c) %s\n", 'A'+rune(shown), p.clean(q.Pairs[orig].Right))
	}
	example := quiz.ExampleMatch(len(q.Pairs), len(rights))
	if len(rights) < len(q.Pairs) {
		fmt.Fprintf(p.out, "  (pair each number with a letter, %s %q; a letter may serve several numbers)\n", p.forExample(), example)
	} else {
		fmt.Fprintf(p.out, "  (pair each number with a letter, %s %q)\n", p.forExample(), example)
	}
}

// multiExample is an answer to a choose-all question of n options for
// its hint, "a c": letters it has.
func multiExample(n int) string {
	switch {
	case n >= 3:
		return "a c"
	case n == 2:
		return "a b"
	}
	return "a"
}

// orderExample is an answer to an order question of n items for its
// hint, every letter once: "c a b d" for four, "c a b d e" for five.
func orderExample(n int) string {
	letters := make([]string, n)
	for i := range letters {
		letters[i] = string(rune('a' + i))
	}
	if n >= 3 {
		letters[0], letters[1], letters[2] = "c", "a", "b"
	} else if n == 2 {
		letters[0], letters[1] = "b", "a"
	}
	return strings.Join(letters, " ")
}

// orderOrIdentity is a view's order, or file order when the view has none.
func orderOrIdentity(order []int, n int) []int {
	if len(order) == n {
		return order
	}
	id := make([]int, n)
	for i := range id {
		id[i] = i
	}
	return id
}

// rangeWord joins the ends of a range of letters: A–D, or "A to D"
// spoken.
func (p *plainQuiz) rangeWord() string {
	if p.spoken {
		return " to "
	}
	return "–"
}

// summary names a question in the exam's results in one line (see
// quiz.Question.Summary), a cloze's blanks spoken as (blank 1) under
// --accessible rather than as underscores.
func (p *plainQuiz) summary(q *quiz.Question) string {
	if p.spoken && q.Type == quiz.Cloze && q.Passage() != "" {
		return clozeWithNumberedBlanks(q.Text, true)
	}
	return q.Summary()
}

// clozeWithNumberedBlanks shows a cloze text with its blanks as [1]_____,
// or spoken as (blank 1), which a screen reader says as words instead
// of reading out each underscore.
func clozeWithNumberedBlanks(text string, spoken bool) string {
	return clozeWithBlanks(text, func(n int, _ []string) string {
		if spoken {
			return fmt.Sprintf("(blank %d)", n)
		}
		return fmt.Sprintf("[%d]_____", n)
	})
}

// clozeWithBlanks is a cloze text with its n-th blank written as blank
// says, from its number and accepted answers; text that is not a cloze
// is left as it is.
func clozeWithBlanks(text string, blank func(n int, answers []string) string) string {
	segs, err := quiz.ParseCloze(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	n := 0
	for _, s := range segs {
		if s.IsBlank() {
			n++
			b.WriteString(blank(n, s.Answers))
			continue
		}
		b.WriteString(s.Text)
	}
	return b.String()
}
