package stats

import (
	"charm.land/bubbles/v2/key"

	"brief/ui/common"
)

// KeyMap is the stats screen's keys; it implements help.KeyMap.
type KeyMap struct {
	common.ScrollKeys
	History key.Binding // the attempt history, from the stats
	Open    key.Binding // an article or attempt of the history
	Back    key.Binding
	Help    key.Binding
	Quit    key.Binding
}

// DefaultKeyMap returns the stats screen's default keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		ScrollKeys: common.DefaultScrollKeys(),
		History:    key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp is the stats screen's one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.PageDown, k.Open, k.History, k.Back, k.Help}
}

// FullHelp is the stats screen's help in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageDown, k.PageUp}, {k.Top, k.Bottom, k.Open, k.History}, {k.Back, k.Help, k.Quit}}
}
