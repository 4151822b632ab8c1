package ui

import (
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"brief/content"
	"brief/ui/internal/uitest"
	"brief/ui/reader"
)

// probe wraps the root model in a running program and reports the view
// once a condition on the model holds. The condition is checked inside
// Update, on the program's goroutine, so the test never reads the model
// while the program changes it.
type probe struct {
	m    *Model
	mu   sync.Mutex
	cond func(*Model) bool
	hit  chan string
	// size is the terminal's size as the test last set it. Bubble Tea
	// sends the starting size from a goroutine of its own, which a busy
	// machine can run after the test has resized: that late message is
	// taken as the size the terminal has now, as a real terminal's
	// would be.
	size *tea.WindowSizeMsg
}

func (p *probe) Init() tea.Cmd { return p.m.Init() }

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	p.mu.Lock()
	if _, ok := msg.(tea.WindowSizeMsg); ok && p.size != nil {
		msg = *p.size
	}
	p.mu.Unlock()
	_, cmd := p.m.Update(msg)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cond != nil && p.cond(p.m) {
		p.cond = nil
		p.hit <- p.m.View().Content
	}
	return p, cmd
}

func (p *probe) View() tea.View { return p.m.View() }

// program is a model running in teatest.
type program struct {
	t  *testing.T
	tm *teatest.TestModel
	p  *probe
}

// start runs the model in a test program of the given size.
func start(t *testing.T, m *Model, width, height int, opts ...tea.ProgramOption) *program {
	p := &probe{m: m, hit: make(chan string, 1)}
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(width, height), teatest.WithProgramOptions(opts...))
	return &program{t: t, tm: tm, p: p}
}

// await sends messages and returns the view once cond holds.
func (pr *program) await(cond func(*Model) bool, msgs ...tea.Msg) string {
	pr.t.Helper()
	pr.p.mu.Lock()
	pr.p.cond = cond
	for _, msg := range msgs {
		if size, ok := msg.(tea.WindowSizeMsg); ok {
			pr.p.size = &size
		}
	}
	pr.p.mu.Unlock()
	for _, msg := range msgs {
		pr.tm.Send(msg)
	}
	select {
	case v := <-pr.p.hit:
		return v
	case <-time.After(10 * time.Second):
		pr.t.Fatal("the program never reached the expected state")
		return ""
	}
}

// stop quits the program and returns everything it wrote.
func (pr *program) stop() []byte {
	pr.t.Helper()
	pr.tm.Send(keyPress("q"))
	out, err := io.ReadAll(pr.tm.FinalOutput(pr.t, teatest.WithFinalTimeout(10*time.Second)))
	if err != nil {
		pr.t.Fatal(err)
	}
	return out
}

// settled reports whether every reader has finished rendering for its
// current width.
func settled(m *Model) bool {
	if m.width == 0 {
		return false
	}
	for _, e := range m.stack {
		if r, ok := e.screen.(*reader.Screen); ok && !r.State().Rendered {
			return false
		}
	}
	return true
}

// topReader is what the reader on top shows; it is the zero State when
// the reader is not on top.
func topReader(m *Model) reader.State {
	if r, ok := m.top().screen.(*reader.Screen); ok {
		return r.State()
	}
	return reader.State{}
}

