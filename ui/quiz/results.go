package quiz

import (
	"math/rand/v2"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"brief/quiz/study"
	"brief/ui/common"
)

// ResultsScreen shows a finished session: the score, the breakdown by
// section and by level, the questions missed, and a review of them with
// their answers; from it the student retries the missed questions, takes
// a fresh session or goes back to the article.
type ResultsScreen struct {
	cfg       Config         // the quiz it follows
	att       *study.Attempt // the attempt handed in
	theme     common.Theme
	keys      ResultsKeyMap
	help      common.KeyHelp
	saveErr   string
	timedOut  bool // a timed exam handed in when its time ran out
	stillDue  int  // after a review: how many questions are still due, once counted; -1 before
	reviewing bool
	newSeed   func() int64 // the seed of a new quiz; random but in tests
	// body is the summary or the review, scrolled, as the last layout
	// left it.
	body   viewport.Model
	width  int
	height int
}

// newResults builds the results of an attempt handed in.
func newResults(cfg Config, att *study.Attempt, theme common.Theme) *ResultsScreen {
	r := &ResultsScreen{cfg: cfg, att: att, theme: theme, keys: DefaultResultsKeyMap(), help: common.NewKeyHelp(theme.Styles), newSeed: rand.Int64, body: common.NewBody(), stillDue: -1}
	r.setKeys()
	return r
}

// Help returns the results screen's keys.
func (r *ResultsScreen) Help() help.KeyMap { return r.keys }

// Title is the window title.
func (r *ResultsScreen) Title() string {
	if r.att.Review() {
		return "brief — review results"
	}
	return "brief — results: " + common.OneLine(r.att.Article().Title)
}

// setKeys offers only what applies: nothing to review or retry when
// nothing was missed; no retry, fresh session or article after a review
// (its missed questions come back in the next one).
func (r *ResultsScreen) setKeys() {
	missed := len(r.att.Missed()) > 0
	review := r.att.Review()
	r.keys.Review.SetEnabled(missed && !r.reviewing)
	r.keys.RetryMissed.SetEnabled(missed && !review)
	r.keys.Fresh.SetEnabled(!review)
	r.keys.Article.SetEnabled(!review)
	r.keys.Close.SetEnabled(r.reviewing)
	r.keys.Leave.SetEnabled(!r.reviewing)
	r.keys.Help.SetHelp("?", common.HelpLabel(r.help, r.keys))
}

// Update handles keys and the outcome of saving the session.
func (r *ResultsScreen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	s, cmd := r.update(msg)
	r.layout()
	return s, cmd
}

// update handles a message; Update then lays the screen out for it.
func (r *ResultsScreen) update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.width, r.height = msg.Width, msg.Height
	case common.ThemeMsg:
		r.theme = msg.Theme
		r.help.SetStyles(msg.Styles)
	case quizRecordedMsg:
		if msg.err != nil {
			r.saveErr = "not saved: " + msg.err.Error()
		}
	case stillDueMsg:
		if msg.err == nil {
			r.stillDue = msg.n
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			r.body.ScrollUp(1)
		case tea.MouseWheelDown:
			r.body.ScrollDown(1)
		}
	case tea.KeyPressMsg:
		return r.handleKey(msg)
	}
	return r, nil
}

