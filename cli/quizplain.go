package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/study"
)

// errInputEnded reports that standard input closed before the quiz was
// over; the answers given so far are already saved.
var errInputEnded = errors.New("input ended before the quiz was over")

// plainQuiz asks a session line by line: the question and its options on
// out, one answer per line from in. It is the screen-reader mode and what
// scripts and tests drive.
type plainQuiz struct {
	in      *bufio.Scanner
	out     io.Writer
	session *quiz.Session
	rec     *quiz.Recorder
	exam    bool                    // no feedback until the end
	origins func(i int) quiz.Origin // where item i comes from, for review sessions
	now     func() time.Time        // the clock, so tests can fix it
	cleaner func(s string) string   // sanitizes pack text for the terminal
	titles  map[string]string       // section slug to its heading, for the breakdown
	ascii   bool                    // --style ascii: straight quotes
	echoed  bool                    // input is a terminal, which shows what is typed

	limit    time.Duration                        // exam: the time to answer in, 0 for none
	after    func(time.Duration) <-chan time.Time // the exam timer, so tests can fire it
	deadline time.Time                            // when a timed exam is handed in; zero when untimed
	feed     *lineFeed                            // the input's lines, read as they come
}

// run asks every question not yet answered (a resumed session has some
// answered already) and prints the score. It returns errInputEnded
// (wrapped with where) when input runs out. A timed exam is handed in
// when its time is up, the questions left counting as skipped.
func (p *plainQuiz) run() error {
	total := len(p.session.Items)
	if p.exam {
		p.printExamHeader(total)
	}
	if left := len(p.session.Unanswered()); left < total {
		points, _ := p.session.Score()
		fmt.Fprintf(p.out, "Resuming: %d of %d answered earlier, %s %s so far.\n\n",
			total-left, total, quiz.FormatNumber(points), pointsNoun(points))
	}
	for i := range p.session.Items {
		it := &p.session.Items[i]
		if it.Result != nil {
			continue // answered before the quiz was resumed
		}
		p.printQuestion(i, total, it)
		started := p.now()
		resp, err := p.ask(it)
		if errors.Is(err, errTimeUp) {
			fmt.Fprintln(p.out)
			fmt.Fprintln(p.out, "Time is up: your answers are handed in.")
			fmt.Fprintln(p.out)
			p.skipUnanswered()
			break
		}
		if err != nil {
			kept := "the answers before it are saved"
			if !p.rec.Saving() {
				kept = "scores are not being saved"
			}
			return fmt.Errorf("%w (at question %d of %d; %s)", err, i+1, total, kept)
		}
		res := p.session.Answer(i, resp)
		it.Elapsed = p.now().Sub(started)
		if err := p.rec.Record(p.originOf(i), it, p.now()); err != nil {
			fmt.Fprintf(p.out, "  (not saved: %v)\n", err)
		}
		if !p.exam {
			p.printFeedback(it.Q, res)
		}
		fmt.Fprintln(p.out)
	}
	if err := p.rec.Finish(p.now()); err != nil {
		fmt.Fprintf(p.out, "(not saved: %v)\n", err)
	}
	if p.exam {
		for i := range p.session.Items {
			it := &p.session.Items[i]
			fmt.Fprintf(p.out, "Question %d: %s\n", i+1, p.clean(it.Q.Prompt))
			p.printFeedback(it.Q, *it.Result)
			fmt.Fprintln(p.out)
		}
	}
	p.printSummary()
	return nil
}

// printExamHeader says how the exam goes and, when it is timed, starts
// its clock.
func (p *plainQuiz) printExamHeader(total int) {
	if p.limit > 0 {
		p.deadline = p.now().Add(p.limit)
		fmt.Fprintf(p.out, "Exam: %s, %s to answer; marks at the end.\n\n", count(total, "question"), limitWord(p.limit))
		return
	}
	fmt.Fprintf(p.out, "Exam: %s; marks at the end.\n\n", count(total, "question"))
}

