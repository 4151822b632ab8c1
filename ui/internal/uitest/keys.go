package uitest

import (
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// Key makes the key press a key name stands for, in the names
// tea.KeyPressMsg.String gives.
func Key(name string) tea.KeyPressMsg {
	special := map[string]tea.KeyPressMsg{
		"enter":      {Code: tea.KeyEnter},
		"space":      {Code: tea.KeySpace, Text: " "},
		"tab":        {Code: tea.KeyTab},
		"shift+tab":  {Code: tea.KeyTab, Mod: tea.ModShift},
		"up":         {Code: tea.KeyUp},
		"down":       {Code: tea.KeyDown},
		"left":       {Code: tea.KeyLeft},
		"right":      {Code: tea.KeyRight},
		"shift+up":   {Code: tea.KeyUp, Mod: tea.ModShift},
		"shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
		"backspace":  {Code: tea.KeyBackspace},
		"esc":        {Code: tea.KeyEscape},
		"pgup":       {Code: tea.KeyPgUp},
		"pgdown":     {Code: tea.KeyPgDown},
		"ctrl+s":     {Code: 's', Mod: tea.ModCtrl},
		"ctrl+f":     {Code: 'f', Mod: tea.ModCtrl},
		"ctrl+l":     {Code: 'l', Mod: tea.ModCtrl},
		"f1":         {Code: tea.KeyF1},
	}
	if k, ok := special[name]; ok {
		return k
	}
	r := []rune(name)
	if len(r) != 1 {
		panic("unknown key " + name)
	}
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// Type is the key presses that type a text.
func Type(text string) []string {
	var out []string
	for _, r := range text {
		if r == ' ' {
			out = append(out, "space")
		} else {
			out = append(out, string(r))
		}
	}
	return out
}

// Press sends keys to a screen, following it when it gives way to
// another, and returns the screen on top and the last command.
func Press(s common.Screen, keys ...string) (common.Screen, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		s, cmd = s.Update(Key(k))
	}
	return s, cmd
}

// KeyPress turns a key name ("j", "space", "enter", "esc", "ctrl+c") into a
// key press.
func KeyPress(k string) tea.KeyPressMsg {
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

// KeyPresses turns key names into messages.
func KeyPresses(names ...string) []tea.Msg {
	msgs := make([]tea.Msg, len(names))
	for i, n := range names {
		msgs[i] = KeyPress(n)
	}
	return msgs
}

// TypeText is the key presses that type a text.
func TypeText(s string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range s {
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return msgs
}
