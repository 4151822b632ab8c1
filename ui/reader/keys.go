package reader

import (
	"strconv"

	"charm.land/bubbles/v2/key"

	"brief/ui/common"
)

// KeyMap is the reader's keys; it implements help.KeyMap. Bindings
// that do not apply (going back from the first screen, the quiz of an
// article without questions, match keys with no search) are disabled, so
// help never offers them.
type KeyMap struct {
	common.ScrollKeys
	HalfPageDown, HalfPageUp key.Binding
	NextSection, PrevSection key.Binding
	Contents                 key.Binding
	Search                   key.Binding
	NextMatch, PrevMatch     key.Binding
	ClearSearch              key.Binding
	Quiz                     key.Binding
	Back                     key.Binding
	Help                     key.Binding
	Quit                     key.Binding
}

// DefaultKeyMap returns the reader's default keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		ScrollKeys:   common.DefaultScrollKeys(),
		HalfPageDown: key.NewBinding(key.WithKeys("d", "ctrl+d"), key.WithHelp("d", "half page down")),
		HalfPageUp:   key.NewBinding(key.WithKeys("u", "ctrl+u"), key.WithHelp("u", "half page up")),
		NextSection:  key.NewBinding(key.WithKeys("]", "n"), key.WithHelp("]/n", "next section")),
		PrevSection:  key.NewBinding(key.WithKeys("[", "p"), key.WithHelp("[/p", "previous section")),
		Contents:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "contents")),
		Search:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/prev match"), key.WithDisabled()),
		PrevMatch:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match"), key.WithDisabled()),
		ClearSearch:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search"), key.WithDisabled()),
		Quiz:         key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "quiz"), key.WithDisabled()),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back"), key.WithDisabled()),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:         key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// SetSearching switches n between next section and next match: while a
// search is active n, N and esc act on the matches.
func (k *KeyMap) SetSearching(on bool, canGoBack bool) {
	k.NextMatch.SetEnabled(on)
	k.PrevMatch.SetEnabled(on)
	k.ClearSearch.SetEnabled(on)
	k.Back.SetEnabled(!on && canGoBack)
	if on {
		k.NextSection.SetKeys("]")
		k.NextSection.SetHelp("]", "next section")
	} else {
		k.NextSection.SetKeys("]", "n")
		k.NextSection.SetHelp("]/n", "next section")
	}
}

// ShortHelp is the reader's one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	// Back comes early: where the reader was opened from another screen,
	// the way back matters more than the reader's own keys.
	return []key.Binding{k.NextSection, k.NextMatch, k.ClearSearch, k.Back, k.Contents, k.Search, k.Quiz, k.Help, k.Quit}
}

// FullHelp is the reader's help in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageDown, k.PageUp, k.HalfPageDown, k.HalfPageUp, k.Top, k.Bottom},
		{k.NextSection, k.PrevSection, k.Contents},
		{k.Search, k.NextMatch, k.ClearSearch},
		{k.Quiz, k.Back, k.Help, k.Quit},
	}
}

// TOCKeyMap is the keys of the table of contents; it implements help.KeyMap.
type TOCKeyMap struct {
	Up, Down key.Binding
	Jump     key.Binding
	Number   key.Binding // a section's number goes straight to it
	Close    key.Binding
	Quit     key.Binding
}

// DefaultTOCKeyMap returns the table of contents' default keys.
func DefaultTOCKeyMap() TOCKeyMap {
	return TOCKeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Jump:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to section")),
		Number: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "jump")),
		Close:  key.NewBinding(key.WithKeys("esc", "t"), key.WithHelp("esc", "close")),
		Quit:   key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// setSections limits the number keys to the sections there are: "1-4".
func (k *TOCKeyMap) setSections(n int) {
	n = min(n, 9)
	k.Number.SetEnabled(n > 0)
	if n <= 0 {
		return
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = strconv.Itoa(i + 1)
	}
	k.Number.SetKeys(keys...)
	if n == 1 {
		k.Number.SetHelp("1", "jump")
	} else {
		k.Number.SetHelp("1-"+keys[n-1], "jump")
	}
}

// ShortHelp is the table of contents' one-line help.
func (k TOCKeyMap) ShortHelp() []key.Binding {
	// The keys that choose come first: a narrow footer drops hints from
	// the end, before the last two.
	return []key.Binding{k.Number, k.Jump, k.Up, k.Down, k.Close, k.Quit}
}

// FullHelp is the table of contents' help in columns.
func (k TOCKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Jump, k.Number}, {k.Close, k.Quit}}
}

// SearchKeyMap is the keys while typing a search; it implements help.KeyMap.
type SearchKeyMap struct {
	Submit key.Binding
	Cancel key.Binding
}

// DefaultSearchKeyMap returns the search prompt's default keys.
func DefaultSearchKeyMap() SearchKeyMap {
	return SearchKeyMap{
		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// ShortHelp is the search prompt's one-line help.
func (k SearchKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Submit, k.Cancel} }

// FullHelp is the search prompt's help in columns.
func (k SearchKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
