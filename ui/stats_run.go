package ui

import (
	"io"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/stats"
)

// RunStats shows the stats screen on its own, full-screen, until the
// student goes back (esc or q) or presses ctrl+c: `brief stats`. It is
// the root model started on the stats screen (see [StartStats]); titles
// come from cfg.Packs, and cfg.Store is store.
func RunStats(cfg Config, store *scores.Store, opts ...tea.ProgramOption) error {
	cfg.Store, cfg.Start = store, StartStats
	return Run(cfg, opts...)
}

// WriteStats writes the stats of a store as text, width columns wide (0
// means a comfortable 80), for `brief stats` when the output is not a
// terminal.
func WriteStats(w io.Writer, st *scores.Stats, packs []*content.Pack, width int) error {
	return stats.Write(w, st, packs, width)
}