// skipUnanswered hands in a timed-out exam: every question left counts as
// skipped and is recorded so.
func (p *plainQuiz) skipUnanswered() {
	for _, i := range p.session.Unanswered() {
		it := &p.session.Items[i]
		p.session.Answer(i, quiz.Response{Skipped: true})
		if err := p.rec.Record(p.originOf(i), it, p.now()); err != nil {
			fmt.Fprintf(p.out, "(not saved: %v)\n", err)
			return
		}
	}
}

// originOf is where item i comes from; the attempt's own unless the
// session is a review.
func (p *plainQuiz) originOf(i int) quiz.Origin {
	if p.origins == nil {
		return quiz.Origin{}
	}
	return p.origins(i)
}

func (p *plainQuiz) clean(s string) string { return p.cleaner(s) }

// ask reads lines until one is a valid answer; an empty line skips. In a
// timed exam it returns errTimeUp when time runs out first.
func (p *plainQuiz) ask(it *quiz.SessionItem) (quiz.Response, error) {
	for {
		fmt.Fprint(p.out, "> ")
		line, err := p.readLine()
		if errors.Is(err, errInputEnded) {
			fmt.Fprintln(p.out)
		}
		if err != nil {
			return quiz.Response{}, err
		}
		line = strings.TrimSpace(line)
		if !p.echoed {
			// A terminal echoes what was typed; a pipe does not, so end
			// the prompt's line to keep the transcript readable.
			fmt.Fprintln(p.out)
		}
		if line == "" {
			return quiz.Response{Skipped: true}, nil
		}
		resp, err := quiz.ParseResponse(it.Q, line, &it.View)
		if err == nil {
			return resp, nil
		}
		fmt.Fprintf(p.out, "  Not understood: %s. Try again, or press Enter to skip.\n", p.clean(err.Error()))
	}
}

// printQuestion shows one question with its choices in the session's
// shuffled order.
func (p *plainQuiz) printQuestion(i, total int, it *quiz.SessionItem) {
	q := it.Q
	fmt.Fprintf(p.out, "Question %d of %d · %s · %s", i+1, total, q.Level, pointsWord(q.Points))
	if !p.deadline.IsZero() {
		fmt.Fprintf(p.out, " · %s left", study.Countdown(p.deadline.Sub(p.now())))
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
			fmt.Fprintln(p.out, "  (choose every right answer: letters separated by spaces, e.g. \"a c\")")
		} else {
			fmt.Fprintf(p.out, "  (answer with a letter, A–%s)\n", letter(len(q.Options)-1))
		}
	case quiz.TrueFalse:
		fmt.Fprintln(p.out, "  A) True\n  B) False\n  (answer t or f, or a letter)")
	case quiz.Short:
		fmt.Fprintln(p.out, "  (type your answer)")
	case quiz.Numeric:
		fmt.Fprintln(p.out, "  (type a number)")
	case quiz.Cloze:
		fmt.Fprintln(p.out, "  "+p.clean(clozeWithNumberedBlanks(q.Text)))
		if n := len(quiz.Blanks(q.Text)); n > 1 {
			fmt.Fprintf(p.out, "  (fill the %d blanks in order, separated by |)\n", n)
		} else {
			fmt.Fprintln(p.out, "  (type the missing word or words)")
		}
	case quiz.Order:
		for shown, orig := range orderOrIdentity(it.View.ItemOrder, len(q.Items)) {
			fmt.Fprintf(p.out, "  %s) %s\n", letter(shown), p.clean(q.Items[orig]))
		}
		fmt.Fprintln(p.out, "  (give every letter once, in the right order, e.g. \"c a b d\")")
	case quiz.Match:
		for l, pair := range q.Pairs {
			fmt.Fprintf(p.out, "  %d. %s\n", l+1, p.clean(pair.Left))
		}
		for shown, orig := range orderOrIdentity(it.View.RightOrder, len(q.Pairs)) {
			fmt.Fprintf(p.out, "  %s) %s\n", letter(shown), p.clean(q.Pairs[orig].Right))
		}
		fmt.Fprintln(p.out, "  (pair each number with a letter, e.g. \"1b 2a 3c\")")
	}
}

