package quiz

import (
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

// paste puts pasted text into the input.
func (w *textWidget) paste(msg tea.PasteMsg) tea.Cmd {
	var cmd tea.Cmd
	w.input, cmd = w.input.Update(msg)
	return cmd
}

// restyle follows a theme change.
func (w *textWidget) restyle(s common.Styles) { common.StyleInput(&w.input, s) }
