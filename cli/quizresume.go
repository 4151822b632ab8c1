package cli

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"time"

	"brief/content"
	"brief/quiz"
	"brief/quiz/study"
)

// resumable is an unfinished attempt at an article, rebuilt as a session
// with its answers marked.
type resumable struct {
	attempt  *quiz.SavedAttempt
	session  *quiz.Session
	answered int
	left     time.Duration // a timed exam's time still to run; 0 for no limit
}

// findResumable looks for an unfinished attempt at the article that can
// be rebuilt from its current questions; nil when there is none or
// scores are not being saved.
func findResumable(store *quiz.Store, p *content.Pack, a *content.Article, env Env) *resumable {
	if store == nil {
		return nil
	}
	saved, answers, err := store.UnfinishedAttempt(p.ID, a.ID)
	if inUseElsewhere(err, env) {
		return nil
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
		return nil
	}
	if saved == nil {
		return nil
	}
	sess, err := quiz.ResumeSession(a.Questions, saved, answers)
	if err != nil {
		return nil // the questions changed too much: start afresh
	}
	return &resumable{attempt: saved, session: sess, answered: len(sess.Items) - len(sess.Unanswered()), left: saved.TimeLeft(answers)}
}

// resumeChosen decides whether to carry on r. --resume says yes. Without
// it, a student typing at a terminal is asked (Enter or y resumes, n
// starts over and sets r aside); input from a file or a pipe, which a
// script drives, starts afresh without asking and leaves r as it is.
// Carrying on claims r for this brief; when another brief has taken it
// meanwhile, the quiz starts afresh, and says so.
func resumeChosen(store *quiz.Store, r *resumable, flag bool, in *bufio.Scanner, env Env) bool {
	if !askResume(store, r, flag, in, env) {
		return false
	}
	if err := store.ClaimAttempt(r.attempt.ID); inUseElsewhere(err, env) {
		return false
	} else if err != nil {
		// Not saving (a full disk, say): the answers say so one by one.
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	}
	return true
}

// inUseElsewhere says, when err is that the unfinished attempt is open in
// another brief, that this quiz is a new attempt, and reports whether it
// was.
func inUseElsewhere(err error, env Env) bool {
	var inUse *quiz.InUseError
	if !errors.As(err, &inUse) {
		return false
	}
	fmt.Fprintf(env.Stderr, "brief: your unfinished quiz on this article is open in another brief (%s); this is a new attempt\n", inUse.Where())
	return true
}

// askResume is the student's (or --resume's) choice of resumeChosen.
func askResume(store *quiz.Store, r *resumable, flag bool, in *bufio.Scanner, env Env) bool {
	if flag {
		return true
	}
	if !isTerminal(env.Stdin) {
		return false
	}
	fmt.Fprintf(env.Stdout, "You have an unfinished quiz (%d of %d answered, started %s). Resume it? [Y/n] ",
		r.answered, len(r.session.Items), study.Ago(time.Since(r.attempt.Started)))
	if !in.Scan() {
		fmt.Fprintln(env.Stdout)
		return false
	}
	switch strings.ToLower(strings.TrimSpace(in.Text())) {
	case "n", "no":
		if err := store.AbandonAttempt(r.attempt.ID); err != nil {
			fmt.Fprintf(env.Stderr, "brief: %v\n", err)
		}
		return false
	}
	return true
}
