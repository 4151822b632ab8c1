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
// show a key did something else).
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
	var answering []common.Hint
	for _, ht := range all {
		if !isExamKey(ht.Binding, k) {
			answering = append(answering, ht)
		}
	}
	exam := []common.Hint{{Binding: k.Flag, Rank: 0}, {Binding: k.Overview, Rank: 0}, {Binding: k.Questions, Rank: 2}, {Binding: k.Finish, Rank: 0}}
	return common.FitHints(h, w, answering) + "\n" + common.FitHints(h, w, exam)
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
