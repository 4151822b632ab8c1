package ui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/study"
)

// BeginFunc starts recording a new attempt (a quiz started from the
// reader or home, a retry or a fresh session from the results screen, a
// review). It does I/O, so the screens call it in a command. It returns
// a recorder even on error (one that records nothing), as
// quiz.Store.Begin does, which is a BeginFunc.
type BeginFunc func(info quiz.AttemptInfo) (*quiz.Recorder, error)

// QuizConfig is what a quiz screen is opened with.
type QuizConfig struct {
	Pack    *content.Pack
	Article *content.Article
	Session *quiz.Session
	// Refs, when set, makes the quiz a review: Refs[i] is the pack and
	// article Session.Items[i] comes from, looked up in Packs. Answers
	// are recorded against them and e shows the right article. Pack and
	// Article may then be nil.
	Refs  []quiz.ReviewRef
	Packs []*content.Pack
	// Store, with OfferResume, is where an unfinished attempt at the
	// article is looked for when the quiz opens, and offered to carry on.
	Store       *quiz.Store
	OfferResume bool
	Recorder    *quiz.Recorder // nil: start one with Begin, or save nothing
	// Begin starts recording the sessions taken again from the results
	// screen, and this one when Recorder is nil; nil saves nothing.
	Begin     BeginFunc
	Exam      bool          // no marks until the end; flag and revisit
	TimeLimit time.Duration // exam only; 0 is no limit
	// SavingNotice is shown when scores are not being saved, such as
	// "scores are not saved: --no-store".
	SavingNotice string
	// OverReader says the article's reader is the screen beneath, so
	// "back to the article" closes the quiz rather than opening it again.
	OverReader bool

	// saver is the queue the quiz's writes (and its look-up of an
	// unfinished attempt) go through, shared with its results, the
	// quizzes taken again from them and, when the root opens it, every
	// quiz of the article (Model.saverFor); NewQuizScreen makes one when
	// it is nil.
	saver *quizSaver
}

// QuizScreen asks a session's questions one per screen: in practice mode
// with the mark and the reasons after each answer, in exam mode with
// flags, a question list and a countdown, and the marks at the end. When
// the session is over it gives way to the results screen.
type QuizScreen struct {
	cfg   QuizConfig
	theme Theme
	keys  QuizKeyMap
	help  keyHelp
	sess  *quiz.Session

	// rec is the attempt's recorder once Begin has returned (recReady),
	// for what the screen shows; the writes use slot, on the saver.
	rec      *quiz.Recorder
	recReady bool
	// slot is the attempt the answers are recorded in, nil until the
	// quiz begins recording (it may first offer to resume another).
	slot    *attemptSlot
	saveErr string
	offer   *quizUnfinishedMsg // an unfinished attempt offered for resuming

	widgets []answerWidget // one per item, made when first shown
	cur     int
	phase   quizPhase
	// leaveFrom is the phase esc was pressed in, to go back to if the
	// student stays.
	leaveFrom quizPhase
	listPos   int    // the question list's cursor
	note      string // why an answer could not be taken
	scroll    int    // first body line shown
	// followed is the body lines last brought into view (the cursor's,
	// and the note's): window follows them only when they move.
	followed   [2]int
	bodyHeight int // body lines shown at the last View
	maxScroll  int // the furthest the body scrolled at the last View

	width, height int

	start   time.Time // when the quiz began, from the first clock message
	clock   time.Time // the latest clock message
	shownAt time.Time // when the current question was shown
}

// quizClockMsg carries the time to a quiz screen: the first one starts
// the clock, the others (one a second) move the countdown on.
type quizClockMsg struct {
	owner *QuizScreen
	at    time.Time
}

// quizRecordedMsg reports recording answers (or the attempt's end, when
// it brings the recorder, which the results screen may not have had).
type quizRecordedMsg struct {
	owner any
	rec   *quiz.Recorder
	err   error
}

// quizBegunMsg brings the recorder a BeginFunc made.
type quizBegunMsg struct {
	owner *QuizScreen
	rec   *quiz.Recorder
	err   error
}

