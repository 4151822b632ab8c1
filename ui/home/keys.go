package home

import "charm.land/bubbles/v2/key"

// KeyMap is the home screen's keys; it implements help.KeyMap.
type KeyMap struct {
	Up, Down    key.Binding
	Top, Bottom key.Binding
	Open        key.Binding
	Quiz        key.Binding
	Review      key.Binding
	Stats       key.Binding
	Help        key.Binding
	// CloseHelp closes the full help, as esc does on every screen; it is
	// not listed, the help key's own words say "close help".
	CloseHelp key.Binding
	Quit      key.Binding
}

// DefaultKeyMap returns the home screen's default keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:    key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom: key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		// ctrl+j is Enter pressed before the terminal was put in raw
		// mode, as a student quick off the mark presses it: the line
		// discipline has already made the return a newline.
		Open:   key.NewBinding(key.WithKeys("enter", "ctrl+j"), key.WithHelp("enter", "read")),
		Quiz:   key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "quiz")),
		Review: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "review")),
		Stats:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "stats")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Quit:   key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),

		CloseHelp: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close help")),
	}
}

// ShortHelp is the one-line help of the home screen.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Quiz, k.Review, k.Stats, k.Help, k.Quit}
}

// FullHelp is the home screen's help in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Open, k.Quiz, k.Review, k.Stats}, {k.Help, k.Quit}}
}
