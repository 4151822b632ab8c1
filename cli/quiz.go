package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"brief/content"
	"brief/internal/sanitize"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
)

// quizOptions are the flags of `brief quiz`.
type quizOptions struct {
	article    string
	n          int
	levels     []string
	section    string
	seed       int64
	shuffle    bool
	exam       bool
	timeLimit  time.Duration
	plain      bool
	accessible bool
	resume     bool
	practice   bool // practise on a pack's assigned article, with the student's own settings
	assigned   bool // the quiz is the pack's assignment, as set (see assignment)
	carryOn    bool // every attempt at it is used but one unfinished, which is all it may do
	nGiven     bool // -n was on the command line, so 0 is a mistake rather than "all"
}

func newQuizCommand(g *globalOptions, env Env) *cobra.Command {
	o := &quizOptions{}
	cmd := &cobra.Command{
		Use:   "quiz [PACK|ARTICLE.md]",
		Short: "Take a comprehension quiz on an article",
		Long: "quiz asks the questions written for an article, one at a time.\n" +
			"In practice mode (the default) each answer is marked at once, with the reason and the\n" +
			"passage of the article that shows it; --exam holds all marks until the end.\n" +
			"--plain (or --accessible, or any run without a terminal) asks line by line:\n" +
			"type a letter, several letters, a number or the words, and Enter. An empty line shows\n" +
			"the answer in practice, and in an exam leaves the question for later (asked again before\n" +
			"the hand-in).\n" +
			"At a terminal the arrow keys edit the line, up brings back an earlier answer, and ctrl+c\n" +
			"stops (answers kept). --accessible writes words for glyphs: (blank 1), \"to\", commas.",
		Example: "  brief quiz\n" +
			"  brief quiz -n 10 --level inference,critical\n" +
			"  brief quiz --exam --time 10m\n" +
			"  brief quiz --plain < answers.txt",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			o.nGiven = cmd.Flags().Changed("number")
			return runQuiz(cmd.Context(), g, o, env, path, cmd.Flags().Changed("seed"))
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.article, "article", "", "the article to be quizzed on, by id (default: the first)")
	f.IntVarP(&o.n, "number", "n", 0, "ask this many questions, drawn at random (default: all)")
	f.StringSliceVar(&o.levels, "level", nil, "only these levels: recall, inference, critical (comma-separated)")
	f.StringVar(&o.section, "section", "", "only questions about this section (its heading or slug)")
	f.Int64Var(&o.seed, "seed", 0, "draw and shuffle the same way every time with this seed")
	f.BoolVar(&o.shuffle, "shuffle", false, "ask in random order instead of the article's order")
	f.BoolVar(&o.exam, "exam", false, "exam mode: no marks until the end; flag questions and come back to them")
	f.DurationVar(&o.timeLimit, "time", 0, "exam time limit, e.g. 10m (answers are submitted when it runs out)")
	f.BoolVar(&o.plain, "plain", false, "ask line by line on stdin/stdout instead of the full-screen quiz")
	f.BoolVar(&o.accessible, "accessible", false, "For screen readers: the same as --plain")
	f.BoolVar(&o.practice, "practice", false, "on a pack with an assignment: practise with your own settings instead (recorded as practice)")
	f.BoolVar(&o.resume, "resume", false, "carry on your unfinished quiz at the article of the same mode, length and time limit, if any,\nwithout asking (line by line, brief asks only when typing at a terminal; otherwise it starts afresh)")
	return cmd
}

// sessionOptions checks the flags and turns them into quiz options.
func (o *quizOptions) sessionOptions(a *content.Article, seedGiven bool) (quiz.SessionOptions, error) {
	so := quiz.SessionOptions{N: o.n, Seed: o.seed, Shuffle: o.shuffle}
	if err := checkCount(o.n, o.nGiven); err != nil {
		return so, err
	}
	if o.timeLimit < 0 || (o.timeLimit > 0 && !o.exam) {
		return so, usageError{fmt.Errorf("--time goes with --exam and must be positive")}
	}
	for _, l := range o.levels {
		lv := quiz.Level(strings.ToLower(strings.TrimSpace(l)))
		if !validLevel(lv) {
			return so, usageError{fmt.Errorf("unknown level %q: use recall, inference or critical", l)}
		}
		so.Levels = append(so.Levels, lv)
	}
	if o.section != "" {
		idx, ok := a.SectionIndex(o.section)
		if !ok {
			names := make([]string, len(a.Sections))
			for i, s := range a.Sections {
				names[i] = fmt.Sprintf("%s (%s)", s.Title(), s.Slug)
			}
			return so, usageError{fmt.Errorf("no section %q in %s; it has: %s", o.section, a.ID, strings.Join(names, ", "))}
		}
		want := a.Sections[idx]
		so.Section = want.Slug
		so.Filter = func(q *quiz.Question) bool {
			i, ok := a.SectionIndex(q.Section)
			return ok && a.Sections[i].Slug == want.Slug
		}
	}
	if !seedGiven {
		so.Seed = rand.Int64()
	}
	return so, nil
}

// checkCount refuses a -n below 1 (left out, -n means all).
func checkCount(n int, given bool) error {
	if n < 0 || (given && n == 0) {
		return usageError{fmt.Errorf("-n must be at least 1, not %d", n)}
	}
	return nil
}

