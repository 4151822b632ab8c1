package quiz

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"brief/quiz"
	"brief/quiz/study"
)

// KeyMap is the quiz screen's keys; it implements help.KeyMap. Which
// bindings are enabled follows the question type, the mode and the phase
// (answering, feedback, question list, confirming), so help only offers
// keys that do something.
type KeyMap struct {
	Up, Down             key.Binding // move the cursor; scroll the feedback
	PageUp, PageDown     key.Binding // practice: scroll the question or the feedback a page
	Pick                 key.Binding // choice and truefalse: a letter or number answers
	Toggle               key.Binding // multi: space or a letter ticks an option
	MoveUp, MoveDown     key.Binding // order: move the selected item
	Move                 key.Binding // order: K and J in one hint of the one-line help; shift and the arrows are in the full help
	Pair                 key.Binding // match: a letter pairs the selected item
	Cycle                key.Binding // match: left/right cycle the pairing
	Unpair               key.Binding // match: clear the selected item's pair
	NextBlank, PrevBlank key.Binding // cloze: go between blanks
	Submit               key.Binding // answer
	Skip                 key.Binding // skip the question
	Next                 key.Binding // practice: go on after the feedback
	Evidence             key.Binding // practice: show the passage in the article
	Flag                 key.Binding // exam: flag to come back to
	PrevQuestion         key.Binding // exam: the question before
	NextQuestion         key.Binding // exam: the question after
	Questions            key.Binding // exam: the keys before and after in one hint of the one-line help
	Overview             key.Binding // exam: the list of questions
	Finish               key.Binding // exam: hand the answers in
	Open                 key.Binding // exam list: go to the question
	Yes, No              key.Binding // exam: confirm handing in
	Resume, StartOver    key.Binding // an unfinished quiz: carry it on or begin again
	Back                 key.Binding // leave the quiz, or close the list
	Help                 key.Binding
	Quit                 key.Binding // quit brief, once the root has asked (not while typing)
}

// DefaultKeyMap returns the quiz screen's default keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:           key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:       key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll down")),
		Pick:         key.NewBinding(key.WithKeys("a", "b", "c", "d", "e", "f", "g", "h", "1", "2", "3", "4", "5", "6", "7", "8", "t"), key.WithHelp("a-h/1-8", "answer")),
		Toggle:       key.NewBinding(key.WithKeys("space", "a", "b", "c", "d", "e", "f", "g", "h", "1", "2", "3", "4", "5", "6", "7", "8"), key.WithHelp("space/a-h", "tick")),
		MoveUp:       key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K/shift+↑", "move up")),
		MoveDown:     key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J/shift+↓", "move down")),
		Move:         key.NewBinding(key.WithKeys("K", "J"), key.WithHelp("K/J", "move")),
		Pair:         key.NewBinding(key.WithKeys("a", "b", "c", "d", "e", "f", "g", "h"), key.WithHelp("a-h", "pair")),
		Cycle:        key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "change pair")),
		Unpair:       key.NewBinding(key.WithKeys("backspace", "delete"), key.WithHelp("⌫", "unpair")),
		NextBlank:    key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", "next blank")),
		PrevBlank:    key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "previous blank")),
		Submit:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "answer")),
		Skip:         key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "skip")),
		Next:         key.NewBinding(key.WithKeys("enter", "n"), key.WithHelp("enter/n", "next")),
		Evidence:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "show in article")),
		Flag:         key.NewBinding(key.WithKeys("!", "ctrl+f"), key.WithHelp("!", "flag")),
		PrevQuestion: key.NewBinding(key.WithKeys("[", "pgup"), key.WithHelp("[", "previous")),
		NextQuestion: key.NewBinding(key.WithKeys("]", "pgdown"), key.WithHelp("]", "next")),
		Questions:    key.NewBinding(key.WithKeys("[", "]"), key.WithHelp("[ ]", "previous/next")),
		Overview:     key.NewBinding(key.WithKeys("l", "ctrl+l"), key.WithHelp("l", "list")),
		Finish:       key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "hand in")),
		Open:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to question")),
		Yes:          key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "hand in")),
		No:           key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "keep going")),
		Resume:       key.NewBinding(key.WithKeys("r", "enter"), key.WithHelp("r", "resume it")),
		StartOver:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start this new quiz")),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "leave")),
		Help:         key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?", "more keys")),
		Quit:         key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// keyContext is what decides which quiz keys apply.
