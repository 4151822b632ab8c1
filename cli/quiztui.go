package cli

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/ui"
)

// runQuizTUI runs the full-screen quiz over the article's reader. The
// quiz screen first offers to resume an unfinished attempt at the
// article, then begins recording.
func runQuizTUI(ctx context.Context, g *globalOptions, env Env, p *content.Pack, a *content.Article, sess *quiz.Session, store *quiz.Store, notice string, o *quizOptions) error {
	cfg := tuiConfig(g, store, notice, []*content.Pack{p})
	return ui.RunQuiz(cfg,
		ui.QuizConfig{
			Pack: p, Article: a, Session: sess, Begin: cfg.BeginQuiz,
			Exam: o.exam, TimeLimit: o.timeLimit, SavingNotice: cfg.SavingNotice,
			Store: store, OfferResume: true,
		},
		tea.WithContext(ctx), tea.WithInput(env.Stdin), tea.WithOutput(env.Stdout))
}

// tuiConfig is the interface's configuration shared by every way into
// it: the style, how quizzes begun inside it are recorded, and how the
// home screen's notes are read again after a quiz. notice is why the
// store could not be opened, from openStoreOrWarn.
func tuiConfig(g *globalOptions, store *quiz.Store, notice string, packs []*content.Pack) ui.Config {
	cfg := ui.Config{Packs: packs, Style: g.style, BeginQuiz: store.Begin, Store: store}
	if store == nil {
		cfg.SavingNotice = notice
		if notice == "" {
			cfg.SavingNotice = "scores are not being saved"
		}
	}
	cfg.StatusLoader = func() (func(*content.Pack, *content.Article) string, error) {
		return HomeStatus(store, time.Now())
	}
	return cfg
}
