package cli

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/ui"
)

// runQuizTUI runs the full-screen quiz over the article's reader.
func runQuizTUI(ctx context.Context, g *globalOptions, env Env, p *content.Pack, a *content.Article, sess *quiz.Session, rec *quiz.Recorder, store *quiz.Store, o *quizOptions) error {
	cfg := tuiConfig(g, store, []*content.Pack{p})
	return ui.RunQuiz(cfg,
		ui.QuizConfig{
			Pack: p, Article: a, Session: sess, Recorder: rec, Begin: cfg.BeginQuiz,
			Exam: o.exam, TimeLimit: o.timeLimit, SavingNotice: cfg.SavingNotice,
		},
		tea.WithContext(ctx), tea.WithInput(env.Stdin), tea.WithOutput(env.Stdout))
}

// tuiConfig is the interface's configuration shared by every way into
// it: the style, and how quizzes begun inside it are recorded.
func tuiConfig(g *globalOptions, store *quiz.Store, packs []*content.Pack) ui.Config {
	cfg := ui.Config{Packs: packs, Style: g.style, BeginQuiz: beginFunc(store), Store: store}
	if store == nil {
		cfg.SavingNotice = "scores are not being saved"
	}
	return cfg
}

// beginFunc starts a recorded attempt for a session begun in the
// interface. A nil store records nothing.
func beginFunc(store *quiz.Store) ui.BeginFunc {
	return func(p *content.Pack, a *content.Article, s *quiz.Session, exam bool) (*quiz.Recorder, error) {
		mode := quiz.ModePractice
		if exam {
			mode = quiz.ModeExam
		}
		return store.Begin(quiz.AttemptInfo{
			PackID: p.ID, PackVersion: p.Version, ArticleID: a.ID, Mode: mode,
			QuestionIDs: questionIDs(s), Seed: s.Options.Seed, Started: time.Now(),
		})
	}
}
