package quiz

import (
	"math/rand/v2"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz"
	"brief/quiz/scores"
	"brief/quiz/study"
	"brief/ui/common"
)

// StartConfig is what the start panel is opened with: the article, and
// what the quiz it starts is recorded with.
type StartConfig struct {
	Pack    *content.Pack
	Article *content.Article
	Writer  *study.Writer
	// Store is where the attempts an assignment has used are counted;
	// nil counts none.
	Store *scores.Store
	// DataDir is where the student's name is kept (internal/profile);
	// empty keeps a name typed for this run only.
	DataDir      string
	SavingNotice string
	OverReader   bool
	// Now is the time the assignment's due day is told from; nil is
	// time.Now.
	Now func() time.Time
}

// StartPanel is the screen z opens before a quiz: how many questions,
// practice or exam, the time limit, the section and the level, with
// Enter taking the defaults shown. A pack that sets an assignment shows
// it as set, to take or to practise instead; the student's name is asked
// once before the first assignment attempt.
type StartPanel struct {
	cfg     StartConfig
	theme   common.Theme
	keys    startKeys
	help    common.KeyHelp
	choices startChoices
	at      int // the row the cursor is on, in choices.rows
	// loading is set until the assignment and the name are read (a pack
	// with an assignment only).
	loading  bool
	assigned *study.Assigned
	student  string
	naming   bool // asking the student's name
	name     textinput.Model
	problem  string // why the last Enter did nothing
	// found is the latest attempt at the article left unfinished, and
	// resume the settings chosen for it (start_unfinished.go).
	found  *study.Unfinished
	resume *resumable
	width  int
	height int
}

// NewStartPanel opens the panel with the defaults chosen; Init reads the
// assignment, if the pack sets one.
func NewStartPanel(cfg StartConfig, theme common.Theme) *StartPanel {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	p := &StartPanel{
		cfg: cfg, theme: theme, keys: defaultStartKeys(), help: common.NewKeyHelp(theme.Styles),
		choices: newStartChoices(cfg.Article), loading: cfg.Pack != nil && cfg.Pack.Assignment != nil,
		name: textinput.New(),
	}
	p.name.Placeholder = "Ana Perera"
	p.name.CharLimit = 200
	common.StyleInput(&p.name, theme.Styles)
	return p
}

// Init reads the assignment and the student's name, and looks for an
// unfinished attempt, in commands.
func (p *StartPanel) Init() tea.Cmd {
	if !p.loading {
		return lookUnfinished(p.cfg)
	}
	return tea.Batch(loadAssignment(p.cfg), lookUnfinished(p.cfg))
}

// Help is the panel's keys.
func (p *StartPanel) Help() help.KeyMap { return p.keys }

// Title is the window title.
func (p *StartPanel) Title() string {
	return "brief — start quiz: " + common.OneLine(p.cfg.Article.Title)
}

// Update changes the choices, asks the name, and gives way to the quiz.
func (p *StartPanel) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.width, p.height = msg.Width, msg.Height
		_, w := common.QuizColumn(p.width)
		p.name.SetWidth(max(1, w-2))
		p.help.SetWidth(w)
		p.help.SetMaxLines(max(1, p.height-4)) // the title and its gap, the gap and the note
		p.labelHelp()
	case common.ThemeMsg:
		p.theme = msg.Theme
		p.help.SetStyles(msg.Styles)
		common.StyleInput(&p.name, msg.Styles)
	case assignmentLoadedMsg:
		return p.loaded(msg), nil
	case unfinishedFoundMsg:
		p.unfinishedFound(msg)
	case nameSavedMsg:
		if msg.err != nil {
			// Said before the quiz covers the panel: the name holds for
			// this quiz, and is asked again next time.
			p.problem = "Your name was not saved (" + common.CleanError(msg.err.Error()) + "): enter starts the assignment under it anyway."
			return p, nil
		}
		return p.start(true)
	case tea.KeyPressMsg:
		if p.naming {
			return p.nameKey(msg)
		}
		return p.key(msg)
	case tea.PasteMsg:
		if p.naming {
			var cmd tea.Cmd
			p.name, cmd = p.name.Update(msg)
			return p, cmd
		}
	}
	return p, nil
}

// key moves between rows, changes one, starts or goes back.
func (p *StartPanel) key(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	p.problem = ""
	rows := p.rows()
	switch {
	case key.Matches(msg, p.keys.Back):
		return p, back
	case key.Matches(msg, p.keys.Quit):
		return p, common.SaveAndQuit
	case key.Matches(msg, p.keys.Help):
		p.help.Toggle(p.keys)
		p.labelHelp()
	case p.loading:
		// Nothing to choose until the assignment is read.
	case key.Matches(msg, p.keys.Up):
		p.at = max(0, p.at-1)
	case key.Matches(msg, p.keys.Down):
		p.at = min(len(rows)-1, p.at+1)
	case key.Matches(msg, p.keys.Left):
		p.change(rows, -1)
	case key.Matches(msg, p.keys.Right):
		p.change(rows, 1)
	case key.Matches(msg, p.keys.Start):
		return p.start(p.choices.assignment)
	}
	return p, nil
}

// change moves the value of the row under the cursor, keeping the
// cursor on a row that is still shown.
func (p *StartPanel) change(rows []startRow, delta int) {
	if p.at >= len(rows) {
		return
	}
	if rows[p.at] == rowTake && !p.mayTake() {
		p.problem = p.noAttemptsLeft()
		return
	}
	p.choices.change(rows[p.at], delta)
	p.at = min(p.at, len(p.rows())-1)
}

// mayTake reports whether the assignment can be started: it has
// attempts left.
func (p *StartPanel) mayTake() bool {
	return p.assigned != nil && p.assigned.Check() == nil
}

// noAttemptsLeft says that every attempt is used, and what is left.
func (p *StartPanel) noAttemptsLeft() string {
	return "No attempts left at the assignment: you can still practise."
}

// start opens the quiz chosen: the assignment as set, or the practice
// the rows describe. The assignment first asks for the student's name
// if none is kept.
func (p *StartPanel) start(assignment bool) (common.Screen, tea.Cmd) {
	cfg := Config{
		Pack: p.cfg.Pack, Article: p.cfg.Article, Writer: p.cfg.Writer,
		SavingNotice: p.cfg.SavingNotice, OverReader: p.cfg.OverReader, OfferResume: true,
	}
	so := p.choices.options(rand.Int64())
	cfg.Exam, cfg.TimeLimit = p.choices.exam, p.choices.timeLimit()
	if assignment {
		if !p.mayTake() {
			p.problem = p.noAttemptsLeft()
			return p, nil
		}
		if p.student == "" {
			return p, p.askName()
		}
		as := p.assigned
		so = quiz.SessionOptions{N: as.Questions, Seed: as.Seed(p.student, p.cfg.Pack.ID, p.cfg.Article.ID)}
		cfg.Exam, cfg.TimeLimit, cfg.Assigned, cfg.CarryOnOnly = as.Exam(), as.TimeLimit(), true, as.OnlyToCarryOn()
	}
	sess, err := quiz.NewSession(p.cfg.Article.Questions, so)
	if err != nil {
		p.problem = common.CleanError(err.Error())
		return p, nil
	}
	cfg.Session = sess
	q := New(cfg, p.theme)
	q.Update(tea.WindowSizeMsg{Width: p.width, Height: p.height})
	return q, q.Init()
}

// labelHelp says what the help key does next: "more keys", or "close
// help" when it would close the full help.
func (p *StartPanel) labelHelp() {
	p.keys.Help.SetHelp("?", common.HelpLabel(p.help, p.keys))
}
