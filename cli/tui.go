package cli

import (
	"context"
	"fmt"
	"sync"

	"brief/content"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui"
)

// runTUI starts the full-screen program. With home set it opens on the
// home screen; otherwise straight in the reader for article a.
func runTUI(ctx context.Context, g *globalOptions, env Env, packs []*content.Pack, p *content.Pack, a *content.Article, home bool, width int) error {
	if home {
		return runHome(ctx, g, env, packs, width)
	}
	store, notice := openStoreOrWarn(g, env)
	if store != nil {
		defer store.Close()
	}
	cfg := tuiConfig(g, store, study.NewWriter(store), notice, packs)
	cfg.Width = width
	cfg.Pack = p.ID
	cfg.Article = a.ID
	return ui.Run(cfg, programOptions(ctx, g, env)...)
}

// runHome starts on the home screen, drawn before the score store has
// opened: the store opens in the background, home's notes follow it, and
// answers given meanwhile queue on the writer until it is open.
func runHome(ctx context.Context, g *globalOptions, env Env, packs []*content.Pack, width int) error {
	open := sync.OnceValues(func() (*scores.Store, error) {
		dir, err := dataDir(g)
		if err != nil {
			return nil, err
		}
		return scores.Open(dir)
	})
	cfg := tuiConfig(g, nil, study.OpenWriter(open), "", packs)
	cfg.Width, cfg.SavingNotice = width, ""
	cfg.OpenStore = func() (*scores.Store, string) {
		store, err := open()
		if err != nil {
			return nil, savingNotice(err)
		}
		return store, ""
	}
	err := ui.Run(cfg, programOptions(ctx, g, env)...)
	if store, openErr := open(); openErr != nil {
		fmt.Fprintf(env.Stderr, "brief: %s\n", notSavingMessage(openErr))
	} else {
		store.Close()
	}
	return err
}
