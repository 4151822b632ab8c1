package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// hint is one key of a one-line help with its rank: 0 for the keys a
// screen cannot do without (its answer keys, enter, esc or q), which are
// always shown; higher ranks are dropped first when the line is too
// narrow.
type hint struct {
	b    key.Binding
	rank int
}

// helpRank is the rank of the help key: dropped only after every other
// key but the essential ones.
const helpRank = 1

// fitHints draws hints, in their order, on one line w cells wide: all of
// them if they fit; else without the highest ranks, down to the help
// key; else the same with shorter labels; else the essential keys alone;
// and when even those are too wide, cut with an ellipsis. The separator
// and ellipsis are the help's (its styles' glyphs), and in ASCII its
// arrows are spelled out as in the full help.
func fitHints(h keyHelp, w int, hints []hint) string {
	h.SetWidth(0)
	maxRank := 0
	for _, ht := range hints {
		maxRank = max(maxRank, ht.rank)
	}
	line := func(cut int, compact bool) string {
		var keys []key.Binding
		for _, ht := range hints {
			if ht.rank <= cut && ht.b.Enabled() {
				b := shortLabel(ht.b, compact)
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
	for _, t := range []try{{helpRank, false}, {helpRank, true}, {0, false}, {0, true}} {
		for cut := max(maxRank, t.lowest); cut >= t.lowest; cut-- {
			if l := line(cut, t.compact); ansi.StringWidth(l) <= w {
				return l
			}
		}
	}
	return ansi.Truncate(line(0, true), w, h.Ellipsis)
}

// shortLabel is a binding as the one-line help shows it; compact keeps
// only the first spelling of its key ("a-d" of "a-d/1-4", "K" of
// "K/shift+↑", but "t/f" whole) and shortens "more keys" to "more".
func shortLabel(b key.Binding, compact bool) key.Binding {
	if !compact {
		return b
	}
	k, desc := b.Help().Key, b.Help().Desc
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

// helpView is the quiz's help: the full help in columns (a page at a
// time when it does not fit), or one line of the keys that matter most
// now.
func (q *QuizScreen) helpView() string {
	q.sizeHelp()
	if q.help.ShowAll {
		q.labelHelp()
		return q.help.View(q.keys)
	}
	_, w := quizColumn(q.width)
	return fitHints(q.help, w, q.keys.hints())
}

// sizeHelp fits the full help to the quiz's column, leaving a line of
// the body and the note line under the header.
func (q *QuizScreen) sizeHelp() {
	_, w := quizColumn(q.width)
	q.help.SetWidth(w)
	q.help.SetMaxLines(q.height - q.headerLines() - 2)
}

// toggleHelp is the help key: it opens the full help, turns its page, or
// closes it.
func (q *QuizScreen) toggleHelp() {
	q.sizeHelp()
	q.help.Toggle(q.keys)
}

// labelHelp says what the help key does next: closes the full help on
// its last page, else shows more keys.
func (q *QuizScreen) labelHelp() {
	q.keys.Help.SetHelp(q.keys.Help.Help().Key, helpLabel(q.help, q.keys))
}

// helpLabel is the help key's words: "close help" when it would close
// the full help, else "more keys".
func helpLabel(h keyHelp, k help.KeyMap) string {
	if h.closesNext(k) {
		return "close help"
	}
	return "more keys"
}

// hints is the quiz's one-line help, ranked: the keys that answer, enter
// and esc first; then help; then, in the order they are dropped last to
// first, the others.
func (k QuizKeyMap) hints() []hint {
	submit := 0
	if k.Pick.Enabled() {
		submit = 3 // a letter answers already
	}
	// K and J in one hint; shift and the arrows are in the full help.
	move := key.NewBinding(key.WithKeys("K", "J"), key.WithHelp("K/J", "move"))
	move.SetEnabled(k.MoveUp.Enabled())
	// The exam's previous and next question in one hint, the keys apart
	// by a space: a compact label keeps both.
	questions := key.NewBinding(key.WithKeys("[", "]"),
		key.WithHelp(k.PrevQuestion.Help().Key+" "+k.NextQuestion.Help().Key, "previous/next"))
	questions.SetEnabled(k.PrevQuestion.Enabled())
	return []hint{
		{k.Pick, 0}, {k.Toggle, 0}, {move, 0}, {k.Pair, 0}, {k.NextBlank, 3},
		{k.Submit, submit}, {k.Skip, 2},
		{k.Next, 0}, {k.Evidence, 2}, {k.Flag, 3}, {k.Open, 0}, {k.Yes, 0}, {k.No, 0},
		{k.Resume, 0}, {k.StartOver, 0}, {k.Overview, 4}, {questions, 5}, {k.Finish, 2}, {k.Back, 0}, {k.Help, helpRank},
	}
}

// hints is the results screen's one-line help, ranked as the quiz's.
func (k ResultsKeyMap) hints() []hint {
	return []hint{
		{k.Review, 0}, {k.Fresh, 2}, {k.RetryMissed, 3}, {k.Article, 4},
		{k.Close, 0}, {k.Leave, 0}, {k.Quit, 0}, {k.Help, helpRank},
	}
}
