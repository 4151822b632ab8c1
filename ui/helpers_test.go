package ui

import (
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"brief/content"
)

// defaultPack loads the embedded pack.
func defaultPack(tb testing.TB) *content.Pack {
	tb.Helper()
	p, err := content.Default()
	if err != nil {
		tb.Fatalf("load embedded pack: %v", err)
	}
	return p
}

// longPack is the embedded pack with its article made n times longer:
// every section repeated n times.
func longPack(tb testing.TB, n int) *content.Pack {
	tb.Helper()
	p := defaultPack(tb)
	a := *p.Articles[0]
	a.Sections = nil
	for range n {
		a.Sections = append(a.Sections, p.Articles[0].Sections...)
	}
	long := *p
	long.Articles = []*content.Article{&a}
	return &long
}

// newModel builds a root model that opens the pack's first article in
// the reader, or the home screen when home is true.
func newRoot(tb testing.TB, p *content.Pack, home bool) *Model {
	tb.Helper()
	return newStyledRoot(tb, p, home, "notty")
}

// newStyledRoot is newRoot with a Glamour style.
func newStyledRoot(tb testing.TB, p *content.Pack, home bool, style string) *Model {
	tb.Helper()
	cfg := Config{Packs: []*content.Pack{p}, Style: style}
	if !home {
		cfg.Article = p.Articles[0].ID
	}
	m, err := New(cfg)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return m
}

// press turns a key name ("j", "space", "enter", "esc", "ctrl+c") into a
// key press.
func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	r, _ := utf8.DecodeRuneInString(k)
	return tea.KeyPressMsg{Code: r, Text: k}
}

// keys turns key names into messages.
func keyPresses(names ...string) []tea.Msg {
	msgs := make([]tea.Msg, len(names))
	for i, n := range names {
		msgs[i] = keyPress(n)
	}
	return msgs
}

// typed is the key presses that type a text.
func typeText(s string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range s {
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return msgs
}

// driver runs a model without a terminal: it delivers messages, runs the
// commands they return and delivers what those return, until nothing is
// left. Commands run one after another, so a resize waits out its
// debounce tick before the render it triggers.
type driver struct {
	tb    testing.TB
	m     *Model
	quit  bool
	queue []tea.Msg
}

// drive makes a driver sized to width × height, with the first render
// and all background renders done.
func drive(tb testing.TB, m *Model, width, height int) *driver {
	d := &driver{tb: tb, m: m}
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

// send delivers messages in order and settles after each.
func (d *driver) send(msgs ...tea.Msg) {
	d.tb.Helper()
	for _, msg := range msgs {
		d.queue = append(d.queue, msg)
		d.settle()
	}
}

// settle processes the queue and everything the commands produce.
func (d *driver) settle() {
	for steps := 0; len(d.queue) > 0; steps++ {
		if steps > 10000 {
			d.tb.Fatal("model never settled")
		}
		msg := d.queue[0]
		d.queue = d.queue[1:]
		_, cmd := d.m.Update(msg)
		d.run(cmd)
	}
}

// run executes a command and queues its result.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		d.queue = append(d.queue, msg)
	}
}

// reader is the reader on top of the stack; it fails the test if the top
// screen is something else.
func (d *driver) reader() *reader {
	d.tb.Helper()
	r, ok := d.m.top().screen.(*reader)
	if !ok {
		d.tb.Fatalf("top screen is %T, not the reader", d.m.top().screen)
	}
	return r
}

// view is the root view's text.
func (d *driver) view() string { return d.m.View().Content }
