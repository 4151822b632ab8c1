package main

import (
	"strings"
	"testing"
)

// Help at an 80-column terminal wraps its descriptions between words,
// beside the names, rather than running to the edge, where the terminal
// would break them mid-word under the names.
func TestEndToEndHelpFitsTheTerminal(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"quiz", "--help"}, {"help", "class"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			s := startTmux(t, 80, 60, nil, args...)
			s.exitStatus()
			screen := s.tmux("capture-pane", "-p", "-t", "0", "-S", "-200")
			// Every line of fang's help is indented; a line that is not
			// is the rest of one the terminal broke at its edge.
			for _, line := range strings.Split(screen, "\n") {
				if line != "" && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "[brief exited") {
					t.Errorf("a line was broken at the terminal's edge, its rest:\n%s\nscreen:\n%s", line, screen)
				}
			}
			if !strings.Contains(screen, "FLAGS") {
				t.Errorf("no help on screen:\n%s", screen)
			}
		})
	}
}
