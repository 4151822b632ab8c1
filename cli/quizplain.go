package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"brief/quiz"
	"brief/quiz/study"
)

// errInputEnded reports that standard input closed before the quiz was
// over; the answers given so far are already saved.
var errInputEnded = errors.New("input ended before the quiz was over")

// reviewEnded is errInputEnded in a review, named as the student knows it.
type reviewEnded struct{}

func (reviewEnded) Error() string        { return "input ended before the review was over" }
func (reviewEnded) Is(target error) bool { return target == errInputEnded }

// plainQuiz asks an attempt line by line: the question and its options
// on out, one answer per line from in. It is the screen-reader mode and
// what scripts and tests drive. The attempt keeps the rules (what an
// answer or a skip does, the exam clock, the hand-in); plainQuiz prints
// and reads.
type plainQuiz struct {
	ctx     context.Context // done on ctrl+c; nil never is
	in      *bufio.Scanner  // read when lines is nil
	lines   lineSource      // where answers come from; nil: in
	out     io.Writer
	att     *study.Attempt
	now     func() time.Time      // the clock, so tests can fix it
	cleaner func(s string) string // sanitizes pack text for the terminal
	ascii   bool                  // --style ascii: straight quotes
	spoken  bool                  // --accessible: words a screen reader says, not glyphs
	// lastPass is set while an exam asks again what was left for later.
	lastPass bool
	echoed   bool // in is a terminal, which shows what is typed

	after func(time.Duration) <-chan time.Time // the exam timer, so tests can fire it
	feed  *lineFeed                            // the input's lines, read as they come
	// schedule says when a review's questions come back; nil in a quiz.
	schedule *reviewSchedule
}

// run asks every question not yet answered (a resumed attempt has some
// answered already) and prints the score. It returns errInputEnded
// (wrapped with where) when input runs out, and errInterrupted so on
// ctrl+c. A timed exam is handed in
// when its time is up, the questions left counting as skipped. Each
// answer is saved before its mark is shown, so that a failed save is
// noted under it.
func (p *plainQuiz) run() error {
	a := p.att
	total := a.Len()
	if a.Exam() {
		p.printExamHeader(total)
	} else {
		fmt.Fprintf(p.out, "An empty line shows the answer (0 points for that question).\n\n")
	}
	p.printResumed()
	err := p.askEach(a.Unanswered()) // a resumed attempt has some answered already
	if left := a.Unanswered(); err == nil && a.Exam() && !a.TimeUp(p.now()) && len(left) > 0 {
		// What was left for later comes back once before the hand-in, as
		// the full screen's list and hand-in question bring it back.
		p.lastPass = true
		fmt.Fprintf(p.out, "You left %s for later: %s. An empty line now leaves it unanswered.\n\n",
			study.Count(len(left), "question"), questionNumbers(left))
		err = p.askEach(left)
	}
	if errors.Is(err, errTimeUp) {
		fmt.Fprintln(p.out)
		fmt.Fprintln(p.out, "Time is up: your answers are handed in.")
		fmt.Fprintln(p.out)
	} else if err != nil {
		return err
	}
	if err := a.HandIn(nil, p.now()).Wait(); err != nil {
		fmt.Fprintf(p.out, "(not saved: %v)\n", err)
	}
	if a.Exam() {
		for i := range total {
			it := a.Item(i)
			fmt.Fprintf(p.out, "Question %d: %s\n", i+1, p.clean(p.summary(it.Q)))
			p.printFeedback(it)
			fmt.Fprintln(p.out)
		}
	}
	p.printSummary()
	return nil
}

// printExamHeader says how the exam goes and starts its clock.
func (p *plainQuiz) printExamHeader(total int) {
	p.att.StartClock(p.now())
	if p.att.Timed() {
		fmt.Fprintf(p.out, "Exam: %s, %s to answer; marks at the end.\n\n", study.Count(total, "question"), study.LimitWord(p.att.Limit()))
		return
	}
	fmt.Fprintf(p.out, "Exam: %s; marks at the end.\n\n", study.Count(total, "question"))
}

func (p *plainQuiz) clean(s string) string { return p.cleaner(s) }

// emptyLineWord says what an empty line does: in practice it shows the
// answer (scoring 0), in an exam it leaves the question for later.
func (p *plainQuiz) emptyLineWord() string {
	if p.att.Exam() && p.lastPass {
		return "to leave it unanswered"
	}
	if p.att.Exam() {
		return "to leave it for now"
	}
	return "to see the answer"
}

