package quiz

import (
	"charm.land/bubbles/v2/key"

	"brief/ui/common"
)

// helpView is the quiz's help: the full help in columns (a page at a
// time when it does not fit), or one line of the keys that matter most
// now. layout has sized and labelled it.
func (q *Screen) helpView() string {
	if q.help.ShowAll {
		return q.help.View(q.keys)
	}
	_, w := common.QuizColumn(q.width)
	return common.FitHints(q.help, w, q.keys.hints())
}

// sizeHelp fits the full help to the quiz's column, leaving a line of
// the body and the note line under the header.
func (q *Screen) sizeHelp() {
	_, w := common.QuizColumn(q.width)
	q.help.SetWidth(w)
	q.help.SetMaxLines(q.height - q.headerLines() - 2)
}

// toggleHelp is the help key: it opens the full help, turns its page, or
// closes it.
func (q *Screen) toggleHelp() {
	q.sizeHelp()
	q.help.Toggle(q.keys)
}

// labelHelp says what the help key does next: closes the full help on
// its last page, else shows more keys.
func (q *Screen) labelHelp() {
	q.keys.Help.SetHelp(q.keys.Help.Help().Key, common.HelpLabel(q.help, q.keys))
}

// hints is the quiz's one-line help, ranked: the keys that answer, enter
// and esc first; then help; then, in the order they are dropped last to
// first, the others.
func (k KeyMap) hints() []common.Hint {
	submit := 0
	if k.Pick.Enabled() {
		submit = 3 // a letter answers already
	}
	return []common.Hint{
		{Binding: k.Pick, Rank: 0}, {Binding: k.Toggle, Rank: 0}, {Binding: k.Move, Rank: 0}, {Binding: k.Pair, Rank: 0}, {Binding: k.NextBlank, Rank: 3},
		{Binding: k.Submit, Rank: submit}, {Binding: k.Skip, Rank: 2},
		{Binding: k.Next, Rank: 0}, {Binding: k.Evidence, Rank: 2}, {Binding: k.Flag, Rank: 3}, {Binding: k.Open, Rank: 0}, {Binding: k.Yes, Rank: 0}, {Binding: k.No, Rank: 0},
		{Binding: k.Resume, Rank: 0}, {Binding: k.StartOver, Rank: 0}, {Binding: k.Overview, Rank: 4}, {Binding: k.Questions, Rank: 5}, {Binding: k.Finish, Rank: 2}, {Binding: k.Back, Rank: 0}, {Binding: k.Help, Rank: common.HelpRank},
	}
}

// hints is the results screen's one-line help, ranked as the quiz's.
func (k ResultsKeyMap) hints() []common.Hint {
	return []common.Hint{
		{Binding: k.Review, Rank: 0}, {Binding: k.Fresh, Rank: 2}, {Binding: k.RetryMissed, Rank: 3}, {Binding: k.Article, Rank: 4},
		{Binding: k.Close, Rank: 0}, {Binding: k.Leave, Rank: 0}, {Binding: k.Quit, Rank: 0}, {Binding: k.Help, Rank: common.HelpRank},
	}
}

// bindings are the hints' bindings, in their order: the one-line help
// as help.KeyMap's ShortHelp gives it.
func bindings(hints []common.Hint) []key.Binding {
	out := make([]key.Binding, len(hints))
	for i, h := range hints {
		out[i] = h.Binding
	}
	return out
}