func validLevel(l quiz.Level) bool {
	for _, v := range quiz.Levels {
		if v == l {
			return true
		}
	}
	return false
}

func runQuiz(ctx context.Context, g *globalOptions, o *quizOptions, env Env, path string, seedGiven bool) (err error) {
	p, err := openPack(g, path)
	if err != nil {
		return err
	}
	a, err := pickArticle(p, o.article)
	if err != nil {
		return err
	}
	if len(a.Questions) == 0 {
		// Question files are named after the article's file, which may
		// differ from its id.
		base := strings.TrimSuffix(filepath.Base(a.Path), ".md")
		return fmt.Errorf("%s has no questions: add %s%s beside it (see docs/packs.md)", a.Path, base, content.QuizSuffix)
	}
	store, notice := openStoreOrWarn(g, env)
	if store != nil {
		defer store.Close()
		defer func() {
			if err == nil {
				noteNotInstalled(g, env, p, path)
			}
		}()
	}
	tui := !o.plain && !o.accessible && interactive(env)
	in := &quizInput{env: env, out: plainOutput(env, o.accessible)}
	defer in.close()
	// With no flags at a terminal the start panel shows the assignment,
	// asks the name and offers practice when no attempt is left.
	assigned, err := o.takeAssignment(g, store, p, a, &seedGiven, in, tui && o.noSettings())
	if err != nil {
		return err
	}
	so, err := o.sessionOptions(a, seedGiven)
	if err != nil {
		return err
	}
	sess, err := quiz.NewSession(a.Questions, so)
	if err != nil {
		return usageError{err}
	}
	w := study.NewWriter(store)
	if tui {
		in.close() // a name may have been asked; the full screen reads the keys now
		return runQuizTUI(ctx, g, env, p, a, sess, store, w, notice, o)
	}
	defer flushPlain(w, env)
	return runQuizPlain(ctx, g, o, in, study.Setup{Pack: p, Article: a, Session: sess, Exam: o.exam, TimeLimit: o.timeLimit, Assigned: o.assigned}, w, assigned)
}

// quizInput is where a quiz reads lines: made when first needed, since at
// a terminal it takes the terminal over.
type quizInput struct {
	env   Env
	out   io.Writer
	lines lineSource
}

func (in *quizInput) source() lineSource {
	if in.lines == nil {
		in.lines = newLineSource(in.env, in.out)
	}
	return in.lines
}

func (in *quizInput) close() {
	if in.lines != nil {
		in.lines.close()
		in.lines = nil
	}
}

// takeAssignment applies the pack's assignment unless the student chose
// practice or the start panel will show it, asking the student's name
// first when none is kept; it returns nil for the student's own quiz.
func (o *quizOptions) takeAssignment(g *globalOptions, store *scores.Store, p *content.Pack, a *content.Article, seedGiven *bool, in *quizInput, panel bool) (*study.Assigned, error) {
	if p.Assignment == nil || o.practice || panel {
		_, err := o.assignment(store, p, a, seedGiven, "") // refuses --practice with --exam
		return nil, err
	}
	name, err := studentName(g, in.source, in.out)
	if err != nil {
		return nil, plainEnded(err, in.env)
	}
	return o.assignment(store, p, a, seedGiven, name)
}

// runQuizPlain asks the quiz line by line, offering first to carry on an
// unfinished one like it.
func runQuizPlain(ctx context.Context, g *globalOptions, o *quizOptions, in *quizInput, setup study.Setup, w *study.Writer, assigned *study.Assigned) error {
	env, out := in.env, in.out
	feed := newLineFeed(ctx, in.source())
	att := study.New(w, setup)
	u := findResumable(w, att, out, env)
	resumed, err := resumeChosen(att, u, o.resume || carryOnAssigned(assigned, u, out), feed, out, env)
	if err != nil {
		return plainEnded(err, env)
	}
	if resumed == nil && assigned != nil && assigned.OnlyToCarryOn() {
		// Its one unfinished attempt could not be carried on here (open
		// in another brief, say): nothing is left to start.
		assigned.Unfinished = 0
		return assigned.Check()
	}
	if resumed != nil {
		att = resumed
	} else if err := att.Begin().Wait(); err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	}
	assignmentNote(out, assigned)
	fmt.Fprintf(out, "%s — %s\n\n", setup.Article.Title, study.Count(att.Len(), "question"))
	pq := &plainQuiz{
		ctx: ctx, lines: in.lines, feed: feed, out: out, att: att,
		now: time.Now, after: time.After, cleaner: sanitize.Line, ascii: g.style == "ascii", spoken: o.accessible,
	}
	return plainEnded(pq.run(), env)
}

// plainEnded reports how a plain quiz ended: an interrupted one (ctrl+c)
// exits as an interrupt does, one whose input ended as a failure; both
// say where they stopped and that the answers before are saved.
func plainEnded(err error, env Env) error {
	if err == nil {
		return nil
	}
	fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	if errors.Is(err, errInterrupted) {
		return exitError{code: exitInterrupt}
	}
	return exitError{code: exitFailure}
}

// flushPlain waits, within the bound a quit has, for whatever the plain
// quiz left being saved (it waits for each answer itself, so normally
// nothing), and says what could not be saved.
func flushPlain(w *study.Writer, env Env) {
	ctx, cancel := context.WithTimeout(context.Background(), study.SaveBound)
	defer cancel()
	if err := w.Flush(ctx); err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	}
}
