package cli

import (
	"context"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui"
)

// runQuizTUI runs the full-screen quiz over the article's reader. The
// quiz screen first offers to resume an unfinished attempt at the
// article, then begins recording through w.
func runQuizTUI(ctx context.Context, g *globalOptions, env Env, p *content.Pack, a *content.Article, sess *quiz.Session, store *scores.Store, w *study.Writer, notice string, o *quizOptions) error {
	cfg := tuiConfig(g, store, w, notice, []*content.Pack{p})
	cfg.Start = ui.StartQuiz
	cfg.Quiz = &ui.QuizConfig{
		Pack: p, Article: a, Session: sess, Writer: w,
		Exam: o.exam, TimeLimit: o.timeLimit, Assigned: o.assigned, CarryOnOnly: o.carryOn, SavingNotice: cfg.SavingNotice,
		OfferResume: true,
	}
	cfg.QuizPanel = o.noSettings()
	return ui.Run(cfg, programOptions(ctx, g, env)...)
}

// tuiConfig is the interface's configuration shared by every way into
// it: the style, the store the home screen's notes and the reader's
// places are read from, and w, the store's writer, through which every
// quiz begun inside it is recorded. notice is why the store could not be
// opened, from openStoreOrWarn.
func tuiConfig(g *globalOptions, store *scores.Store, w *study.Writer, notice string, packs []*content.Pack) ui.Config {
	cfg := ui.Config{Packs: packs, Style: g.style, Store: store, Writer: w, Mouse: g.mouse}
	if dir, err := dataDir(g); err == nil {
		cfg.DataDir = dir // where the student's name is kept; without it, it is asked each run
	}
	if store == nil {
		cfg.SavingNotice = notice
		if notice == "" {
			cfg.SavingNotice = "scores are not being saved"
		}
	}
	return cfg
}

// noSettings reports whether `brief quiz` was given none of the flags
// that set a quiz up, so the full-screen quiz opens on the start panel,
// where the student chooses them (or takes the pack's assignment).
func (o *quizOptions) noSettings() bool {
	return o.n == 0 && len(o.levels) == 0 && o.section == "" && o.seed == 0 &&
		!o.shuffle && !o.exam && o.timeLimit == 0 && !o.resume && !o.practice
}
