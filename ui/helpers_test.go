package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/reader"
)

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
func (d *driver) reader() *reader.Screen {
	d.tb.Helper()
	r, ok := d.m.top().screen.(*reader.Screen)
	if !ok {
		d.tb.Fatalf("top screen is %T, not the reader", d.m.top().screen)
	}
	return r
}

// view is the root view's text.
func (d *driver) view() string { return d.m.View().Content }

// newRootWithStore is the home screen of the default pack, saving to st.
func newRootWithStore(t *testing.T, st *scores.Store) *Model {
	t.Helper()
	m, err := New(Config{Packs: []*content.Pack{defaultPack(t)}, Style: "notty", Store: st})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
