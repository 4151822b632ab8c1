package quiz

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/quiz"
	"brief/ui/common"
)

// answerWidget is how one question is answered on screen. Each question
// type has its own; the quiz screen keeps one per question so that going
// back to a question in an exam shows it as it was left.
type answerWidget interface {
	// handleKey acts on a key, matched through the screen's bindings (k),
	// so a key acts only while help offers it. used says the key was the
	// widget's (the screen must not act on it too); submit asks the
	// screen to take the answer.
	handleKey(msg tea.KeyPressMsg, k *KeyMap) (used, submit bool, cmd tea.Cmd)
	// lines draws the widget width cells wide and says which line the
	// cursor is on, so the screen can scroll it into view.
	lines(s common.Styles, width int) (out []string, cursor int)
	// response is the answer as it stands, or why it cannot be taken yet.
	response() (quiz.Response, string)
	// standing is what the widget holds, complete or not, for handing in
	// when an exam's time is up; false when it holds nothing to mark.
	standing() (quiz.Response, bool)
	// typing reports whether a text input has the focus.
	typing() bool
	// letters is how many answer letters (from a) the widget takes.
	letters() int
	// focus and blur give a text input the cursor, or take it away.
	focus() tea.Cmd
	blur()
}

// newWidget makes the answer widget for a session item.
func newWidget(it *quiz.SessionItem, s common.Styles) answerWidget {
	q := it.Q
	switch q.Type {
	case quiz.Choice, quiz.Multi:
		order := displayOrder(it.View.OptionOrder, len(q.Options))
		labels := make([]string, len(order))
		for i, o := range order {
			labels[i] = common.OneLine(q.Options[o])
		}
		return &choiceWidget{labels: labels, orig: order, multi: q.Type == quiz.Multi, ticked: make([]bool, len(order))}
	case quiz.TrueFalse:
		return &choiceWidget{labels: []string{"True", "False"}, orig: []int{0, 1}, truth: true, ticked: make([]bool, 2)}
	case quiz.Order:
		order := displayOrder(it.View.ItemOrder, len(q.Items))
		labels := make([]string, len(q.Items))
		for i, it := range q.Items {
			labels[i] = common.OneLine(it)
		}
		return &orderWidget{labels: labels, order: order}
	case quiz.Match:
		return newMatchWidget(q, it.View.RightOrder)
	case quiz.Cloze:
		return newClozeWidget(q, s)
	case quiz.Short, quiz.Numeric:
		return newTextWidget(q, s)
	}
	// Unreachable: the parser admits only the types above, and the
	// exhaustive linter fails the build when one is added without a case.
	return newTextWidget(q, s)
}

// displayOrder is a view's shuffle, or file order when it has none (or
// one that does not fit).
func displayOrder(order []int, n int) []int {
	if len(order) == n {
		return append([]int(nil), order...)
	}
	id := make([]int, n)
	for i := range id {
		id[i] = i
	}
	return id
}

// noCursor is the blank as wide as the cursor, before the rows it is not
// on.
func noCursor(g common.Glyphs) string { return strings.Repeat(" ", ansi.StringWidth(g.Cursor)) }

// letterOf is the answer letter of a displayed position: A, B, ...
func letterOf(i int) string { return string(rune('A' + i)) }

// pickIndex reads a key as an answer letter (a-h) or number (1-8) for a
// list of n; ok is false for any other key.
func pickIndex(msg tea.KeyPressMsg, n int, digits bool) (int, bool) {
	k := msg.String()
	if len(k) != 1 {
		return 0, false
	}
	c := k[0]
	i := -1
	switch {
	case c >= 'a' && c <= 'h':
		i = int(c - 'a')
	case digits && c >= '1' && c <= '8':
		i = int(c - '1')
	}
	return i, i >= 0 && i < n
}

// choiceWidget answers choice, truefalse and multi questions: a list of
// options with a cursor; a letter or number picks one (or ticks one, for
// multi), enter answers.
type choiceWidget struct {
	labels []string // as shown
	orig   []int    // displayed position → index in the file
	multi  bool
	truth  bool // truefalse: position 0 is True
	cursor int
	ticked []bool // multi: what is ticked; otherwise the last pick
	starts []int  // the line each option starts on, as last drawn (for a click)
}

func (w *choiceWidget) handleKey(msg tea.KeyPressMsg, k *KeyMap) (bool, bool, tea.Cmd) {
	n := len(w.labels)
	switch {
	case key.Matches(msg, k.Up):
		w.cursor = (w.cursor + n - 1) % n
		return true, false, nil
	case key.Matches(msg, k.Down):
		w.cursor = (w.cursor + 1) % n
		return true, false, nil
	case key.Matches(msg, k.Submit):
		if !w.multi {
			w.pick(w.cursor)
		}
		return true, true, nil
	case key.Matches(msg, k.Toggle) && msg.Code == tea.KeySpace:
		// Multi: space ticks the option under the cursor; a letter
		// (Toggle's other keys) ticks its own.
		w.ticked[w.cursor] = !w.ticked[w.cursor]
		return true, false, nil
	case !key.Matches(msg, k.Pick, k.Toggle):
		return false, false, nil
	}
	i, ok := pickIndex(msg, n, true)
	if w.truth {
		switch msg.String() {
		case "t":
			i, ok = 0, true
		case "f":
			i, ok = 1, true
		}
	}
	if !ok {
		return false, false, nil
	}
	w.cursor = i
	if w.multi {
		w.ticked[i] = !w.ticked[i]
		return true, false, nil
	}
	w.pick(i)
	return true, true, nil
}

