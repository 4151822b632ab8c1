package common

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// Hint is one key of a one-line help with its rank: 0 for the keys a
// screen cannot do without (its answer keys, enter, esc or q), which are
// always shown; higher ranks are dropped first when the line is too
// narrow.
type Hint struct {
	Binding key.Binding
	Rank    int
	// Short, when set, is the words of the hint when the line is too
	// narrow for its own ("open" for "go to question"), so that a
	// narrow line can keep the key rather than drop it.
	Short string
}

// HelpRank is the rank of the help key: dropped only after every other
// key but the essential ones.
const HelpRank = 1

// FitHints draws hints, in their order, on one line w cells wide: all of
// them if they fit; else without the highest ranks, down to the help
// key; else the same with shorter labels (a hint's Short words among
// them); else the essential keys alone; and when even those are too
// wide, cut with an ellipsis. The separator and ellipsis are the help's
// (its styles' glyphs), and in ASCII its arrows are spelled out as in
// the full help.
func FitHints(h KeyHelp, w int, hints []Hint) string {
	line, _ := TryFitHints(h, w, hints)
	return line
}

// TryFitHints is FitHints, and whether the line holds every essential
// hint whole: false when it had to be cut.
func TryFitHints(h KeyHelp, w int, hints []Hint) (string, bool) {
	h.SetWidth(0)
	maxRank := 0
	for _, ht := range hints {
		maxRank = max(maxRank, ht.Rank)
	}
	line := func(cut int, compact bool) string {
		var keys []key.Binding
		for _, ht := range hints {
			if ht.Rank <= cut && ht.Binding.Enabled() {
				b := shortLabel(ht, compact)
				if h.ascii {
					b.SetHelp(asciiKeys.Replace(b.Help().Key), b.Help().Desc)
				}
				keys = append(keys, b)
			}
		}
		return h.ShortHelpView(keys)
	}
	type try struct {
		lowest  int
		compact bool
	}
	for _, t := range []try{{HelpRank, false}, {HelpRank, true}, {0, false}, {0, true}} {
		for cut := max(maxRank, t.lowest); cut >= t.lowest; cut-- {
			if l := line(cut, t.compact); ansi.StringWidth(l) <= w {
				return l, true
			}
		}
	}
	return ansi.Truncate(line(0, true), w, h.Ellipsis), false
}

// shortLabel is a hint's binding as the one-line help shows it; compact
// keeps only the first spelling of its key ("a-d" of "a-d/1-4", "K" of
// "K/shift+↑", but "t/f" whole), takes the hint's Short words if it has
// them and shortens "more keys" to "more".
func shortLabel(ht Hint, compact bool) key.Binding {
	b := ht.Binding
	if !compact {
		return b
	}
	k, desc := b.Help().Key, b.Help().Desc
	if ht.Short != "" {
		desc = ht.Short
	}
	if parts := strings.Split(k, "/"); len(parts) > 1 && !(len(parts[0]) == 1 && len(parts[1]) == 1) {
		k = parts[0]
	} else if len(parts) > 2 {
		k = parts[0] + "/" + parts[1]
	}
	if desc == "more keys" {
		desc = "more"
	}
	b.SetHelp(k, desc)
	return b
}

// HelpLabel is the help key's words: "close help" when it would close
// the full help, else "more keys".
func HelpLabel(h KeyHelp, k help.KeyMap) string {
	if h.closesNext(k) {
		return "close help"
	}
	return "more keys"
}
