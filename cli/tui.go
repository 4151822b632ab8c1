package cli

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/ui"
)

// runTUI starts the full-screen program. With home set it opens on the
// home screen; otherwise straight in the reader for article a.
func runTUI(ctx context.Context, g *globalOptions, env Env, packs []*content.Pack, p *content.Pack, a *content.Article, home bool, width int) error {
	cfg := ui.Config{
		Packs: packs,
		Style: g.style,
		Width: width,
	}
	if !home {
		cfg.Pack = p.ID
		cfg.Article = a.ID
	}
	return ui.Run(cfg,
		tea.WithContext(ctx),
		tea.WithInput(env.Stdin),
		tea.WithOutput(env.Stdout),
	)
}
