package quiz

import (
	"testing"

	"charm.land/bubbles/v2/key"
)

// A widget acts only on keys its screen's help offers: every key a widget
// takes, but what a text input types, is a key of an enabled binding of
// the quiz's KeyMap.
func TestWidgetsActOnlyOnOfferedKeys(t *testing.T) {
	var names []string
	for c := 'a'; c <= 'z'; c++ {
		names = append(names, string(c), string(c-'a'+'A'))
	}
	for c := '0'; c <= '9'; c++ {
		names = append(names, string(c))
	}
	names = append(names, "space", "enter", "tab", "shift+tab", "up", "down", "left", "right",
		"shift+up", "shift+down", "backspace", "esc", "pgup", "pgdown")
	for _, id := range []string{"venue", "crucial-time", "timeline", "who-said-what", "summit-dates"} {
		t.Run(id, func(t *testing.T) {
			for _, name := range names {
				q := newTestQuiz(t, Config{}, id)
				w := q.widget()
				msg := qzKey(name)
				k := q.keys
				if w.typing() && typedKey(msg) && !key.Matches(msg, k.Submit) {
					continue // typed text and editing keys belong to the input
				}
				used, _, _ := w.handleKey(msg, &k)
				if !used {
					continue
				}
				offered := false
				for _, col := range k.FullHelp() {
					offered = offered || key.Matches(msg, col...)
				}
				if !offered {
					t.Errorf("%s acts on %q, which no enabled key of its help has", id, name)
				}
			}
		})
	}
}
