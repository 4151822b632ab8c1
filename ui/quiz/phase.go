package quiz

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// quizPhase is what the quiz screen is doing; phases holds each one's
// behaviour.
type quizPhase int

const (
	phaseAnswer   quizPhase = iota // a question with its answer widget
	phaseFeedback                  // practice: the mark and the reasons
	phaseOverview                  // exam: the list of questions
	phaseConfirm                   // exam: hand in?
	phaseResume                    // an unfinished attempt: resume it or start over?
	phaseLeave                     // esc with questions left: leave?
)

// phaseModel is one phase of the quiz screen: what its keys do, what it
// draws, which of the KeyMap's bindings it offers, and the state only it
// uses (the list's cursor, the offered attempt, the phase to go back to).
// The screen holds the current one; what every phase shares (the
// attempt, the question shown, the clock) is the screen's.
type phaseModel interface {
	// kind is which phase it is.
	kind() quizPhase
	// update handles a key pressed in the phase.
	update(q *Screen, msg tea.KeyPressMsg) (common.Screen, tea.Cmd)
	// lines is the phase's body under the header, and the lines of it
	// to keep in view (see Screen.follow).
	lines(q *Screen, w int) (lines []string, top, bottom int)
	// keys enables the phase's bindings and relabels those it words its
	// own way, on the KeyMap as KeyMap.set leaves it: every binding but
	// help off, the labels those of c's typing, mode and question.
	keys(k *KeyMap, c keyContext)
	// follows says the body follows a cursor as it moves (see
	// Screen.follow).
	follows() bool
	// wheel says the mouse wheel scrolls the body.
	wheel() bool
}

// phases is each phase with no state, for the keys it offers; a new
// phase is a constant above, its type in a file of its own, and its
// entry here.
var phases = [...]phaseModel{
	phaseAnswer:   &answerPhase{},
	phaseFeedback: feedbackPhase{},
	phaseOverview: &overviewPhase{},
	phaseConfirm:  confirmPhase{},
	phaseResume:   &resumePhase{},
	phaseLeave:    &leavePhase{},
}

// model is the current phase.
func (q *Screen) model() phaseModel { return q.current }

// phase is which phase the screen is in.
func (q *Screen) phase() quizPhase { return q.current.kind() }

// enter makes p the current phase, its body shown from the top. A
// phase of another kind (the hand-in, the leave or resume question, the
// list) closes a full help left open: that help spoke of the keys before
// it, and would hide the question the phase asks.
func (q *Screen) enter(p phaseModel) {
	if q.current == nil || q.current.kind() != p.kind() {
		q.help.Close()
	}
	q.current = p
	q.body.GotoTop()
}

// scrolling is what most phases are: a body the wheel scrolls and no
// cursor to follow. Phases embed it and override what differs.
type scrolling struct{}

func (scrolling) follows() bool { return false }
func (scrolling) wheel() bool   { return true }

// textScroll is the keys that scroll a phase's text when it is taller
// than a small terminal: ↑/↓ (or k/j) a line, pgup/pgdn a page. The help
// does not offer them; the "↓ more" mark says there is more to see.
var textScroll = struct{ up, down, pageUp, pageDown key.Binding }{
	up:       key.NewBinding(key.WithKeys("up", "k")),
	down:     key.NewBinding(key.WithKeys("down", "j")),
	pageUp:   key.NewBinding(key.WithKeys("pgup")),
	pageDown: key.NewBinding(key.WithKeys("pgdown")),
}

// promptKey is what the keys of a question the quiz asks (hand in?
// leave? resume?) other than its answers do: the help key opens, pages
// or closes the help, as on a question, and the scrolling keys scroll
// the text. It reports whether msg was one of them.
func (s scrolling) promptKey(q *Screen, msg tea.KeyPressMsg) bool {
	if key.Matches(msg, q.keys.Help) {
		q.toggleHelp()
		return true
	}
	return s.scrollKey(q, msg)
}

// scrollKey scrolls the body for a scrolling key and reports whether msg
// was one.
func (scrolling) scrollKey(q *Screen, msg tea.KeyPressMsg) bool {
	page := max(1, q.body.Height()-1)
	switch {
	case key.Matches(msg, textScroll.up):
		q.scrollBy(-1)
	case key.Matches(msg, textScroll.down):
		q.scrollBy(1)
	case key.Matches(msg, textScroll.pageUp):
		q.scrollBy(-page)
	case key.Matches(msg, textScroll.pageDown):
		q.scrollBy(page)
	default:
		return false
	}
	return true
}

// ownHeader is implemented by a phase whose header is not the question's
// (see Screen.header).
type ownHeader interface {
	header(q *Screen, w int) []string
}

// paster is implemented by a phase that takes pasted text.
type paster interface {
	paste(q *Screen, msg tea.PasteMsg) tea.Cmd
}
