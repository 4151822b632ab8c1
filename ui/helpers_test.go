package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/quiz/scores"
	"brief/ui/internal/uitest"
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

// driver runs the model without a terminal (see uitest.Driver).
type driver struct {
	*uitest.Driver
	tb testing.TB
	m  *Model
}

// newDriver drives m, delivering nothing yet.
func newDriver(tb testing.TB, m *Model) *driver {
	return &driver{tb: tb, m: m, Driver: uitest.NewDriver(tb, func(msg tea.Msg) tea.Cmd {
		_, cmd := m.Update(msg)
		return cmd
	})}
}

// drive makes a driver sized to width × height, with the first render
// and all background renders done.
func drive(tb testing.TB, m *Model, width, height int) *driver {
	d := newDriver(tb, m)
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

// send is the shared driver's Send, by its old name.
func (d *driver) send(msgs ...tea.Msg) { d.Send(msgs...) }

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
