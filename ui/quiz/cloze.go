package quiz

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"brief/quiz"
	"brief/ui/common"
)

// clozeWidget answers cloze questions: the text with numbered blanks, and
// one input per blank; tab and shift+tab go between them, enter goes to
// the next blank and answers from the last. The sentence shows what is
// typed in each blank as it is typed, the blank being typed in marked.
type clozeWidget struct {
	segs    []quiz.ClozeSegment // nil when the text did not parse
	text    string              // the text as it is when segs is nil
	inputs  []textinput.Model
	focused int
	// asked is set when enter on the last blank found a blank empty and
	// asked first; a second enter answers as it is.
	asked bool
}

// blanksOf is how many blanks a widget has: those of a cloze widget,
// else none.
func blanksOf(w answerWidget) int {
	if c, ok := w.(*clozeWidget); ok {
		return len(c.inputs)
	}
	return 0
}

func newClozeWidget(q *quiz.Question, s common.Styles) *clozeWidget {
	w := &clozeWidget{}
	segs, err := quiz.ParseCloze(q.Text)
	if err != nil {
		// The parser refuses such files; show the text and one input
		// rather than nothing.
		w.text = common.OneLine(q.Text)
		w.inputs = []textinput.Model{newAnswerInput(s, "1 > ", "")}
		return w
	}
	for _, seg := range segs {
		if seg.IsBlank() {
			n := len(w.inputs) + 1
			w.inputs = append(w.inputs, newAnswerInput(s, fmt.Sprintf("%d > ", n), fmt.Sprintf("blank %d", n)))
		}
	}
	if len(w.inputs) == 0 {
		w.text = common.OneLine(q.Text)
		w.inputs = []textinput.Model{newAnswerInput(s, "1 > ", "")}
		return w
	}
	w.segs = segs
	return w
}

func (w *clozeWidget) handleKey(msg tea.KeyPressMsg, k *KeyMap) (bool, bool, tea.Cmd) {
	asked := w.asked
	w.asked = false
	switch {
	case key.Matches(msg, k.NextBlank):
		return true, false, w.move(1)
	case key.Matches(msg, k.PrevBlank):
		return true, false, w.move(-1)
	case key.Matches(msg, k.Submit):
		if w.focused < len(w.inputs)-1 {
			return true, false, w.move(1)
		}
		if empty := w.emptyBlanks(); !asked && len(empty) > 0 && len(empty) < len(w.inputs) {
			// Enter on the last blank with one left empty asks first:
			// the student may have skipped it meaning to come back.
			w.asked = true
			return true, false, nil
		}
		return true, true, nil
	}
	if !typedKey(msg) {
		return false, false, nil
	}
	var cmd tea.Cmd
	w.inputs[w.focused], cmd = w.inputs[w.focused].Update(msg)
	return true, false, cmd
}

// emptyBlanks are the numbers of the blanks with nothing typed in them.
func (w *clozeWidget) emptyBlanks() []string {
	var out []string
	for i, in := range w.inputs {
		if strings.TrimSpace(in.Value()) == "" {
			out = append(out, fmt.Sprint(i+1))
		}
	}
	return out
}

// move focuses the blank delta places on, wrapping round.
func (w *clozeWidget) move(delta int) tea.Cmd {
	n := len(w.inputs)
	w.inputs[w.focused].Blur()
	w.focused = (w.focused + delta + n) % n
	return w.inputs[w.focused].Focus()
}

// size fits the blanks' inputs to the quiz's column, as textWidget's.
func (w *clozeWidget) size(width int) {
	for i := range w.inputs {
		w.inputs[i].SetWidth(max(1, width-6))
	}
}

func (w *clozeWidget) lines(s common.Styles, width int) ([]string, int) {
	out := common.WrapLines(w.sentence(s), width)
	for i := range out {
		// A blank is kept on one line by a no-break space, drawn as a
		// space.
		out[i] = strings.ReplaceAll(out[i], nbsp, " ")
	}
	out = append(out, "")
	cursor := 0
	for i := range w.inputs {
		if i == w.focused {
			cursor = len(out)
		}
		out = append(out, w.inputs[i].View())
	}
	if w.asked {
		empty := w.emptyBlanks()
		word := "Blank " + empty[0] + " is"
		if len(empty) > 1 {
			word = "Blanks " + strings.Join(empty, ", ") + " are"
		}
		out = append(out, "")
		out = append(out, common.WrapLines(s.Note.Render(word+" empty: enter answers anyway, shift+tab goes back."), width)...)
	}
	return out, cursor
}

// sentence is the cloze text with what is typed in each blank, "[2 12]",
// or "[2 _____]" while empty; the blank being typed in is marked with the
// cursor glyph and the selected style so that it shows without colour.
func (w *clozeWidget) sentence(s common.Styles) string {
	if w.segs == nil {
		return w.text
	}
	var b strings.Builder
	n := 0
	for _, seg := range w.segs {
		if !seg.IsBlank() {
			b.WriteString(seg.Text)
			continue
		}
		typed := common.OneLine(w.inputs[n].Value())
		if typed == "" {
			typed = "_____"
		}
		blank := fmt.Sprintf("[%d%s%s]", n+1, nbsp, typed)
		if n == w.focused {
			blank = s.Selected.Render(strings.TrimSpace(s.Glyphs().Cursor) + blank)
		}
		b.WriteString(blank)
		n++
	}
	return common.OneLine(b.String())
}

// nbsp joins a blank's number to what is in it, so that a line does not
// break between them.
const nbsp = "\u00a0"

func (w *clozeWidget) response() (quiz.Response, string) {
	r := quiz.Response{}
	empty := 0
	for _, in := range w.inputs {
		v := strings.TrimSpace(in.Value())
		if v == "" {
			empty++
		}
		r.Text = append(r.Text, v)
	}
	if empty == len(w.inputs) {
		return quiz.Response{}, "Fill in the blanks, or press ctrl+s to skip."
	}
	return r, ""
}

func (w *clozeWidget) standing() (quiz.Response, bool) { return standingResponse(w) }

func (w *clozeWidget) typing() bool { return w.inputs[w.focused].Focused() }
func (w *clozeWidget) letters() int { return 0 }
func (w *clozeWidget) focus() tea.Cmd {
	return w.inputs[w.focused].Focus()
}
func (w *clozeWidget) blur() { w.inputs[w.focused].Blur() }

// paste puts pasted text into the focused blank.
func (w *clozeWidget) paste(msg tea.PasteMsg) tea.Cmd {
	var cmd tea.Cmd
	w.inputs[w.focused], cmd = w.inputs[w.focused].Update(msg)
	return cmd
}

// restyle follows a theme change.
func (w *clozeWidget) restyle(s common.Styles) {
	for i := range w.inputs {
		common.StyleInput(&w.inputs[i], s)
	}
}
