package common

import (
	"strings"
	"testing"
)

// A sparkline's day without answers must be told from every height, and
// be seen at all, in both glyph sets: under NO_COLOR or --style ascii
// the accuracy chart of a student who answered on one day of thirty was
// a single comma in a blank line, with a legend naming a blank.
func TestSparkNoValueIsVisibleAndDistinct(t *testing.T) {
	for name, g := range map[string]Glyphs{"unicode": UnicodeGlyphs, "ascii": ASCIIGlyphs} {
		if strings.TrimSpace(g.NoValue) == "" {
			t.Errorf("%s: the no-answers mark is blank", name)
		}
		if strings.ContainsAny(g.NoValue, string(g.Spark)) {
			t.Errorf("%s: the no-answers mark %q is also a height of %q", name, g.NoValue, string(g.Spark))
		}
		seen := map[rune]bool{}
		for _, r := range g.Spark {
			if seen[r] || r == ' ' {
				t.Errorf("%s: height %q is blank or repeated in %q", name, r, string(g.Spark))
			}
			seen[r] = true
		}
	}
}
