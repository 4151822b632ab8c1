package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"brief/quiz/scores"
	"brief/quiz/study"
)

// findResumable looks for an unfinished attempt at the article taken as
// the new attempt att would be (the same mode, count and time limit; see
// study.FindUnfinishedLike) that can be rebuilt from its current
// questions; nil when there is none or scores are not being saved.
// When there is none, an unfinished quiz of another kind is noted on out.
func findResumable(w *study.Writer, att *study.Attempt, out io.Writer, env Env) *study.Unfinished {
	u, err := study.FindUnfinishedLike(w, att).Wait()
	if inUseElsewhere(err, env) {
		return nil
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
		return nil
	}
	if u == nil {
		noteOtherUnfinished(w, att, out, env)
	}
	return u
}

// resumeChosen decides whether to carry on u in place of the new
// attempt att, and returns the attempt carried on, or nil to begin att.
// --resume says yes. Without it, a student typing at a terminal is asked
// (Enter or y resumes, n starts over and sets u aside); input from a file
// or a pipe, which a script drives, starts afresh without asking and
// leaves u as it is. Carrying on claims u for this brief; when another
// brief has taken it meanwhile, the quiz starts afresh, and says so.
// ctrl+c at the question returns errInterrupted.
func resumeChosen(att *study.Attempt, u *study.Unfinished, flag bool, in *lineFeed, out io.Writer, env Env) (*study.Attempt, error) {
	if u == nil {
		return nil, nil
	}
	if yes, err := askResume(att, u, flag, in, out, env); !yes || err != nil {
		return nil, err
	}
	resumed, claim := att.Resume(u)
	if err := claim.Wait(); inUseElsewhere(err, env) {
		return nil, nil
	} else if err != nil {
		// Not saving (a full disk, say): the answers say so one by one.
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	}
	return resumed, nil
}

// noteOtherUnfinished tells a student at a terminal, when a quiz of
// another kind (mode, length, time limit, a review or a retry) is left
// unfinished at the article, that it is kept and how to carry it on:
// only a quiz like the one asked for is offered.
func noteOtherUnfinished(w *study.Writer, att *study.Attempt, out io.Writer, env Env) {
	if !isTerminal(env.Stdin) || att.Pack() == nil || att.Article() == nil {
		return
	}
	other, err := study.FindUnfinished(w, att.Pack(), att.Article()).Wait()
	if err != nil || other == nil || other.Saved.Mode == scores.ModeReview {
		// A review is never carried on: brief review plans a new one
		// from what is due, its answers so far already counted.
		return
	}
	fmt.Fprintf(out, "Your other unfinished quiz here (%s) is kept: ask for that quiz again to carry it on.\n\n", other.Describe())
}

// inUseElsewhere says, when err is that the unfinished attempt is open in
// another brief, that this quiz is a new attempt, and reports whether it
// was.
func inUseElsewhere(err error, env Env) bool {
	var inUse *scores.InUseError
	if !errors.As(err, &inUse) {
		return false
	}
	fmt.Fprintf(env.Stderr, "brief: your unfinished quiz on this article is open in another brief (%s); this is a new attempt\n", inUse.Where())
	return true
}

// askResume is the student's (or --resume's) choice of resumeChosen.
func askResume(att *study.Attempt, u *study.Unfinished, flag bool, in *lineFeed, out io.Writer, env Env) (bool, error) {
	if flag {
		return true, nil
	}
	if !isTerminal(env.Stdin) {
		return false, nil
	}
	fmt.Fprintf(out, "You have an unfinished quiz: %s.\n", u.Describe())
	fmt.Fprintf(out, "Enter or y carries it on; n starts a new one (%s).\n", u.SetAsideWord())
	line, err := in.read(resumePrompt(out), nil)
	switch {
	case errors.Is(err, errInterrupted):
		return false, err
	case err != nil:
		fmt.Fprintln(out)
		return false, nil
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "n", "no":
		if err := att.SetAside(u).Wait(); err != nil {
			fmt.Fprintf(env.Stderr, "brief: %v\n", err)
		}
		return false, nil
	}
	return true, nil
}
