package quiz

import "charm.land/bubbles/v2/key"

// startKeys are the start panel's keys; they implement help.KeyMap.
type startKeys struct {
	Up, Down    key.Binding // go between the rows
	Left, Right key.Binding // change the row's value
	Start       key.Binding // start with what is shown
	Back        key.Binding
	Help        key.Binding
	Quit        key.Binding
}

func defaultStartKeys() startKeys {
	return startKeys{
		Up:    key.NewBinding(key.WithKeys("up", "k", "shift+tab"), key.WithHelp("↑/k", "up")),
		Down:  key.NewBinding(key.WithKeys("down", "j", "tab"), key.WithHelp("↓/j", "down")),
		Left:  key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		Right: key.NewBinding(key.WithKeys("right", "l", "space"), key.WithHelp("→/l", "change")),
		Start: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Back:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:  key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Quit:  key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp is the one-line help: start, change, move, back.
func (k startKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Start, k.Right, k.Down, k.Back, k.Help}
}

// FullHelp is every key of the panel.
func (k startKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Left, k.Right}, {k.Start, k.Back, k.Help, k.Quit}}
}
