package common

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
)

// Laid out narrow, the full help becomes fewer columns, not a cut one.
func TestFullHelpColumns(t *testing.T) {
	e := func(k, d string) HelpEntry { return HelpEntry{k, d} }
	groups := [][]HelpEntry{{e("a", "one"), e("bb", "two")}, {e("c", "three")}, {e("d", "four")}}
	tests := map[string]struct {
		width int
		want  []string
	}{
		"groups side by side": {40, []string{"a  one    c three    d four", "bb two"}},
		"flowed in two":       {20, []string{"a  one  c three", "bb two  d four"}},
		"one a line":          {12, []string{"a one", "bb two", "c three", "d four"}},
		"cut when too narrow": {4, []string{"a on", "bb t", "c th", "d fo"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := FullHelpLines(help.Styles{}, groups, tc.width)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("lines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