// printFeedback tells the student how the answer did and why.
func (p *plainQuiz) printFeedback(q *quiz.Question, res quiz.Result) {
	switch res.Verdict {
	case quiz.Right:
		fmt.Fprintf(p.out, "  Right: %s/%s.\n", quiz.FormatNumber(res.Points), quiz.FormatNumber(res.Max))
	case quiz.Partial:
		fmt.Fprintf(p.out, "  Partly right: %s/%s. The answer: %s\n", quiz.FormatNumber(res.Points), quiz.FormatNumber(res.Max), p.clean(res.Correct))
	case quiz.Wrong:
		fmt.Fprintf(p.out, "  Wrong: 0/%s. The answer: %s\n", quiz.FormatNumber(res.Max), p.clean(res.Correct))
	case quiz.Skipped:
		fmt.Fprintf(p.out, "  Skipped: 0/%s. The answer: %s\n", quiz.FormatNumber(res.Max), p.clean(res.Correct))
	}
	if res.Feedback != "" {
		fmt.Fprintf(p.out, "  %s\n", p.clean(res.Feedback))
	}
	if q.Explain != "" {
		fmt.Fprintf(p.out, "  Why: %s\n", p.clean(q.Explain))
	}
	if q.Evidence != "" {
		open, close := study.QuoteMarks(p.ascii)
		fmt.Fprintf(p.out, "  From the article: %s%s%s\n", open, p.clean(q.Evidence), close)
	}
}

// printSummary ends the quiz with the breakdown and the score line that
// scripts read.
func (p *plainQuiz) printSummary() {
	points, max := p.session.Score()
	bySection := p.session.Breakdown(func(q *quiz.Question) string {
		if t, ok := p.titles[q.Section]; ok {
			return t
		}
		return study.SectionLabel(nil, q.Section)
	})
	if len(bySection) > 1 {
		fmt.Fprintln(p.out, "By section:")
		for _, t := range bySection {
			fmt.Fprintf(p.out, "  %-24s %s/%s\n", p.clean(t.Key), quiz.FormatNumber(t.Points), quiz.FormatNumber(t.Max))
		}
	}
	byLevel := p.session.Breakdown(func(q *quiz.Question) string { return string(q.Level) })
	if len(byLevel) > 1 {
		fmt.Fprintln(p.out, "By level:")
		for _, t := range byLevel {
			fmt.Fprintf(p.out, "  %-24s %s/%s\n", t.Key, quiz.FormatNumber(t.Points), quiz.FormatNumber(t.Max))
		}
	}
	if missed := p.session.Missed(); len(missed) > 0 {
		noun := "questions"
		if len(missed) == 1 {
			noun = "question"
		}
		fmt.Fprintf(p.out, "Missed %d: %s %s\n", len(missed), noun, joinNumbers(missed))
	}
	fmt.Fprintf(p.out, "Score: %s/%s (%d%%)\n", quiz.FormatNumber(points), quiz.FormatNumber(max), study.Percent(points, max))
}

func joinNumbers(idx []int) string {
	parts := make([]string, len(idx))
	for i, n := range idx {
		parts[i] = fmt.Sprint(n + 1)
	}
	return strings.Join(parts, ", ")
}

// pointsNoun is "point" or "points" after the number p.
func pointsNoun(p float64) string {
	if p == 1 {
		return "point"
	}
	return "points"
}

func pointsWord(p float64) string {
	if p == 1 {
		return "1 point"
	}
	return quiz.FormatNumber(p) + " points"
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

// clozeWithNumberedBlanks shows a cloze text with its blanks as [1]____.
func clozeWithNumberedBlanks(text string) string {
	segs, err := quiz.ParseCloze(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	n := 0
	for _, s := range segs {
		if s.IsBlank() {
			n++
			fmt.Fprintf(&b, "[%d]_____", n)
			continue
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// sectionTitles maps each section slug of an article to its heading.
func sectionTitles(a *content.Article) map[string]string {
	m := map[string]string{}
	for _, s := range a.Sections {
		m[s.Slug] = s.Title()
	}
	return m
}
