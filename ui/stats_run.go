package ui

import (
	"io"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/stats"
)

// WriteStats writes the stats of a store as text, width columns wide (0
// means a comfortable 80), for `brief stats` when the output is not a
// terminal.
func WriteStats(w io.Writer, st *scores.Stats, packs []*content.Pack, width int) error {
	return stats.Write(w, st, packs, width)
}

// WriteSpokenStats writes the same stats in sentences and label: value
// lines for a screen reader, for `brief stats --accessible` (see
// stats.WriteSpoken).
func WriteSpokenStats(w io.Writer, st *scores.Stats, packs []*content.Pack, width int) error {
	return stats.WriteSpoken(w, st, packs, width)
}