// NewQuizScreen opens a quiz on the first question. Call Init for the
// commands that start its clock and recorder.
func NewQuizScreen(cfg QuizConfig, theme Theme) *QuizScreen {
	if cfg.saver == nil {
		cfg.saver = newQuizSaver()
	}
	q := &QuizScreen{
		cfg: cfg, theme: theme, keys: DefaultQuizKeyMap(), help: newKeyHelp(theme.Styles),
		sess: cfg.Session, rec: cfg.Recorder,
		recReady: cfg.Recorder != nil || cfg.Begin == nil,
		widgets:  make([]answerWidget, len(cfg.Session.Items)),
	}
	if q.recReady {
		// A nil recorder saves nothing: there is no Begin to make one.
		q.slot = &attemptSlot{rec: cfg.Recorder}
	}
	q.widget().focus()
	q.setKeys()
	return q
}

// Init starts the clock, the recorder if there is none yet (after
// looking for an unfinished attempt to offer, if asked to), and the
// cursor of a first question that is typed.
func (q *QuizScreen) Init() tea.Cmd {
	cmds := []tea.Cmd{q.widget().focus(), func() tea.Msg { return quizClockMsg{owner: q, at: time.Now()} }}
	switch {
	case q.recReady:
	case q.cfg.OfferResume && q.cfg.Store != nil && q.cfg.Article != nil && q.cfg.Refs == nil:
		cmds = append(cmds, q.findUnfinished())
	default:
		cmds = append(cmds, q.begin())
	}
	return tea.Batch(cmds...)
}

// begin starts recording a new attempt: its job goes first on the
// saver, ahead of the answers that are to be recorded in it.
func (q *QuizScreen) begin() tea.Cmd {
	begin, info, slot := q.cfg.Begin, q.attemptInfo(), &attemptSlot{}
	info.Started = time.Now()
	q.slot = slot
	return q.cfg.saver.Enqueue(0, false, func() saveResult {
		slot.rec, slot.err = begin(info)
		return saveResult{msg: quizBegunMsg{owner: q, rec: slot.rec, err: slot.err}}
	})
}

// attemptInfo describes the session as an attempt to record.
func (q *QuizScreen) attemptInfo() quiz.AttemptInfo {
	if q.cfg.Refs != nil {
		return study.ReviewAttempt(&quiz.ReviewPlan{Session: q.sess, Refs: q.cfg.Refs}, q.cfg.Packs)
	}
	mode := quiz.ModePractice
	if q.cfg.Exam {
		mode = quiz.ModeExam
	}
	ids := make([]string, len(q.sess.Items))
	for i, it := range q.sess.Items {
		ids[i] = it.Q.ID
	}
	info := quiz.AttemptInfo{
		PackID: q.cfg.Pack.ID, PackVersion: q.cfg.Pack.Version, ArticleID: q.cfg.Article.ID,
		Mode: mode, QuestionIDs: ids, Seed: q.sess.Options.Seed,
	}
	if q.cfg.Exam {
		info.TimeLimit = q.cfg.TimeLimit
	}
	return info
}

// Help returns the keys that apply right now.
func (q *QuizScreen) Help() help.KeyMap { return q.keys }

// Title is the window title.
func (q *QuizScreen) Title() string {
	if q.cfg.Refs != nil {
		return "brief — review"
	}
	return "brief — quiz: " + content.CleanLine(q.cfg.Article.Title)
}

// widget is the current question's answer widget, made on first use.
func (q *QuizScreen) widget() answerWidget {
	if q.widgets[q.cur] == nil {
		q.widgets[q.cur] = newWidget(&q.sess.Items[q.cur], q.theme.Styles)
	}
	return q.widgets[q.cur]
}

// item is the current session item.
func (q *QuizScreen) item() *quiz.SessionItem { return &q.sess.Items[q.cur] }

// setKeys enables the keys that apply to the current question and phase.
func (q *QuizScreen) setKeys() {
	w := q.widget()
	q.keys.set(keyContext{
		phase: q.phase, typ: q.item().Q.Type, exam: q.cfg.Exam,
		typing: q.phase == phaseAnswer && w.typing(), letters: w.letters(), blanks: blanksOf(w),
		// f answers False, and is the sixth letter of a longer list.
		flagClash: w.letters() >= 6 || q.item().Q.Type == quiz.TrueFalse,
	})
	q.labelHelp()
}

