package stats

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/ui/common"
)

// On a wide terminal the stats draw in the same centred column as home
// and the quiz, not across the whole width.
func TestStatsAreCentredOnAWideTerminal(t *testing.T) {
	s := statsScreen(t, statsFixture(), 200, 60)
	margin := (200 - common.MaxScreenWidth) / 2
	for i, line := range strings.Split(ansi.Strip(s.View()), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		first := len(line) - len(strings.TrimLeft(line, " "))
		if first < margin || ansi.StringWidth(strings.TrimRight(line, " ")) > margin+common.MaxScreenWidth {
			t.Errorf("line %d runs outside the centred column [%d, %d): %q", i, margin, margin+common.MaxScreenWidth, line)
		}
	}
}
