package class

import (
	"charm.land/bubbles/v2/key"

	"brief/ui/common"
)

// KeyMap is the class screen's keys; it implements help.KeyMap.
type KeyMap struct {
	common.ScrollKeys
	NextTab, PrevTab key.Binding
	Open             key.Binding
	Sort             key.Binding
	Version          key.Binding
	Back             key.Binding
	Quit             key.Binding
	Help             key.Binding
}

// DefaultKeyMap returns the class screen's default keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		ScrollKeys: common.DefaultScrollKeys(),
		NextTab:    key.NewBinding(key.WithKeys("tab", "right", "l"), key.WithHelp("tab", "next table")),
		PrevTab:    key.NewBinding(key.WithKeys("shift+tab", "left", "h"), key.WithHelp("shift+tab", "previous table")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Sort:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Version:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "next pack version")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
	}
}

// ShortHelp is the class screen's one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.NextTab, k.Sort, k.Back, k.Quit, k.Help}
}

// FullHelp is the class screen's help in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageDown, k.PageUp, k.Top, k.Bottom}, {k.Open, k.NextTab, k.PrevTab, k.Sort, k.Version, k.Back, k.Quit, k.Help}}
}
