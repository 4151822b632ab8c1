package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// d and u (and ctrl+d, ctrl+u) move half a page; at the end the footer
// says the article ends and offers its quiz; ] there says it is the last
// section rather than doing nothing.
func TestReaderHalfPagesAndTheEndOfTheArticle(t *testing.T) {
	pr := start(t, newRoot(t, defaultPack(t), false), 80, 24)
	pr.await(settled, tea.WindowSizeMsg{Width: 80, Height: 24})
	half := 0
	pr.await(func(m *Model) bool { half = topReader(m).Offset; return half > 2 }, keyPress("d"))
	pr.await(func(m *Model) bool { return topReader(m).Offset == 2*half }, tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl})
	pr.await(func(m *Model) bool { return topReader(m).Offset == half }, keyPress("u"))
	pr.await(func(m *Model) bool { return topReader(m).Offset == 0 }, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	end := pr.await(func(m *Model) bool { return strings.Contains(ansi.Strip(m.View().Content), "End of article") }, keyPress("G"))
	if !strings.Contains(ansi.Strip(end), "z: quiz, 37 questions") {
		t.Errorf("the end of the article does not offer its quiz:\n%s", ansi.Strip(end))
	}
	pr.await(func(m *Model) bool {
		return strings.Contains(ansi.Strip(m.View().Content), "Last section: the article ends here")
	}, keyPress("]"))
	pr.stop()
}
