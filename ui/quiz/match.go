package quiz

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/ui/common"
)

// matchWidget answers match questions: the left items, each with a slot;
// the cursor selects a left item and a right item's letter fills its slot
// (←/→ cycle through them, backspace empties it). A right item several
// left items share is listed once, and its letter fills each of their
// slots.
type matchWidget struct {
	lefts  []string // in file order
	rights []string // as shown
	orig   []int    // shown right position → index into Pairs (the first of its text)
	paired []int    // per left: the shown right position, -1 for none
	cursor int
}

func newMatchWidget(q *quiz.Question, rightOrder []int) *matchWidget {
	w := &matchWidget{orig: q.ShownRights(rightOrder)}
	for _, p := range q.Pairs {
		w.lefts = append(w.lefts, common.OneLine(p.Left))
		w.paired = append(w.paired, -1)
	}
	for _, o := range w.orig {
		w.rights = append(w.rights, common.OneLine(q.Pairs[o].Right))
	}
	return w
}

func (w *matchWidget) handleKey(msg tea.KeyPressMsg, k *KeyMap) (bool, bool, tea.Cmd) {
	n, rights := len(w.lefts), len(w.rights)
	switch {
	case key.Matches(msg, k.Up):
		w.cursor = max(0, w.cursor-1)
	case key.Matches(msg, k.Down):
		w.cursor = min(n-1, w.cursor+1)
	case key.Matches(msg, k.Cycle) && msg.Code == tea.KeyLeft:
		w.paired[w.cursor] = (w.paired[w.cursor]+rights+1)%(rights+1) - 1
	case key.Matches(msg, k.Cycle):
		w.paired[w.cursor] = (w.paired[w.cursor]+2)%(rights+1) - 1
	case key.Matches(msg, k.Unpair):
		w.paired[w.cursor] = -1
	case key.Matches(msg, k.Submit):
		return true, true, nil
	case key.Matches(msg, k.Pair):
		i, ok := pickIndex(msg, len(w.rights), false)
		if !ok {
			return false, false, nil
		}
		w.paired[w.cursor] = i
		w.nextUnpaired()
	default:
		return false, false, nil
	}
	return true, false, nil
}

// nextUnpaired moves the cursor to the next left item without a pair, if
// there is one, so pairing is a run of letters.
func (w *matchWidget) nextUnpaired() {
	n := len(w.lefts)
	for step := 1; step < n; step++ {
		if i := (w.cursor + step) % n; w.paired[i] < 0 {
			w.cursor = i
			return
		}
	}
}

func (w *matchWidget) lines(s common.Styles, width int) ([]string, int) {
	g := s.Glyphs()
	var out []string
	cursorLine := 0
	for i, left := range w.lefts {
		mark, text := noCursor(g), left
		if i == w.cursor {
			mark, text = s.Cursor.Render(g.Cursor), s.Selected.Render(left)
			cursorLine = len(out)
		}
		slot := g.Arrow + " ___"
		if p := w.paired[i]; p >= 0 {
			slot = g.Arrow + " " + letterOf(p) + ") " + w.rights[p]
		}
		out = append(out, common.HangingLines(fmt.Sprintf("%s%d. ", mark, i+1), text, width)...)
		out = append(out, common.HangingLines("       ", slot, width)...)
	}
	out = append(out, "")
	for i, r := range w.rights {
		out = append(out, common.HangingLines("  "+letterOf(i)+") ", r, width)...)
	}
	return out, cursorLine
}

func (w *matchWidget) response() (quiz.Response, string) {
	r := quiz.Response{Matches: make([]int, len(w.lefts))}
	left := 0
	for i, p := range w.paired {
		r.Matches[i] = -1
		if p >= 0 {
			r.Matches[i] = w.orig[p]
		} else {
			left++
		}
	}
	if left > 0 {
		return quiz.Response{}, fmt.Sprintf("Pair every item first (%d left), or skip.", left)
	}
	return r, ""
}

// standing hands in the pairs made so far: the grader gives credit for
// each right one.
func (w *matchWidget) standing() (quiz.Response, bool) {
	r := quiz.Response{Matches: make([]int, len(w.lefts))}
	some := false
	for i, p := range w.paired {
		r.Matches[i] = -1
		if p >= 0 {
			r.Matches[i], some = w.orig[p], true
		}
	}
	return r, some
}

// keepAllInView: the options, under the items, are what a letter pairs
// the item at the cursor with.
func (w *matchWidget) keepAllInView() bool { return true }

func (w *matchWidget) typing() bool   { return false }
func (w *matchWidget) letters() int   { return len(w.rights) }
func (w *matchWidget) focus() tea.Cmd { return nil }
func (w *matchWidget) blur()          {}