// Update handles the clock, recording results, and keys.
func (q *QuizScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		q.width, q.height = msg.Width, msg.Height
	case ThemeMsg:
		q.theme = msg.Theme
		q.help.SetStyles(msg.Styles)
		for _, w := range q.widgets {
			if r, ok := w.(interface{ restyle(Styles) }); ok {
				r.restyle(msg.Styles)
			}
		}
	case tea.MouseWheelMsg:
		if q.phase != phaseOverview {
			switch msg.Button {
			case tea.MouseWheelUp:
				q.scrollBy(-1)
			case tea.MouseWheelDown:
				q.scrollBy(1)
			}
		}
	case quizClockMsg:
		if msg.owner != q {
			return q, nil
		}
		return q.tick(msg.at)
	case quizRecordedMsg:
		if msg.owner == q && msg.err != nil {
			q.saveErr = "not saved: " + msg.err.Error()
		}
	case quizBegunMsg:
		if msg.owner != q {
			return q, nil
		}
		return q, q.begun(msg)
	case quizUnfinishedMsg:
		if msg.owner != q {
			return q, nil
		}
		return q, q.unfinished(msg)
	case tea.PasteMsg:
		if q.phase == phaseAnswer {
			if p, ok := q.widget().(interface{ paste(tea.PasteMsg) tea.Cmd }); ok {
				return q, p.paste(msg)
			}
		}
	case tea.KeyPressMsg:
		var s Screen = q
		var cmd tea.Cmd
		switch q.phase {
		case phaseAnswer:
			s, cmd = q.keyAnswer(msg)
		case phaseFeedback:
			s, cmd = q.keyFeedback(msg)
		case phaseOverview:
			s, cmd = q.keyOverview(msg)
		case phaseConfirm:
			s, cmd = q.keyConfirm(msg)
		case phaseResume:
			s, cmd = q.keyResume(msg)
		case phaseLeave:
			s, cmd = q.keyLeave(msg)
		}
		if s == q {
			q.setKeys()
		}
		return s, cmd
	}
	return q, nil
}

// tick moves the clock on and hands the exam in when time is up.
func (q *QuizScreen) tick(at time.Time) (Screen, tea.Cmd) {
	if q.start.IsZero() {
		q.start, q.shownAt = at, at
	}
	q.clock = at
	if q.timeUp() {
		s, cmd := q.finish(q.takeStanding()...)
		if r, ok := s.(*ResultsScreen); ok {
			r.timedOut = true
		}
		return s, cmd
	}
	return q, tea.Tick(time.Second, func(t time.Time) tea.Msg { return quizClockMsg{owner: q, at: t} })
}

// remaining is the time left in a timed exam.
func (q *QuizScreen) remaining() time.Duration {
	return q.cfg.TimeLimit - q.clock.Sub(q.start)
}

// timeUp reports whether a timed exam has run out of time.
func (q *QuizScreen) timeUp() bool {
	return q.cfg.Exam && q.cfg.TimeLimit > 0 && !q.start.IsZero() && q.remaining() <= 0
}

// begun keeps the recorder Begin made, to show whether answers are
// being saved; the answers given while waiting for it were queued behind
// it and are being recorded already.
func (q *QuizScreen) begun(msg quizBegunMsg) tea.Cmd {
	q.rec, q.recReady = msg.rec, true
	if msg.err != nil {
		q.saveErr = "not saved: " + msg.err.Error()
	}
	return nil
}

// keyAnswer handles a key while a question is being answered: the widget
// has first say, then the screen's own keys.
func (q *QuizScreen) keyAnswer(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := &q.keys
	if key.Matches(msg, k.PageUp, k.PageDown) {
		return q, q.page(msg)
	}
	before := q.cursorLine()
	used, submit, cmd := q.widget().handleKey(msg)
	if used && before == q.cursorLine() {
		// Down on the last item (up on the first) scrolls on to what
		// is below (above) it, such as a match question's options.
		switch {
		case key.Matches(msg, k.Down):
			q.scrollBy(1)
		case key.Matches(msg, k.Up):
			q.scrollBy(-1)
		}
	}
	if used {
		if submit {
			return q.submit()
		}
		q.note = ""
		return q, cmd
	}
	switch {
	case key.Matches(msg, k.Skip):
		return q.skip()
	case key.Matches(msg, k.Flag):
		q.item().Flagged = !q.item().Flagged
	case key.Matches(msg, k.PrevQuestion):
		return q, q.goTo(q.cur - 1)
	case key.Matches(msg, k.NextQuestion):
		return q, q.goTo(q.cur + 1)
	case key.Matches(msg, k.Overview):
		q.leave()
		q.phase, q.listPos, q.scroll = phaseOverview, q.cur, 0
	case key.Matches(msg, k.Finish):
		q.leave()
		q.phase, q.scroll = phaseConfirm, 0
	case key.Matches(msg, k.Help):
		q.toggleHelp()
	case key.Matches(msg, k.Back):
		return q.askLeave()
	}
	return q, nil
}

