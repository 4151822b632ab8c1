package quiz

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/study"
	"brief/ui/common"
)

// Config is what a quiz screen is opened with.
type Config struct {
	Pack    *content.Pack
	Article *content.Article
	Session *quiz.Session
	// Refs, when set, makes the quiz a review: Refs[i] is the pack and
	// article Session.Items[i] comes from, looked up in Packs. Answers
	// are recorded against them and e shows the right article. Pack and
	// Article may then be nil.
	Refs []quiz.ReviewRef
	// ReviewWord heads a review's questions in place of "Review", such as
	// "Today's misses" when nothing was due.
	ReviewWord string
	Packs      []*content.Pack
	// Writer is where the quiz's answers are recorded, and where an
	// unfinished attempt at the article is looked for when OfferResume
	// is set; nil saves nothing.
	Writer      *study.Writer
	OfferResume bool
	Exam        bool          // no marks until the end; flag and revisit
	TimeLimit   time.Duration // exam only; 0 is no limit
	Assigned    bool          // taken as the pack's assignment (see study.Setup)
	// CarryOnOnly says every attempt at the assignment is used but one
	// left unfinished: the quiz carries that one on, and when it cannot
	// be found (open in another brief, say) starts nothing.
	CarryOnOnly bool
	// SavingNotice is shown when scores are not being saved, such as
	// "scores are not saved: --no-store".
	SavingNotice string
	// OverReader says the article's reader is the screen beneath, so
	// "back to the article" closes the quiz rather than opening it again.
	OverReader bool
}

// attempt is the study attempt the config describes, not yet begun.
func (c Config) attempt() *study.Attempt {
	if c.Refs != nil {
		return study.NewReview(c.Writer, &quiz.ReviewPlan{Session: c.Session, Refs: c.Refs}, c.Packs)
	}
	return study.New(c.Writer, study.Setup{Pack: c.Pack, Article: c.Article, Session: c.Session, Exam: c.Exam, TimeLimit: c.TimeLimit, Assigned: c.Assigned})
}

// Screen asks a session's questions one per screen: in practice mode
// with the mark and the reasons after each answer, in exam mode with
// flags, a question list and a countdown, and the marks at the end. When
// the session is over it gives way to the results screen. The rules
// (what an answer, a skip or the hand-in does, the clock, the score) are
// its study.Attempt's; the screen shows it and turns keys into calls.
type Screen struct {
	cfg   Config
	theme common.Theme
	keys  KeyMap
	help  common.KeyHelp
	att   *study.Attempt

	saveErr string

	widgets []answerWidget // one per item, made when first shown
	cur     int
	current phaseModel // the phase the screen is in, with its state
	// body is the phase's lines under the header and how far they are
	// scrolled, as the last layout left them.
	body viewport.Model
	// followed is the body lines last brought into view (the cursor's,
	// and the note's): follow keeps them in view only when they move.
	followed [2]int

	width, height int

	clock time.Time // the latest clock message; the first starts the attempt's clock
	kept  time.Time // when the time used was last kept (see tick)
	// reviewStates is where a review's questions stood in the schedule
	// before their answers, to say when each comes back.
	reviewStates map[int]quiz.ReviewState
}

// ClockMsg carries the time to a quiz screen: the first one starts
// the clock, the others (one a second) move the countdown on.
type ClockMsg struct {
	at time.Time
}

// quizRecordedMsg reports a write of the quiz (its start, answers, its
// hand-in) to the screen that queued it (the root brings a command's
// message back to the screen that returned it): err is why it was not
// saved.
type quizRecordedMsg struct {
	err error
}

// saved waits, in a command, for a write queued on the attempt's writer
// and reports how it went; nil when there was nothing to write.
func saved(t *study.Ticket) tea.Cmd {
	if t == nil {
		return nil
	}
	return func() tea.Msg { return quizRecordedMsg{err: t.Wait()} }
}

// New opens a quiz on the first question. Call Init for the
// commands that start its clock and its recording.
func New(cfg Config, theme common.Theme) *Screen {
	return newScreen(cfg, cfg.attempt(), theme)
}

// newScreen opens a quiz on an attempt that has not begun.
func newScreen(cfg Config, att *study.Attempt, theme common.Theme) *Screen {
	q := &Screen{
		cfg: cfg, theme: theme, keys: DefaultKeyMap(), help: common.NewKeyHelp(theme.Styles),
		att: att, widgets: make([]answerWidget, att.Len()), current: &answerPhase{}, body: common.NewBody(),
	}
	q.widget().focus()
	q.setKeys()
	return q
}

