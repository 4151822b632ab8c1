package cli

import (
	"bytes"
	"errors"
	"testing"

	"charm.land/fang/v2"

	"brief/ui"
)

// ctrl+c alone says nothing; what could not be saved as brief quit is
// still said, and the program's own error too.
func TestInterruptedSaysOnlyWhatWentWrong(t *testing.T) {
	unsaved, broken := errors.New("2 answers not saved"), errors.New("terminal gone")
	tests := map[string]struct {
		err  error
		want string
	}{
		"ctrl+c alone":        {errors.Join(nil, nil, ui.ErrInterrupted), ""},
		"ctrl+c with unsaved": {errors.Join(nil, unsaved, ui.ErrInterrupted), "brief: 2 answers not saved\n"},
		"ctrl+c with both":    {errors.Join(broken, unsaved, ui.ErrInterrupted), "brief: terminal gone\n2 answers not saved\n"},
	}
	for name, tc := range tests {
		var out bytes.Buffer
		printError(&out, fang.Styles{}, tc.err)
		if out.String() != tc.want {
			t.Errorf("%s: printed %q, want %q", name, out.String(), tc.want)
		}
	}
}