// cursorLine is the line of the answer widget the cursor is on.
func (q *QuizScreen) cursorLine() int {
	_, w := quizColumn(q.width)
	_, cursor := q.widget().lines(q.theme.Styles, w)
	return cursor
}

// page scrolls the body a page up or down, keeping a line of the last
// page in view.
func (q *QuizScreen) page(msg tea.KeyPressMsg) tea.Cmd {
	n := max(1, q.bodyHeight-1)
	if key.Matches(msg, q.keys.PageUp) {
		n = -n
	}
	q.scrollBy(n)
	return nil
}

// back asks the root to close the screen.
func back() tea.Msg { return BackMsg{} }

// submit takes the widget's answer, or says why it cannot.
func (q *QuizScreen) submit() (Screen, tea.Cmd) {
	resp, why := q.widget().response()
	if why != "" {
		q.note = why
		return q, nil
	}
	return q.answer(resp)
}

// skip gives no answer: in practice it counts as skipped at once; in an
// exam the question stays unanswered until the answers are handed in.
func (q *QuizScreen) skip() (Screen, tea.Cmd) {
	if q.cfg.Exam {
		return q.advance()
	}
	return q.answer(quiz.Response{Skipped: true})
}

// answer grades a response and records it at once. Practice shows the
// mark; an exam goes on without it (an answer changed later replaces
// this one in the store).
func (q *QuizScreen) answer(resp quiz.Response) (Screen, tea.Cmd) {
	q.sess.Answer(q.cur, resp)
	q.leave()
	save := q.record(q.cur)
	if q.cfg.Exam {
		s, cmd := q.advance()
		return s, tea.Batch(save, cmd)
	}
	q.phase, q.scroll, q.note = phaseFeedback, 0, ""
	return q, save
}

// leave adds the time spent on the current question and takes the
// cursor from its input.
func (q *QuizScreen) leave() {
	if !q.shownAt.IsZero() && q.clock.After(q.shownAt) {
		q.item().Elapsed += q.clock.Sub(q.shownAt)
	}
	q.shownAt = q.clock
	q.widget().blur()
}

// advance goes to the next question of an exam, or after the last one
// asks to hand in.
func (q *QuizScreen) advance() (Screen, tea.Cmd) {
	if q.cur < len(q.sess.Items)-1 {
		return q, q.goTo(q.cur + 1)
	}
	q.leave()
	q.phase, q.scroll = phaseConfirm, 0
	return q, nil
}

// goTo shows question i (if there is one) ready to be answered.
func (q *QuizScreen) goTo(i int) tea.Cmd {
	if i < 0 || i >= len(q.sess.Items) {
		return nil
	}
	q.leave()
	q.cur, q.phase, q.note, q.scroll, q.followed = i, phaseAnswer, "", 0, [2]int{-1, -1}
	return q.widget().focus()
}

// record queues answered items to be saved, after the job that begins
// the attempt (queued now if the quiz has not begun recording: answering
// settles that this is a new attempt, not one to resume).
func (q *QuizScreen) record(items ...int) tea.Cmd {
	if len(items) == 0 {
		return nil
	}
	var begin tea.Cmd
	if q.slot == nil {
		begin = q.begin()
	}
	save := q.saveItems(items, time.Now())
	return tea.Batch(begin, q.cfg.saver.Enqueue(len(items), false, func() saveResult {
		lost, err := save()
		return saveResult{msg: quizRecordedMsg{owner: q, err: err}, lost: lost, err: err}
	}))
}

