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

// maxTypedAnswer bounds what can be typed into one answer: far more than
// any answer needs, small enough to keep grading cheap.
const maxTypedAnswer = 200

// newAnswerInput makes one text input for an answer or a blank.
func newAnswerInput(s common.Styles, prompt, placeholder string) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.CharLimit = maxTypedAnswer
	common.StyleInput(&in, s)
	return in
}

// textWidget answers short and numeric questions with one text input.
type textWidget struct {
	input textinput.Model
	q     *quiz.Question
}

func newTextWidget(q *quiz.Question, s common.Styles) *textWidget {
	hint := "type your answer"
	if q.Type == quiz.Numeric {
		hint = "type a number"
	}
	return &textWidget{input: newAnswerInput(s, "> ", hint), q: q}
}

func (w *textWidget) handleKey(msg tea.KeyPressMsg, k *KeyMap) (bool, bool, tea.Cmd) {
	if !typedKey(msg) {
		return false, false, nil
	}
	if key.Matches(msg, k.Submit) {
		return true, true, nil
	}
	var cmd tea.Cmd
	w.input, cmd = w.input.Update(msg)
	return true, false, cmd
}

// size fits the input to the quiz's column; the quiz's layout calls it
// before drawing, so lines changes nothing.
func (w *textWidget) size(width int) { w.input.SetWidth(max(1, width-3)) }

func (w *textWidget) lines(s common.Styles, width int) ([]string, int) {
	return []string{w.input.View()}, 0
}

func (w *textWidget) response() (quiz.Response, string) {
	v := strings.TrimSpace(w.input.Value())
	if v == "" {
		return quiz.Response{}, emptyAnswerNote
	}
	// The same reading, and the same hint, as the plain quiz's.
	r, err := quiz.ParseResponse(w.q, v, nil)
	if err != nil {
		return quiz.Response{}, err.Error() + "."
	}
	return r, ""
}

// standing hands in what is typed; text that does not read as the
// question asks (a numeric answer that is not a number) is handed in as
// typed, and marked wrong, rather than lost.
func (w *textWidget) standing() (quiz.Response, bool) {
	v := strings.TrimSpace(w.input.Value())
	if v == "" {
		return quiz.Response{}, false
	}
	if r, why := w.response(); why == "" {
		return r, true
	}
	return quiz.Response{Text: []string{v}}, true
}

// emptyAnswerNote is why enter on an empty input does nothing: while
// typing, s is a letter, so skipping takes ctrl+s.
const emptyAnswerNote = "Type an answer, or press ctrl+s to skip."

func (w *textWidget) typing() bool   { return w.input.Focused() }
func (w *textWidget) letters() int   { return 0 }
func (w *textWidget) focus() tea.Cmd { return w.input.Focus() }
func (w *textWidget) blur()          { w.input.Blur() }

// typedKey reports whether a key belongs to a text input: everything but
// the keys the quiz screen keeps for itself while typing.
func typedKey(msg tea.KeyPressMsg) bool {
	switch msg.String() {
	case "esc", "ctrl+s", "ctrl+f", "ctrl+l", "f1", "pgup", "pgdown", "tab", "shift+tab", "up", "down":
		return false
	}
	return true
}

// clozeWidget answers cloze questions: the text with numbered blanks, and
// one input per blank; tab and shift+tab go between them, enter goes to
// the next blank and answers from the last.
type clozeWidget struct {
	text    string // the cloze text with blanks shown as [1]_____
	inputs  []textinput.Model
	focused int
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
	var b strings.Builder
	for _, seg := range segs {
		if !seg.IsBlank() {
			b.WriteString(seg.Text)
			continue
		}
		n := len(w.inputs) + 1
		fmt.Fprintf(&b, "[%d]_____", n)
		w.inputs = append(w.inputs, newAnswerInput(s, fmt.Sprintf("%d > ", n), fmt.Sprintf("blank %d", n)))
	}
	if len(w.inputs) == 0 {
		w.inputs = []textinput.Model{newAnswerInput(s, "1 > ", "")}
	}
	w.text = common.OneLine(b.String())
	return w
}

func (w *clozeWidget) handleKey(msg tea.KeyPressMsg, k *KeyMap) (bool, bool, tea.Cmd) {
	switch {
	case key.Matches(msg, k.NextBlank):
		return true, false, w.move(1)
	case key.Matches(msg, k.PrevBlank):
		return true, false, w.move(-1)
	case key.Matches(msg, k.Submit):
		if w.focused < len(w.inputs)-1 {
			return true, false, w.move(1)
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
	out := common.WrapLines(w.text, width)
	out = append(out, "")
	cursor := 0
	for i := range w.inputs {
		if i == w.focused {
			cursor = len(out)
		}
		out = append(out, w.inputs[i].View())
	}
	return out, cursor
}

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

// paste puts pasted text into the input.
func (w *textWidget) paste(msg tea.PasteMsg) tea.Cmd {
	var cmd tea.Cmd
	w.input, cmd = w.input.Update(msg)
	return cmd
}

// paste puts pasted text into the focused blank.
func (w *clozeWidget) paste(msg tea.PasteMsg) tea.Cmd {
	var cmd tea.Cmd
	w.inputs[w.focused], cmd = w.inputs[w.focused].Update(msg)
	return cmd
}

// restyle follows a theme change.
func (w *textWidget) restyle(s common.Styles) { common.StyleInput(&w.input, s) }

// restyle follows a theme change.
func (w *clozeWidget) restyle(s common.Styles) {
	for i := range w.inputs {
		common.StyleInput(&w.inputs[i], s)
	}
}
