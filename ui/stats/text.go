package stats

import (
	"fmt"
	"io"
	"strings"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/common"
)

// Write prints the stats as plain text, the same parts the stats
// screen shows (the sparkline included), for `brief stats` when output is
// not a terminal or with --plain. Lines are at most width columns; 0
// means 80.
func Write(w io.Writer, st *scores.Stats, packs []*content.Pack, width int) error {
	if width <= 0 {
		width = common.ComfortableWidth
	}
	v := statsView{st: st, names: statsNames{packs: packs}, width: width,
		emptyHint: "run `brief quiz` to take one."}
	_, err := fmt.Fprintln(w, strings.Join(v.lines(), "\n"))
	return err
}