type keyContext struct {
	phase   quizPhase
	typ     quiz.Type
	exam    bool
	typing  bool // a text input has the focus: letters are typed
	letters int  // how many answer letters the question takes, from a
	blanks  int  // how many blanks a cloze question has
}

// letterKeys names the answer keys of n options, from a and from 1:
// "a-d", "1-4"; "a/b", "1/2" for two. Letters stop at h and digits at 8,
// so that no answer key is also the quiz's own (j, k, l, s): the options
// after the eighth are reached with the arrows.
func letterKeys(n int) (letters, digits string) {
	n = min(n, maxLetterKeys)
	switch {
	case n <= 1:
		return "a", "1"
	case n == 2:
		return "a/b", "1/2"
	}
	return "a-" + string(rune('a'+n-1)), fmt.Sprintf("1-%d", n)
}

// set enables the bindings that apply in c and relabels the ones whose
// key changes while typing: every binding but help starts off and
// labelled for c's typing, mode and question, then c's phase turns on
// (and words its own way) what it offers.
// maxLetterKeys is how many options have a key of their own (a-h, 1-8).
const maxLetterKeys = 8

func (k *KeyMap) set(c keyContext) {
	for _, b := range k.phased() {
		b.SetEnabled(false)
	}
	k.Yes.SetHelp("y", "hand in")
	k.No.SetKeys("n", "esc")
	k.No.SetHelp("n", "keep going")
	k.Back.SetHelp("esc", "leave")
	k.label(c)
	phases[c.phase].keys(k, c)
	k.Quit.SetEnabled(!c.typing) // a typed q is the answer's
	k.join()
}

// join follows, in the one-line help's joint hints, the pairs of
// bindings they stand for.
func (k *KeyMap) join() {
	k.Move.SetEnabled(k.MoveUp.Enabled())
	// The keys apart by a space: a compact label keeps both.
	k.Questions.SetEnabled(k.PrevQuestion.Enabled())
	k.Questions.SetHelp(k.PrevQuestion.Help().Key+" "+k.NextQuestion.Help().Key, "previous/next")
}

// phased is every binding a phase turns on: all but help, which is
// always on.
func (k *KeyMap) phased() []*key.Binding {
	return []*key.Binding{
		&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Pick, &k.Toggle, &k.MoveUp, &k.MoveDown,
		&k.Pair, &k.Cycle, &k.Unpair, &k.NextBlank, &k.PrevBlank, &k.Submit, &k.Skip, &k.Next, &k.Evidence,
		&k.Flag, &k.PrevQuestion, &k.NextQuestion, &k.Overview, &k.Finish, &k.Open, &k.Yes, &k.No,
		&k.Resume, &k.StartOver, &k.Back,
	}
}

