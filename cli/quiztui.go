package cli

import (
	"context"

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
// it: the style, and the store that quizzes begun inside it are recorded
// in and the home screen's notes are read from. notice is why the store
// could not be opened, from openStoreOrWarn.
func tuiConfig(g *globalOptions, store *quiz.Store, notice string, packs []*content.Pack) ui.Config {
	cfg := ui.Config{Packs: packs, Style: g.style, BeginQuiz: store.Begin, Store: store}
	if store == nil {
		cfg.SavingNotice = notice
		if notice == "" {
			cfg.SavingNotice = "scores are not being saved"
		}
	}
	return cfg
}
