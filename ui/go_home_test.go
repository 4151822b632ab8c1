package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/ui/common"
)

// `brief read FILE` has no home beneath the reader: an exam left over it
// says its note (the clock is paused) in the reader's footer instead.
func TestLeavingAnExamWithoutHomeSaysSoInTheReader(t *testing.T) {
	pr := start(t, newRoot(t, defaultPack(t), false), 80, 24)
	pr.await(settled, tea.WindowSizeMsg{Width: 80, Height: 24})
	pr.await(func(m *Model) bool { return strings.Contains(m.View().Content, "clock paused") },
		common.HomeMsg{Note: "Exam left, not handed in · clock paused"})
	pr.stop()
}