// label words the bindings whose keys or words follow typing, the mode
// and the question rather than the phase.
func (k *KeyMap) label(c keyContext) {
	k.Help.SetHelp("?", "more keys")
	// Typed letters belong to the input, so skip, flag, the list and
	// help take ctrl or a function key.
	if c.typing {
		k.Skip.SetHelp("ctrl+s", study.ShowAnswerWord)
		k.PrevQuestion.SetHelp("pgup", "previous")
		k.NextQuestion.SetHelp("pgdn", "next")
		// S is typed here: the list, whose S hands in, is the way.
		k.Overview.SetHelp("ctrl+l", "list, hand in")
		k.Help.SetHelp("f1", "more keys")
	} else {
		k.Skip.SetHelp("s", study.ShowAnswerWord)
		k.PrevQuestion.SetHelp("[", "previous")
		k.NextQuestion.SetHelp("]", "next")
		k.Overview.SetHelp("l", "list")
	}
	// Flag, list and hand-in are keys no answer uses (! l S; ctrl+f
	// ctrl+l while typing), so none of them can answer by mistake.
	if c.typing {
		k.Flag.SetHelp("ctrl+f", "flag")
	} else {
		k.Flag.SetHelp("!", "flag")
	}
	if c.exam {
		k.Skip.SetHelp(k.Skip.Help().Key, "skip for now")
		k.StartOver.SetHelp("n", "start this new exam")
	} else {
		k.StartOver.SetHelp("n", "start this new quiz")
	}
	letters, digits := letterKeys(c.letters)
	switch c.typ {
	case quiz.TrueFalse:
		k.Pick.SetHelp("t/f", "answer")
	case quiz.Choice, quiz.Multi, quiz.Short, quiz.Numeric, quiz.Order, quiz.Match, quiz.Cloze:
		k.Pick.SetHelp(letters+"/"+digits, "answer")
	}
	k.Toggle.SetHelp("space/"+letters, "tick")
	k.Pair.SetHelp(letters, "pair")
	if c.typ == quiz.Cloze && c.blanks > 1 {
		k.Submit.SetHelp("enter", "next blank / answer")
	} else {
		k.Submit.SetHelp("enter", "answer")
	}
}

// ShortHelp is the quiz screen's one-line help: the footer's hints.
func (k KeyMap) ShortHelp() []key.Binding { return bindings(k.hints()) }

// FullHelp is the quiz screen's help in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Pick, k.Toggle, k.MoveUp, k.MoveDown},
		{k.Pair, k.Cycle, k.Unpair, k.NextBlank, k.PrevBlank},
		{k.Submit, k.Skip, k.Next, k.Evidence},
		{k.Flag, k.PrevQuestion, k.NextQuestion, k.Overview, k.Open, k.Finish, k.Yes, k.No},
		{k.Resume, k.StartOver, k.Back, k.Quit, k.Help},
	}
}

// ResultsKeyMap is the results screen's keys; it implements help.KeyMap.
type ResultsKeyMap struct {
	Up, Down         key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
	Review           key.Binding
	RetryMissed      key.Binding
	Fresh            key.Binding
	Article          key.Binding
	Close            key.Binding // leave the review
	Leave            key.Binding // close the results
	Help             key.Binding
	Quit             key.Binding
}

// DefaultResultsKeyMap returns the results screen's default keys.
func DefaultResultsKeyMap() ResultsKeyMap {
	return ResultsKeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageDown:    key.NewBinding(key.WithKeys("space", "pgdown"), key.WithHelp("space", "page down")),
		PageUp:      key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b", "page up")),
		Top:         key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:      key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Review:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "show missed")),
		RetryMissed: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "retry missed")),
		Fresh:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new quiz")),
		Article:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "article")),
		Close:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to score"), key.WithDisabled()),
		Leave:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "leave")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp is the results screen's one-line help: the footer's hints.
func (k ResultsKeyMap) ShortHelp() []key.Binding { return bindings(k.hints()) }

// FullHelp is the results screen's help in columns.
func (k ResultsKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageDown, k.PageUp}, {k.Top, k.Bottom}, {k.Review, k.RetryMissed, k.Fresh}, {k.Article, k.Close, k.Leave, k.Help, k.Quit}}
}

// skipWorded words a widget's note for the mode: its notes end "or
// skip." (or "to skip."), which in practice shows the answer, so there
// they say so.
func skipWorded(note string, exam bool) string {
	if exam {
		return note
	}
	for _, end := range []string{"to skip.", "or skip."} {
		if base, ok := strings.CutSuffix(note, end); ok {
			return base + strings.Fields(end)[0] + " show the answer."
		}
	}
	return note
}
