package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/internal/sanitize"
	"brief/quiz"
	"brief/quiz/study"
	"brief/ui"
)

// reviewOptions are the flags of `brief review`.
type reviewOptions struct {
	plain      bool
	accessible bool
	n          int
	seed       int64
}

func newReviewCommand(g *globalOptions, env Env) *cobra.Command {
	o := &reviewOptions{}
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Go over the questions you missed that are due again",
		Long: "review asks, in one session, the questions from every article that you missed or half\n" +
			"answered and that are due again, the longest overdue first. A right answer puts a question\n" +
			"off for longer each time (the SM-2 schedule); a wrong one brings it back tomorrow.\n" +
			"With nothing due, it goes over the questions you missed today.\n" +
			"In a terminal it uses the full-screen quiz; --plain (or any run without a terminal) asks\n" +
			"line by line, as `brief quiz --plain` does. --accessible asks line by line too, in words a\n" +
			"screen reader says well, as `brief quiz --accessible` does. Either way each answer says when\n" +
			"its question comes back, and the end how many questions are still due.",
		Example: "  brief review\n  brief review -n 10",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkCount(o.n, cmd.Flags().Changed("number")); err != nil {
				return err
			}
			return runReview(cmd.Context(), g, o, env, cmd.Flags().Changed("seed"))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.plain, "plain", false, "ask line by line on stdin/stdout instead of the full-screen quiz")
	f.BoolVar(&o.accessible, "accessible", false, "for screen readers: the same as --plain, with words for glyphs")
	f.IntVarP(&o.n, "number", "n", 0, "ask at most this many questions, the longest overdue first (default: all due)")
	f.Int64Var(&o.seed, "seed", 0, "shuffle the options the same way every time with this seed")
	return cmd
}

func runReview(ctx context.Context, g *globalOptions, o *reviewOptions, env Env, seedGiven bool) error {
	if !seedGiven {
		o.seed = rand.Int64()
	}
	store, _ := openStoreOrWarn(g, env)
	if store == nil {
		return errors.New("review needs your saved scores, and they cannot be opened (see above)")
	}
	defer store.Close()
	packs := allPacks(g, env)
	// With nothing due, today's misses, as r on the home screen gives.
	loaded, misses, err := study.LoadReviewOrMisses(store, packs, time.Now(), o.n, o.seed)
	if err != nil {
		return err
	}
	if loaded.Plan == nil {
		fmt.Fprintln(env.Stdout, study.NothingDueNotice(loaded.Next))
		return nil
	}
	plan := loaded.Plan
	w := study.NewWriter(store)
	if !o.plain && !o.accessible && interactive(env) {
		cfg := tuiConfig(g, store, w, "", packs)
		cfg.Status, _ = study.HomeNotes(store, time.Now()) // home is beneath the review; without notes if they cannot be read
		cfg.Start, cfg.Review, cfg.ReviewMisses = ui.StartReview, plan, misses
		err := ui.Run(cfg, programOptions(ctx, g, env)...)
		leftOut(env.Stdout, plan) // after the full screen has gone, so it stays in view
		return err
	}
	out := plainOutput(env, o.accessible)
	leftOut(out, plan)
	if misses {
		fmt.Fprintf(out, "Nothing is due for review: going over the %s you missed today.\n\n", study.Count(len(plan.Session.Items), "question"))
	}
	defer flushPlain(w, env)
	lines := newLineSource(env, out)
	defer lines.close()
	rio := reviewIO{lines: lines, out: out, spoken: o.accessible}
	return plainEnded(askReview(ctx, w, packs, plan, rio, env, g.style == "ascii"), env)
}

// leftOut notes the due questions the review cannot ask.
func leftOut(w io.Writer, plan *quiz.ReviewPlan) {
	if n := len(plan.Changed); n > 0 {
		fmt.Fprintf(w, "(%d due %s changed since you missed %s; %s asked afresh in the article's quiz.)\n",
			n, study.Plural(n, "question has", "questions have"), study.Plural(n, "it", "them"), study.Plural(n, "it is", "they are"))
	}
	if n := len(plan.Gone); n > 0 {
		fmt.Fprintf(w, "(%d due %s no longer in any pack you have.)\n", n, study.Plural(n, "question is", "questions are"))
	}
}

// reviewIO is where a plain review reads its answers (the line editor at
// a terminal, else lines scanned from stdin) and writes its questions.
type reviewIO struct {
	in     *bufio.Scanner
	lines  lineSource
	out    io.Writer
	spoken bool // --accessible: words a screen reader says, not glyphs
}

// askReview asks a review line by line in one session, whatever packs
// and articles its questions come from, recording it through w as one
// review attempt with each answer against its own pack and article.
func askReview(ctx context.Context, w *study.Writer, packs []*content.Pack, plan *quiz.ReviewPlan, rio reviewIO, env Env, ascii bool) error {
	att := study.NewReview(w, plan, packs)
	if err := att.Begin().Wait(); err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	}
	schedule := newReviewSchedule(w, packs, att) // before any answer moves it on
	articles := map[[2]string]bool{}
	for _, ref := range plan.Refs {
		articles[[2]string{ref.PackID, ref.ArticleID}] = true
	}
	out := rio.out
	if out == nil {
		out = env.Stdout
	}
	fmt.Fprintf(out, "Review — %s from %s\n\n", study.Count(att.Len(), "question"), study.Count(len(articles), "article"))
	pq := &plainQuiz{
		ctx: ctx, in: rio.in, lines: rio.lines, out: out, att: att,
		now: time.Now, cleaner: sanitize.Line, ascii: ascii, spoken: rio.spoken,
		echoed: isTerminal(env.Stdin), schedule: schedule,
	}
	return pq.run()
}
