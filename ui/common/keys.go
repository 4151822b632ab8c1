package common

import "charm.land/bubbles/v2/key"

// ScrollKeys are the keys that move through a long text, the same in
// every screen that scrolls (the reader, the stats).
type ScrollKeys struct {
	Up, Down         key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
}

func DefaultScrollKeys() ScrollKeys {
	return ScrollKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageDown: key.NewBinding(key.WithKeys("space", "pgdown", "f"), key.WithHelp("space", "page down")),
		PageUp:   key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b", "page up")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
	}
}