func TestGoldenViews(t *testing.T) {
	tests := map[string]struct {
		home          bool
		style         string // the Glamour style; notty (ASCII) if empty
		width, height int
		// keepANSI keeps the styling in the golden file, where it is the
		// point (search highlights).
		keepANSI bool
		// steps are sent one after the other, each waiting for its
		// condition before the next.
		steps []step
	}{
		"reader 80x24": {width: 80, height: 24},
		"reader 40x12": {width: 40, height: 12},
		"resize 80x24 to 40x12": {width: 80, height: 24, steps: []step{
			{msgs: []tea.Msg{tea.WindowSizeMsg{Width: 40, Height: 12}}, cond: func(m *Model) bool { return topReader(m).TextWidth == 40 }},
		}},
		"next section 80x24": {width: 80, height: 24, steps: []step{
			{msgs: keyPresses("]"), cond: func(m *Model) bool { return topReader(m).Section == 1 }},
		}},
		"next section 40x12": {width: 40, height: 12, steps: []step{
			{msgs: keyPresses("]"), cond: func(m *Model) bool { return topReader(m).Section == 1 }},
		}},
		"contents 80x24": {width: 80, height: 24, steps: []step{
			{msgs: keyPresses("]", "t", "j"), cond: func(m *Model) bool { r := topReader(m); return r.Contents && r.ContentsCursor == 2 }},
		}},
		"search 80x24": {width: 80, height: 24, keepANSI: true, steps: []step{
			{msgs: append(append(keyPresses("/"), typeText("korea")...), keyPress("enter"), keyPress("n")), cond: func(m *Model) bool {
				return topReader(m).Match == 1
			}},
		}},
		"search 80x24 dark": {style: "dark", width: 80, height: 24, keepANSI: true, steps: []step{
			{msgs: append(append(keyPresses("/"), typeText("korea")...), keyPress("enter"), keyPress("n")), cond: func(m *Model) bool {
				return topReader(m).Match == 1
			}},
		}},
		"full help 80x24": {width: 80, height: 24, steps: []step{
			{msgs: keyPresses("?"), cond: func(m *Model) bool { return topReader(m).FullHelp }},
		}},
		"full help 40x12": {width: 40, height: 12, steps: []step{
			{msgs: keyPresses("?"), cond: func(m *Model) bool { return topReader(m).FullHelp }},
		}},
		"full help 40x10 page 2": {width: 40, height: 10, steps: []step{
			{msgs: keyPresses("?", "?"), cond: func(m *Model) bool { return topReader(m).HelpPage == 1 }},
		}},
		"contents 40x12 dark": {style: "dark", width: 40, height: 12, steps: []step{
			{msgs: keyPresses("t"), cond: func(m *Model) bool { return topReader(m).Contents }},
		}},
		"home 40x12 dark": {home: true, style: "dark", width: 40, height: 12},
		"home 80x24":      {home: true, width: 80, height: 24},
		"home 40x12":      {home: true, width: 40, height: 12},
		"too small 20x6":  {width: 20, height: 6},
	}
	for name, tc := range tests {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			m := newRoot(t, defaultPack(t), tc.home)
			if tc.style != "" {
				m = newStyledRoot(t, defaultPack(t), tc.home, tc.style)
			}
			pr := start(t, m, tc.width, tc.height)
			view := pr.await(settled, tea.WindowSizeMsg{Width: tc.width, Height: tc.height})
			for _, s := range tc.steps {
				view = pr.await(func(m *Model) bool { return settled(m) && s.cond(m) }, s.msgs...)
			}
			pr.stop()
			if !tc.keepANSI {
				view = ansi.Strip(view)
			}
			golden.RequireEqual(t, []byte(view))
		})
	}
}

// step is messages to send and the state they should lead to.
type step struct {
	msgs []tea.Msg
	cond func(*Model) bool
}

// TestNoColor runs the program as if on a 256-colour terminal
// (TTY_FORCE makes the colour profile treat the test's output as one).
func TestNoColor(t *testing.T) {
	tests := map[string]struct {
		env        []string
		style      string
		wantColour bool
		wantStyle  string
	}{
		"colour terminal":           {[]string{"TERM=xterm-256color", "TTY_FORCE=1"}, "auto", true, "dark"},
		"NO_COLOR":                  {[]string{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"}, "auto", false, "notty"},
		"NO_COLOR with a set style": {[]string{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"}, "dracula", false, "dracula"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			p := defaultPack(t)
			m, err := New(Config{Packs: []*content.Pack{p}, Article: p.Articles[0].ID, Style: tc.style})
			if err != nil {
				t.Fatal(err)
			}
			pr := start(t, m, 80, 24, tea.WithEnvironment(tc.env))
			pr.await(func(m *Model) bool {
				return settled(m) && m.theme.Markdown.Style() == tc.wantStyle
			}, tea.WindowSizeMsg{Width: 80, Height: 24})
			out := pr.stop()
			if got := uitest.ColourSGR.Match(out); got != tc.wantColour {
				t.Errorf("colour written = %v, want %v (first: %q)", got, tc.wantColour, uitest.ColourSGR.Find(out))
			}
			if !strings.Contains(ansi.Strip(string(out)), "Vostochny") {
				t.Error("the article text was not written")
			}
		})
	}
}
