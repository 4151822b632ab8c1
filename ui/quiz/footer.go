package quiz

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// helpView is the quiz's help: the full help in columns (a page at a
// time when it does not fit), or one line of the keys that matter most
// now (two in an exam's question, see examFooter). layout has sized and
// labelled it.
func (q *Screen) helpView() string {
	if q.help.ShowAll {
		return q.help.View(q.keys)
	}
	_, w := common.QuizColumn(q.width)
	if q.keys.Flag.Enabled() {
		return examFooter(q.help, w, q.keys)
	}
	return common.FitHints(q.help, w, q.keys.hints())
}

// examFooter is the help under an exam's question: one line when every
// key fits on it, else the keys that answer on one line and those that
// flag, list and hand in on a second, so that a student always sees
// those (they are keys no answer uses, and the exam gives no mark to
// show a key did something else). The help key ends the first line, or
// the second when the first cannot hold it with the keys that answer.
func examFooter(h common.KeyHelp, w int, k KeyMap) string {
	all := k.hints()
	var enabled []key.Binding
	for _, ht := range all {
		if ht.Binding.Enabled() {
			enabled = append(enabled, ht.Binding)
		}
	}
	h.SetWidth(0)
	if line := h.ShortHelpView(enabled); ansi.StringWidth(line) <= w {
		return line
	}
	var answering, withHelp []common.Hint
	for _, ht := range all {
		switch {
		case isExamKey(ht.Binding, k):
		case slices.Equal(ht.Binding.Keys(), k.Help.Keys()):
			withHelp = append(withHelp, common.Hint{Binding: ht.Binding, Rank: 0})
		default:
			answering = append(answering, ht)
			withHelp = append(withHelp, ht)
		}
	}
	// Flagging goes before the list's "hand in" on a narrow line: while
	// typing, S is a letter of the answer and the list is the only way
	// to hand in; the help names the flag key.
	exam := []common.Hint{{Binding: k.Flag, Rank: 2}, {Binding: k.Overview, Short: "list"}, {Binding: k.Questions, Rank: 3}, {Binding: k.Finish}}
	first, whole := common.TryFitHints(h, w, withHelp)
	if !whole {
		first = common.FitHints(h, w, answering)
		exam = append(exam, common.Hint{Binding: k.Help, Rank: common.HelpRank})
	}
	return first + "\n" + common.FitHints(h, w, exam)
}

// isExamKey reports whether b is one of the exam's own keys, which go on
// the footer's second line.
func isExamKey(b key.Binding, k KeyMap) bool {
	for _, e := range []key.Binding{k.Flag, k.Overview, k.Questions, k.Finish} {
		if slices.Equal(b.Keys(), e.Keys()) {
			return true
		}
	}
	return false
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

// hints is the quiz's one-line help, ranked: the keys that answer or
// move on (enter, esc, hand in) first; then help; then, in the order
// they are dropped last to first, the others. Narrow, the list's and the
// resume question's keys take short words (Hint.Short) before any is
// dropped.
func (k KeyMap) hints() []common.Hint {
	submit := 0
	if k.Pick.Enabled() {
		submit = 3 // a letter answers already
	}
	back := 0
	if k.Open.Enabled() {
		back = 3 // in the list, enter on the question it opened at does what esc does
	}
	return []common.Hint{
		{Binding: k.Pick}, {Binding: k.Toggle}, {Binding: k.Move}, {Binding: k.Pair}, {Binding: k.NextBlank, Rank: 3},
		{Binding: k.Submit, Rank: submit}, {Binding: k.Skip, Rank: 2},
		{Binding: k.Next}, {Binding: k.Evidence, Rank: 2}, {Binding: k.Flag, Rank: 3}, {Binding: k.Open, Short: "open"}, {Binding: k.Yes}, {Binding: k.No},
		{Binding: k.Resume, Short: "resume"}, {Binding: k.StartOver, Short: "new"}, {Binding: k.Overview, Rank: 4}, {Binding: k.Questions, Rank: 5}, {Binding: k.Finish},
		{Binding: k.Back, Rank: back}, {Binding: k.Help, Rank: common.HelpRank},
	}
}

// hints is the results screen's one-line help, ranked as the quiz's.
func (k ResultsKeyMap) hints() []common.Hint {
	return []common.Hint{
		{Binding: k.Review, Rank: 0}, {Binding: k.Fresh, Rank: 2}, {Binding: k.RetryMissed, Rank: 3}, {Binding: k.Article, Rank: 4},
		// q goes before the help on a narrow line: the help names it, and
		// esc leaves as well.
		{Binding: k.Close, Rank: 0}, {Binding: k.Leave, Rank: 0}, {Binding: k.Quit, Rank: 2}, {Binding: k.Help, Rank: common.HelpRank},
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
