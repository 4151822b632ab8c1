package common

import (
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// A narrow one-line help takes a hint's short words before it drops the
// hint, keeps the help key over the keys ranked below it, and says when
// even the essential keys had to be cut.
func TestFitHintsShortensBeforeDropping(t *testing.T) {
	h := NewKeyHelp(PlainStyles())
	hints := []Hint{
		{Binding: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to question")), Short: "open"},
		{Binding: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "hand in"))},
		{Binding: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close list")), Rank: 3},
		{Binding: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")), Rank: HelpRank},
	}
	tests := map[int]struct {
		want  string
		whole bool
	}{
		80: {"enter go to question | S hand in | esc close list | ? more keys", true},
		38: {"enter open | S hand in | ? more", true},
		22: {"enter open | S hand in", true},
		12: {"enter ope...", false},
	}
	for w, tc := range tests {
		got, whole := TryFitHints(h, w, hints)
		if got = ansi.Strip(got); got != tc.want || whole != tc.whole {
			t.Errorf("at %d: %q (whole %v), want %q (%v)", w, got, whole, tc.want, tc.whole)
		}
	}
}
