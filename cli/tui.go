package cli

import (
	"context"
	"fmt"
	"time"

	"brief/content"
	"brief/quiz/study"
	"brief/ui"
)

// runTUI starts the full-screen program. With home set it opens on the
// home screen; otherwise straight in the reader for article a.
func runTUI(ctx context.Context, g *globalOptions, env Env, packs []*content.Pack, p *content.Pack, a *content.Article, home bool, width int) error {
	store, notice := openStoreOrWarn(g, env)
	if store != nil {
		defer store.Close()
	}
	cfg := tuiConfig(g, store, study.NewWriter(store), notice, packs)
	cfg.Width = width
	status, err := study.HomeNotes(store, time.Now())
	if err != nil {
		fmt.Fprintf(env.Stderr, "brief: %v\n", err)
	}
	cfg.Status = status
	if !home {
		cfg.Pack = p.ID
		cfg.Article = a.ID
	}
	return ui.Run(cfg, programOptions(ctx, env)...)
}