// handleKey acts on the results screen's keys.
func (r *ResultsScreen) handleKey(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := r.keys
	switch {
	case key.Matches(msg, k.Up):
		r.body.ScrollUp(1)
	case key.Matches(msg, k.Down):
		r.body.ScrollDown(1)
	case key.Matches(msg, k.PageDown):
		r.body.ScrollDown(r.page())
	case key.Matches(msg, k.PageUp):
		r.body.ScrollUp(r.page())
	case key.Matches(msg, k.Top):
		r.body.GotoTop()
	case key.Matches(msg, k.Bottom):
		r.body.GotoBottom()
	case key.Matches(msg, k.Review):
		r.reviewing = true
		r.body.GotoTop()
	case key.Matches(msg, k.Close):
		r.reviewing = false
		r.body.GotoTop()
	case key.Matches(msg, k.RetryMissed):
		return r.again(r.att.Retry(true))
	case key.Matches(msg, k.Fresh):
		return r.again(r.att.Fresh(r.newSeed()))
	case key.Matches(msg, k.Article):
		// Opened over the results, so that esc comes back to them: once
		// left, they are gone.
		m := common.OpenArticleMsg{Pack: r.att.Pack(), Article: r.att.Article(), BackTo: "results"}
		return r, func() tea.Msg { return m }
	case key.Matches(msg, k.Help):
		r.sizeHelp()
		r.help.Toggle(r.keys)
	case key.Matches(msg, k.Quit):
		// The root waits for this quiz's saves and everyone else's
		// within one bound (quitSaving).
		return r, common.SaveAndQuit
	case key.Matches(msg, k.Leave):
		return r, back
	}
	r.setKeys()
	return r, nil
}

// page is how far a page key moves: the body's height less a line kept
// for context.
func (r *ResultsScreen) page() int { return max(1, r.height-4) }

// again opens a new quiz on an attempt drawn from this one, recorded as
// a new attempt.
func (r *ResultsScreen) again(att *study.Attempt) (common.Screen, tea.Cmd) {
	if att.Len() == 0 {
		return r, nil
	}
	cfg := r.cfg
	cfg.OfferResume = false // the attempt just finished; this is a new one
	q := newScreen(cfg, att, r.theme)
	q.Update(tea.WindowSizeMsg{Width: r.width, Height: r.height})
	return q, q.Init()
}

// View draws the score and breakdown, or the review, and the help,
// scrolled as the last Update left it (see layout); it changes nothing.
func (r *ResultsScreen) View() string {
	if r.width <= 0 || r.height <= 0 {
		return ""
	}
	if common.TooSmall(r.width, r.height) {
		return common.TooSmallView(r.theme.Styles, r.width, r.height)
	}
	x, w := common.QuizColumn(r.width)
	helpLines := strings.Split(r.helpView(w), "\n")
	out := append(common.PadLines(common.Shown(&r.body), r.body.Height()), noteLine(r.theme.Styles, r.att, r.saveErr, r.cfg.SavingNotice, w, !r.body.AtTop(), !r.body.AtBottom()))
	out = append(out, helpLines...)
	return common.Fit(strings.Join(common.Indent(out, x), "\n"), r.width, r.height)
}

// layout sizes and labels the help for the window and gives the body
// viewport its lines, keeping the scroll position within them; Update
// calls it after every message, and View draws what it left.
func (r *ResultsScreen) layout() {
	if r.width <= 0 || r.height <= 0 || common.TooSmall(r.width, r.height) {
		return
	}
	_, w := common.QuizColumn(r.width)
	r.sizeHelp()
	if r.help.ShowAll {
		r.keys.Help.SetHelp("?", common.HelpLabel(r.help, r.keys))
	}
	r.body.SetWidth(w)
	r.body.SetHeight(max(1, r.height-1-len(strings.Split(r.helpView(w), "\n"))))
	r.body.SetContentLines(r.lines(w))
}

// helpView is the full help, or the one-line hints, w cells wide.
func (r *ResultsScreen) helpView(w int) string {
	if r.help.ShowAll {
		return r.help.View(r.keys)
	}
	return common.FitHints(r.help, w, r.keys.hints())
}

// lines is the summary, or the review of every answer.
func (r *ResultsScreen) lines(w int) []string {
	if r.reviewing {
		return reviewLines(r.theme.Styles, r.att.Session(), r.att.Exam(), w)
	}
	return r.summaryLines(w)
}

// sizeHelp fits the full help to the results' column, leaving a line of
// the body and the note line.
func (r *ResultsScreen) sizeHelp() {
	_, w := common.QuizColumn(r.width)
	r.help.SetWidth(w)
	r.help.SetMaxLines(r.height - 2)
}
