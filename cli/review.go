package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/quiz"
	"brief/ui"
)

// reviewOptions are the flags of `brief review`.
type reviewOptions struct {
	plain bool
	n     int
	seed  int64
}

func newReviewCommand(g *globalOptions, env Env) *cobra.Command {
	o := &reviewOptions{}
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Go over the questions you missed that are due again",
		Long: "review asks, in one session, the questions from every article that you missed or half\n" +
			"answered and that are due again, the longest overdue first. A right answer puts a question\n" +
			"off for longer each time (the SM-2 schedule); a wrong one brings it back tomorrow.\n" +
			"It asks line by line, as `brief quiz --plain` does.",
		Example: "  brief review\n  brief review -n 10",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReview(g, o, env, cmd.Flags().Changed("seed"))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.plain, "plain", false, "ask line by line on stdin/stdout (for now the only way)")
	f.IntVarP(&o.n, "number", "n", 0, "ask at most this many questions, the longest overdue first (default: all due)")
	f.Int64Var(&o.seed, "seed", 0, "shuffle the options the same way every time with this seed")
	return cmd
}

// allPacks is every pack the student can study: the embedded default
// pack (and, later, the installed ones).

func runReview(g *globalOptions, o *reviewOptions, env Env, seedGiven bool) error {
	if o.n < 0 {
		return usageError{fmt.Errorf("-n must be positive, not %d", o.n)}
	}
	if !seedGiven {
		o.seed = rand.Int64()
	}
	store := openStoreOrWarn(g, env)
	if store == nil {
		return errors.New("review needs your saved scores, and they cannot be opened (see above)")
	}
	defer store.Close()
	packs := allPacks(g, env)
	loaded := ui.LoadReview(store, packs, time.Now(), o.n, o.seed)
	if loaded.Err != nil {
		return loaded.Err
	}
	if loaded.Plan == nil {
		nothingDue(env.Stdout, loaded.Next)
		return nil
	}
	plan := loaded.Plan
	leftOut(env.Stdout, plan)
	// The TUI quiz screen records every answer against one article, so
	// a review, which spans articles, is asked line by line for now.
	in := bufio.NewScanner(env.Stdin) // one reader for every part, so no typed-ahead line is lost
	for _, part := range splitByPack(plan) {
		if err := askReview(store, packs, part, in, env); err != nil {
			fmt.Fprintf(env.Stderr, "brief: %v\n", err)
			return exitError{code: exitFailure}
		}
	}
	return nil
}

// nothingDue says when to come back.
func nothingDue(w io.Writer, next time.Time) {
	if next.IsZero() {
		fmt.Fprintln(w, "Nothing is due for review. Questions you miss in a quiz come back here the next day.")
		return
	}
	fmt.Fprintf(w, "Nothing is due for review. Next review: %s\n", next.Format("Monday 2 January 2006"))
}

// leftOut notes the due questions the review cannot ask.
func leftOut(w io.Writer, plan *quiz.ReviewPlan) {
	if n := len(plan.Changed); n > 0 {
		fmt.Fprintf(w, "(%d due %s changed since you missed %s; %s asked afresh in the article's quiz.)\n",
			n, reviewWord(n, "question has", "questions have"), reviewWord(n, "it", "them"), reviewWord(n, "it is", "they are"))
	}
	if n := len(plan.Gone); n > 0 {
		fmt.Fprintf(w, "(%d due %s no longer in any pack you have.)\n", n, reviewWord(n, "question is", "questions are"))
	}
}

// reviewWord picks the singular or plural wording for n.
func reviewWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// reviewPart is the questions of one pack in a review. A recorder records
// against one pack, so a review spanning packs is asked pack by pack.
type reviewPart struct {
	packID  string
	session *quiz.Session
	refs    []quiz.ReviewRef
}

// splitByPack groups a review's questions by pack, keeping their order
// within each pack and the packs in the order they first come.
func splitByPack(plan *quiz.ReviewPlan) []reviewPart {
	var parts []reviewPart
	index := map[string]int{}
	for i, ref := range plan.Refs {
		j, ok := index[ref.PackID]
		if !ok {
			j = len(parts)
			index[ref.PackID] = j
			parts = append(parts, reviewPart{packID: ref.PackID, session: &quiz.Session{Options: plan.Session.Options}})
		}
		parts[j].session.Items = append(parts[j].session.Items, plan.Session.Items[i])
		parts[j].refs = append(parts[j].refs, ref)
	}
	return parts
}

// askReview asks one pack's part of a review line by line, recording each
// answer against its article as a review attempt.
func askReview(store *quiz.Store, packs []*content.Pack, part reviewPart, in *bufio.Scanner, env Env) error {
	pack := findPack(packs, part.packID)
	rec, err := store.Begin(quiz.AttemptInfo{
		PackID: part.packID, PackVersion: pack.Version, Mode: quiz.ModeReview,
		QuestionIDs: questionIDs(part.session), Seed: part.session.Options.Seed, Started: time.Now(),
	})
	if err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	}
	articles := map[string]bool{}
	for _, ref := range part.refs {
		articles[ref.ArticleID] = true
	}
	fmt.Fprintf(env.Stdout, "Review · %s — %d %s from %d %s\n\n", content.CleanLine(pack.Title),
		len(part.session.Items), reviewWord(len(part.session.Items), "question", "questions"),
		len(articles), reviewWord(len(articles), "article", "articles"))
	pq := &plainQuiz{
		in: in, out: env.Stdout, session: part.session, rec: rec,
		articles: func(i int) string { return part.refs[i].ArticleID },
		now:      time.Now, cleaner: content.CleanLine, titles: reviewTitles(pack),
		echoed: isTerminal(env.Stdin),
	}
	return pq.run()
}

// findPack returns the loaded pack with the id; the review only holds
// questions found in loaded packs, so it is there.
func findPack(packs []*content.Pack, id string) *content.Pack {
	for _, p := range packs {
		if p.ID == id {
			return p
		}
	}
	return &content.Pack{Manifest: content.Manifest{ID: id, Title: id}}
}

// reviewTitles maps the section slugs of every article of a pack to their
// headings, for the breakdown at the end.
func reviewTitles(p *content.Pack) map[string]string {
	m := map[string]string{}
	for _, a := range p.Articles {
		for slug, title := range sectionTitles(a) {
			m[slug] = title
		}
	}
	return m
}