// saveItems returns a function, for a job on the saver, that records the
// items as they are now, answered at the given time, each against the
// pack and article it comes from; it returns how many it could not
// record, and why.
func (q *QuizScreen) saveItems(items []int, at time.Time) func() (int, error) {
	slot := q.slot
	// Copies, so the job never reads the model while Update runs.
	copies := make([]quiz.SessionItem, len(items))
	origins := make([]quiz.Origin, len(items))
	for n, i := range items {
		copies[n], origins[n] = q.sess.Items[i], q.cfg.origin(i)
	}
	return func() (int, error) {
		if slot.err != nil {
			// The attempt never began: its recorder records nothing.
			return len(copies), slot.err
		}
		for n := range copies {
			if err := slot.rec.Record(origins[n], &copies[n], at); err != nil {
				return len(copies) - n, err
			}
		}
		return 0, nil
	}
}

// keyFeedback handles a key while a practice answer's mark is shown.
func (q *QuizScreen) keyFeedback(msg tea.KeyPressMsg) (Screen, tea.Cmd) {
	k := q.keys
	switch {
	case key.Matches(msg, k.Next):
		if q.cur == len(q.sess.Items)-1 {
			return q.finish()
		}
		return q, q.goTo(q.cur + 1)
	case key.Matches(msg, k.Evidence):
		return q, q.showEvidence()
	case key.Matches(msg, k.Up):
		q.scrollBy(-1)
	case key.Matches(msg, k.Down):
		q.scrollBy(1)
	case key.Matches(msg, k.PageUp, k.PageDown):
		return q, q.page(msg)
	case key.Matches(msg, k.Help):
		q.toggleHelp()
	case key.Matches(msg, k.Back):
		return q.askLeave()
	}
	return q, nil
}

// showEvidence opens the reader at the question's section with the
// evidence highlighted; esc there comes back here.
func (q *QuizScreen) showEvidence() tea.Cmd {
	it := q.item()
	p, a := q.cfg.itemArticle(q.cur)
	if a == nil {
		return nil
	}
	section := 0
	if i, ok := a.SectionIndex(it.Q.Section); ok {
		section = i
	}
	msg := OpenArticleMsg{Pack: p, Article: a, Section: section, Highlight: it.Q.Evidence, BackTo: "quiz"}
	return func() tea.Msg { return msg }
}

// finish hands the session in: in an exam the unanswered questions count
// as skipped and are recorded now, with the answers just taken (the
// others were recorded as they were given); then the attempt is closed
// and the results screen takes this one's place.
func (q *QuizScreen) finish(taken ...int) (Screen, tea.Cmd) {
	q.leave()
	toRecord := taken
	if q.cfg.Exam {
		unanswered := q.sess.Unanswered()
		for _, i := range unanswered {
			q.sess.Answer(i, quiz.Response{Skipped: true})
		}
		toRecord = append(toRecord, unanswered...)
	}
	r := newResults(q.cfg, q.theme)
	r.saveErr = q.saveErr
	r.rec = q.rec // nil until Begin returns; the hand-in's message brings it
	var begin tea.Cmd
	if q.slot == nil {
		begin = q.begin()
	}
	now := time.Now()
	slot, saveSkipped := q.slot, q.saveItems(toRecord, now)
	handIn := q.cfg.saver.Enqueue(len(toRecord), true, func() saveResult {
		lost, err := saveSkipped()
		if err == nil {
			err = slot.rec.Finish(now)
		}
		return saveResult{msg: quizRecordedMsg{owner: r, rec: slot.rec, err: err}, lost: lost, err: err}
	})
	r.Update(tea.WindowSizeMsg{Width: q.width, Height: q.height})
	return r, tea.Batch(begin, handIn)
}

// answeredCount is how many items have an answer.
func (q *QuizScreen) answeredCount() int {
	return len(q.sess.Items) - len(q.sess.Unanswered())
}

// runningScore is the points earned over the points of the questions
// answered so far; nothing before the first answer.
func (q *QuizScreen) runningScore() string {
	var got, of float64
	if q.answeredCount() == 0 {
		return ""
	}
	for _, it := range q.sess.Items {
		if it.Result != nil {
			got += it.Result.Points
			of += it.Result.Max
		}
	}
	return fmt.Sprintf("Score %s/%s", quiz.FormatNumber(got), quiz.FormatNumber(of))
}
