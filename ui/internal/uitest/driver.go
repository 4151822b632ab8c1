package uitest

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Driver runs a model without a terminal: it delivers messages, runs the
// commands they return and delivers what those return, until nothing is
// left. Commands run one after another, so a resize waits out its
// debounce tick before the render it triggers. The root's tests and the
// reader's (on a small host standing in for the root) share it.
type Driver struct {
	tb     testing.TB
	update func(tea.Msg) tea.Cmd
	Quit   bool      // a command asked the program to quit
	Queue  []tea.Msg // messages not yet delivered
}

// NewDriver drives the model whose Update is update.
func NewDriver(tb testing.TB, update func(tea.Msg) tea.Cmd) *Driver {
	return &Driver{tb: tb, update: update}
}

// Send delivers messages in order and settles after each.
func (d *Driver) Send(msgs ...tea.Msg) {
	d.tb.Helper()
	for _, msg := range msgs {
		d.Queue = append(d.Queue, msg)
		d.Settle()
	}
}

// Settle processes the queue and everything the commands produce.
func (d *Driver) Settle() {
	for steps := 0; len(d.Queue) > 0; steps++ {
		if steps > 10000 {
			d.tb.Fatal("model never settled")
		}
		msg := d.Queue[0]
		d.Queue = d.Queue[1:]
		d.Run(d.update(msg))
	}
}

// Run executes a command and queues its result.
func (d *Driver) Run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.Run(c)
		}
	case tea.QuitMsg:
		d.Quit = true
	default:
		d.Queue = append(d.Queue, msg)
	}
}