// askEach asks the questions i in turn, saving each answer as it is
// given. It returns errTimeUp when a timed exam's time runs out, and
// errInputEnded or errInterrupted (wrapped with where) when input stops.
func (p *plainQuiz) askEach(items []int) error {
	a, total := p.att, p.att.Len()
	for _, i := range items {
		it := a.Item(i)
		p.printQuestion(i, total, it)
		a.Show(i, p.now())
		resp, err := p.ask(it)
		if errors.Is(err, errTimeUp) {
			return err
		}
		if err != nil {
			// An exam left here keeps the time it has used; should that not
			// reach the store, the student is told, as for an answer.
			if err := a.KeepTimeUsed(p.now()).Wait(); err != nil {
				fmt.Fprintf(p.out, "  (the time used was not saved: %v)\n", err)
			}
			kept := "the answers before it are saved"
			switch {
			case a.Answered() == 0: // a resumed quiz has answers from before
				kept = "no answer was given"
			case !a.Saving():
				kept = "scores are not being saved"
			}
			if a.Review() && errors.Is(err, errInputEnded) {
				err = reviewEnded{}
			}
			return fmt.Errorf("%w (at question %d of %d; %s)", err, i+1, total, kept)
		}
		var saved *study.Ticket
		if resp.Skipped {
			_, saved = a.Skip(i, p.now())
		} else {
			_, saved = a.Answer(i, resp, p.now())
		}
		err = saved.Wait()
		if err != nil {
			fmt.Fprintf(p.out, "  (not saved: %v)\n", err)
		}
		if !a.Exam() {
			p.printFeedback(it)
		}
		if again := p.schedule.againLine(i, it.Result, p.now()); again != "" && err == nil {
			fmt.Fprintf(p.out, "  %s\n", again) // an answer not saved has not moved its question on
		}
		fmt.Fprintln(p.out)
	}
	return nil
}

// questionNumbers lists questions as shown, "2, 5 and 7".
func questionNumbers(items []int) string {
	words := make([]string, len(items))
	for k, i := range items {
		words[k] = strconv.Itoa(i + 1)
	}
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// ask reads lines until one is a valid answer; an empty line skips. In a
// timed exam it returns errTimeUp when time runs out first.
func (p *plainQuiz) ask(it *quiz.SessionItem) (quiz.Response, error) {
	for {
		line, err := p.readLine("> ")
		if errors.Is(err, errInputEnded) || errors.Is(err, errInterrupted) {
			fmt.Fprintln(p.out)
		}
		if err != nil {
			return quiz.Response{}, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			return quiz.Response{Skipped: true}, nil
		}
		resp, err := quiz.ParseResponse(it.Q, line, &it.View)
		if err == nil {
			return resp, nil
		}
		fmt.Fprintf(p.out, "  Not understood: %s. Try again, or press Enter %s.\n", p.notUnderstood(p.clean(err.Error())), p.emptyLineWord())
	}
}

// printResumed says, for an attempt carried on, how far it had gone: the
// points so far in practice, none in an exam, which gives no marks until
// it is handed in.
func (p *plainQuiz) printResumed() {
	a := p.att
	answered, total := a.Answered(), a.Len()
	switch {
	case answered == 0:
	case a.Exam():
		fmt.Fprintf(p.out, "Resuming: %d of %d answered earlier.\n\n", answered, total)
	default:
		points, _ := a.RunningScore()
		fmt.Fprintf(p.out, "Resuming: %d of %d answered earlier, %s %s so far.\n\n",
			answered, total, quiz.FormatNumber(points), pointsNoun(points))
	}
}

// printFeedback tells the student how the answer did and why: the mark,
// then for an answer of several parts each part right or wrong with what
// belonged there, else the right answer after a miss.
func (p *plainQuiz) printFeedback(it *quiz.SessionItem) {
	q, res := it.Q, *it.Result
	marks := p.outOf(res.Points, res.Max)
	mark := study.MarkWord(res.Verdict, p.att.Exam())
	parts := quiz.MarkParts(q, it.Response)
	spelled := ""
	if len(it.Response.Text) > 0 {
		spelled = quiz.Spelled(q, it.Response.Text[0])
	}
	switch {
	case res.Verdict == quiz.Right && spelled != "":
		fmt.Fprintf(p.out, "  %s: %s, %s.\n", mark, marks, study.SpelledLine(p.clean(spelled)))
	case res.Verdict == quiz.Right:
		fmt.Fprintf(p.out, "  %s: %s.\n", mark, marks)
	case len(parts) > 0 && res.Verdict != quiz.Skipped:
		fmt.Fprintf(p.out, "  %s: %s.\n", mark, marks)
		for _, part := range parts {
			fmt.Fprintf(p.out, "    %s\n", study.PartLine(q.Type, part, p.clean))
			if part.Feedback != "" {
				fmt.Fprintf(p.out, "      %s\n", p.clean(part.Feedback))
			}
		}
		if note := study.OrderNote(q, it.Response, res); note != "" {
			fmt.Fprintf(p.out, "    %s\n", note)
		}
		res.Feedback = "" // said beside its option
	default:
		fmt.Fprintf(p.out, "  %s: %s. %s\n", mark, marks, p.answerLine(q))
	}
	for _, fb := range strings.Split(res.Feedback, "\n") {
		if fb = strings.TrimSpace(fb); fb != "" {
			fmt.Fprintf(p.out, "  %s%s\n", study.LabelAboutAnswer, p.clean(fb))
		}
	}
	if q.Explain != "" {
		fmt.Fprintf(p.out, "  %s%s\n", study.LabelWhy, p.clean(q.Explain))
	}
	if q.Evidence != "" {
		open, close := study.QuoteMarks(p.ascii)
		fmt.Fprintf(p.out, "  %s%s%s%s\n", study.LabelEvidence, open, p.clean(q.Evidence), close)
	}
}