// Attempt is the attempt the quiz shows: what the root asks of an open
// quiz (is it a review, of which article) before opening another.
func (q *Screen) Attempt() *study.Attempt { return q.att }

// Offered is the unfinished attempt the quiz offers to resume, or nil.
func (q *Screen) Offered() *study.Unfinished {
	if r, ok := q.current.(*resumePhase); ok {
		return r.offer
	}
	return nil
}

// Config is what the quiz was opened with.
func (q *Screen) Config() Config { return q.cfg }

// Init starts the clock, the recording (after looking for an unfinished
// attempt to offer, if asked to), and the cursor of a first question
// that is typed.
func (q *Screen) Init() tea.Cmd {
	cmds := []tea.Cmd{q.widget().focus(), func() tea.Msg { return ClockMsg{at: time.Now()} }}
	switch {
	case !q.att.Saving():
	case q.cfg.OfferResume && !q.att.Review() && q.att.Article() != nil:
		cmds = append(cmds, q.findUnfinished())
	default:
		cmds = append(cmds, q.readReviewStates(), q.begin())
	}
	return tea.Batch(cmds...)
}

// begin starts recording a new attempt: its write goes first on the
// writer, ahead of the answers that are to be recorded in it.
func (q *Screen) begin() tea.Cmd { return saved(q.att.Begin()) }

// sess is the attempt's session, to show.
func (q *Screen) sess() *quiz.Session { return q.att.Session() }

// Help returns the keys that apply right now.
func (q *Screen) Help() help.KeyMap { return q.keys }

// Title is the window title.
func (q *Screen) Title() string {
	if q.att.Review() {
		return "brief — review"
	}
	return "brief — quiz: " + common.OneLine(q.att.Article().Title)
}

// widget is the current question's answer widget, made on first use.
func (q *Screen) widget() answerWidget {
	if q.widgets[q.cur] == nil {
		q.widgets[q.cur] = newWidget(q.att.Item(q.cur), q.theme.Styles)
	}
	return q.widgets[q.cur]
}

// item is the current session item.
func (q *Screen) item() *quiz.SessionItem { return q.att.Item(q.cur) }

// setKeys enables the keys that apply to the current question and phase.
func (q *Screen) setKeys() {
	w := q.widget()
	q.keys.set(keyContext{
		phase: q.phase(), typ: q.item().Q.Type, exam: q.att.Exam(),
		typing: q.phase() == phaseAnswer && w.typing(), letters: w.letters(), blanks: blanksOf(w),
	})
	q.labelHelp()
}

// Update handles the clock, recording results, and keys.
func (q *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	s, cmd := q.update(msg)
	q.layout()
	return s, cmd
}

// update handles a message; Update then lays the screen out for it.
func (q *Screen) update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		q.width, q.height = msg.Width, msg.Height
	case common.ThemeMsg:
		q.theme = msg.Theme
		q.help.SetStyles(msg.Styles)
		for _, w := range q.widgets {
			if r, ok := w.(interface{ restyle(common.Styles) }); ok {
				r.restyle(msg.Styles)
			}
		}
	case tea.MouseClickMsg:
		if a, ok := q.current.(*answerPhase); ok {
			a.click(q, msg)
		}
	case tea.MouseWheelMsg:
		if q.model().wheel() {
			switch msg.Button {
			case tea.MouseWheelUp:
				q.scrollBy(-1)
			case tea.MouseWheelDown:
				q.scrollBy(1)
			}
		}
	case ClockMsg:
		return q.tick(msg.at)
	case quizRecordedMsg:
		if msg.err != nil {
			q.saveErr = "not saved: " + msg.err.Error()
		}
	case quizUnfinishedMsg:
		return q.unfinished(msg)
	case reviewStatesMsg:
		q.reviewStates = msg.states
	case tea.PasteMsg:
		if p, ok := q.model().(paster); ok {
			return q, p.paste(q, msg)
		}
	case tea.KeyPressMsg:
		if key.Matches(msg, q.keys.Quit) {
			// The root asks first, while the quiz is open.
			return q, common.SaveAndQuit
		}
		s, cmd := q.model().update(q, msg)
		if s == q {
			q.setKeys()
		}
		return s, cmd
	}
	return q, nil
}

// tick moves the clock on and hands the exam in when time is up. Every
// keepEvery of a timed exam, the time used is kept with the attempt: a
// terminal closed, or brief killed, gives back at most that much.
func (q *Screen) tick(at time.Time) (common.Screen, tea.Cmd) {
	q.att.StartClock(at)
	q.clock = at
	if q.att.TimeUp(at) {
		return q.handIn(true)
	}
	next := tea.Tick(time.Second, func(t time.Time) tea.Msg { return ClockMsg{at: t} })
	if q.att.Timed() && at.Sub(q.kept) >= keepEvery {
		q.kept = at
		return q, tea.Batch(next, q.KeepTimeUsed())
	}
	return q, next
}

