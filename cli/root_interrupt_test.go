package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"

	"brief/ui"
)

// ctrl+c alone says nothing, nor does a full screen a stop signal ended
// (the exit status says it); what could not be saved as brief quit is
// still said, and the program's own error too.
func TestInterruptedSaysOnlyWhatWentWrong(t *testing.T) {
	unsaved, broken := errors.New("2 answers not saved"), errors.New("terminal gone")
	// What Bubble Tea returns when a stop signal cancels its context.
	killed := fmt.Errorf("%w: %w", tea.ErrProgramKilled, context.Canceled)
	tests := map[string]struct {
		err  error
		want string
	}{
		"ctrl+c alone":        {errors.Join(nil, nil, ui.ErrInterrupted), ""},
		"ctrl+c with unsaved": {errors.Join(nil, unsaved, ui.ErrInterrupted), "brief: 2 answers not saved\n"},
		"ctrl+c with both":    {errors.Join(broken, unsaved, ui.ErrInterrupted), "brief: terminal gone\n2 answers not saved\n"},
		"killed alone":        {errors.Join(killed, nil), ""},
		"killed with unsaved": {errors.Join(killed, unsaved), "brief: 2 answers not saved\n"},
		"an error alone":      {broken, "brief: terminal gone\n"},
		"errors joined":       {errors.Join(broken, unsaved), "brief: terminal gone\n2 answers not saved\n"},
	}
	for name, tc := range tests {
		var out bytes.Buffer
		printError(&out, fang.Styles{}, tc.err)
		if out.String() != tc.want {
			t.Errorf("%s: printed %q, want %q", name, out.String(), tc.want)
		}
	}
}