// clickAt picks the option drawn on line (counted from the widget's
// first line), as its letter would, but never answers: enter does.
func (w *choiceWidget) clickAt(line int) bool {
	for i := len(w.starts) - 1; i >= 0; i-- {
		if line >= w.starts[i] {
			w.cursor = i
			if w.multi {
				w.ticked[i] = !w.ticked[i]
			} else {
				w.pick(i)
			}
			return true
		}
	}
	return false
}

// pick makes position i the single answer.
func (w *choiceWidget) pick(i int) {
	for j := range w.ticked {
		w.ticked[j] = j == i
	}
}

func (w *choiceWidget) lines(s common.Styles, width int) ([]string, int) {
	g := s.Glyphs()
	var out []string
	cursorLine := 0
	// Once a pick is shown (an exam question come back to), the options
	// without it are indented as far, so their letters stay in a column.
	unpicked := ""
	if !w.multi && slices.Contains(w.ticked, true) {
		unpicked = strings.Repeat(" ", ansi.StringWidth(g.Picked+" "))
	}
	w.starts = w.starts[:0]
	for i, label := range w.labels {
		w.starts = append(w.starts, len(out))
		mark := noCursor(g)
		if i == w.cursor {
			mark = s.Cursor.Render(g.Cursor)
			cursorLine = len(out)
		}
		box := unpicked
		switch {
		case w.multi && w.ticked[i]:
			box = "[x] "
		case w.multi:
			box = "[ ] "
		case w.ticked[i]:
			box = g.Picked + " "
		}
		text := label
		if i == w.cursor {
			text = s.Selected.Render(label)
		}
		out = append(out, common.HangingLines(mark+box+letterOf(i)+") ", text, width)...)
	}
	return out, cursorLine
}

func (w *choiceWidget) response() (quiz.Response, string) {
	var picks []int
	for i, t := range w.ticked {
		if t {
			picks = append(picks, w.orig[i])
		}
	}
	if len(picks) == 0 {
		if w.multi {
			return quiz.Response{}, "Tick at least one answer (space or its letter), or skip."
		}
		return quiz.Response{}, "Pick an answer first."
	}
	if w.truth {
		v := picks[0] == 0
		return quiz.Response{Truth: &v}, ""
	}
	return quiz.Response{Choices: picks}, ""
}

func (w *choiceWidget) standing() (quiz.Response, bool) { return standingResponse(w) }

func (w *choiceWidget) typing() bool   { return false }
func (w *choiceWidget) letters() int   { return len(w.labels) }
func (w *choiceWidget) focus() tea.Cmd { return nil }
func (w *choiceWidget) blur()          {}

// orderWidget answers order questions: the items in the student's order;
// the cursor selects one, K/J (or shift+arrows) move it.
type orderWidget struct {
	labels []string // in file order
	order  []int    // displayed position → index in the file
	cursor int
	// moved is set once an item has been moved: the dealt order is never
	// the right one, but it earns partial credit, so it is not taken as
	// an answer until the student has ordered something.
	moved bool
}

func (w *orderWidget) handleKey(msg tea.KeyPressMsg, k *KeyMap) (bool, bool, tea.Cmd) {
	n := len(w.order)
	switch {
	case key.Matches(msg, k.Up):
		w.cursor = max(0, w.cursor-1)
	case key.Matches(msg, k.Down):
		w.cursor = min(n-1, w.cursor+1)
	case key.Matches(msg, k.MoveUp):
		if w.cursor > 0 {
			w.order[w.cursor], w.order[w.cursor-1] = w.order[w.cursor-1], w.order[w.cursor]
			w.cursor--
			w.moved = true
		}
	case key.Matches(msg, k.MoveDown):
		if w.cursor < n-1 {
			w.order[w.cursor], w.order[w.cursor+1] = w.order[w.cursor+1], w.order[w.cursor]
			w.cursor++
			w.moved = true
		}
	case key.Matches(msg, k.Submit):
		return true, true, nil
	default:
		return false, false, nil
	}
	return true, false, nil
}

func (w *orderWidget) lines(s common.Styles, width int) ([]string, int) {
	var out []string
	cursorLine := 0
	g := s.Glyphs()
	for i, o := range w.order {
		mark, text := noCursor(g), w.labels[o]
		if i == w.cursor {
			mark, text = s.Cursor.Render(g.Cursor), s.Selected.Render(text)
			cursorLine = len(out)
		}
		out = append(out, common.HangingLines(fmt.Sprintf("%s%d. ", mark, i+1), text, width)...)
	}
	return out, cursorLine
}

func (w *orderWidget) response() (quiz.Response, string) {
	if !w.moved {
		return quiz.Response{}, "Move the items into order first (K/J), or skip."
	}
	return quiz.Response{Order: append([]int(nil), w.order...)}, ""
}

func (w *orderWidget) standing() (quiz.Response, bool) { return standingResponse(w) }

func (w *orderWidget) typing() bool   { return false }
func (w *orderWidget) letters() int   { return 0 }
func (w *orderWidget) focus() tea.Cmd { return nil }
func (w *orderWidget) blur()          {}