// keepEvery is how often a timed exam's time used is kept while it runs.
const keepEvery = 10 * time.Second

// remaining is the time left in a timed exam.
func (q *Screen) remaining() time.Duration { return q.att.Remaining(q.clock) }

// cursorLine is the line of the answer widget the cursor is on.
func (q *Screen) cursorLine() int {
	_, w := common.QuizColumn(q.width)
	_, cursor := q.widget().lines(q.theme.Styles, w)
	return cursor
}

// page scrolls the body a page up or down, keeping a line of the last
// page in view.
func (q *Screen) page(msg tea.KeyPressMsg) tea.Cmd {
	n := max(1, q.body.Height()-1)
	if key.Matches(msg, q.keys.PageUp) {
		n = -n
	}
	q.scrollBy(n)
	return nil
}

// back asks the root to close the screen.
func back() tea.Msg { return common.BackMsg{} }

// submit takes the widget's answer, or says why it cannot.
func (q *Screen) submit() (common.Screen, tea.Cmd) {
	resp, why := q.widget().response()
	if why != "" {
		q.setNote(why)
		return q, nil
	}
	return q.answer(resp)
}

// skip gives no answer: in practice it counts as skipped at once; in an
// exam the question stays unanswered until the answers are handed in.
func (q *Screen) skip() (common.Screen, tea.Cmd) {
	answered, t := q.att.Skip(q.cur, q.clock)
	if !answered {
		return q.advance()
	}
	return q.answered(t)
}

// answer grades a response and records it at once. Practice shows the
// mark; an exam goes on without it (an answer changed later replaces
// this one in the store).
func (q *Screen) answer(resp quiz.Response) (common.Screen, tea.Cmd) {
	_, t := q.att.Answer(q.cur, resp, q.clock)
	return q.answered(t)
}

// answered goes on from an answer whose write is t: in an exam to the
// next question, in practice to the mark.
func (q *Screen) answered(t *study.Ticket) (common.Screen, tea.Cmd) {
	q.widget().blur()
	save := saved(t)
	if q.att.Exam() {
		s, cmd := q.advance()
		return s, tea.Batch(save, cmd)
	}
	q.enter(feedbackPhase{})
	return q, save
}

// leave adds the time spent on the current question and takes the
// cursor from its input.
func (q *Screen) leave() {
	q.att.Leave(q.clock)
	q.widget().blur()
}

// advance goes to the next question of an exam, or after the last one
// asks to hand in.
func (q *Screen) advance() (common.Screen, tea.Cmd) {
	if q.cur < q.att.Len()-1 {
		return q, q.goTo(q.cur + 1)
	}
	q.leave()
	q.enter(confirmPhase{})
	return q, nil
}

// goTo shows question i (if there is one) ready to be answered.
func (q *Screen) goTo(i int) tea.Cmd {
	if i < 0 || i >= q.att.Len() {
		return nil
	}
	q.widget().blur()
	q.att.Show(i, q.clock)
	q.cur, q.followed = i, [2]int{-1, -1}
	q.enter(&answerPhase{})
	return q.widget().focus()
}

// finish hands the attempt in: see handIn.
func (q *Screen) finish() (common.Screen, tea.Cmd) { return q.handIn(false) }

// handIn hands the attempt in, when the student asks or, timedOut, when
// the time is up: in an exam what stands on screen counts and the
// questions left count as skipped (study.Attempt.HandIn); then the
// results screen takes this one's place, and hears how the hand-in was
// saved.
func (q *Screen) handIn(timedOut bool) (common.Screen, tea.Cmd) {
	q.widget().blur()
	handIn := q.att.HandIn(q.standing(), q.clock)
	r := newResults(q.cfg, q.att, q.theme)
	r.saveErr, r.timedOut = q.saveErr, timedOut
	r.Update(tea.WindowSizeMsg{Width: q.width, Height: q.height})
	return r, tea.Batch(saved(handIn), countStillDue(q.cfg.Writer, q.cfg.Packs, q.att))
}

// runningScore is the points earned over the points of the questions
// answered so far; nothing before the first answer.
func (q *Screen) runningScore() string {
	if q.att.Answered() == 0 {
		return ""
	}
	got, of := q.att.RunningScore()
	return fmt.Sprintf("Score %s/%s", quiz.FormatNumber(got), quiz.FormatNumber(of))
}
