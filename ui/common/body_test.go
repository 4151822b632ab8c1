package common

import (
	"slices"
	"testing"
)

// A screen draws the body lines in view exactly as it gave them: not
// padded to the width, and from where Update scrolled them.
func TestShownIsTheLinesInViewAsGiven(t *testing.T) {
	vp := NewBody()
	vp.SetWidth(20)
	vp.SetHeight(2)
	vp.SetContentLines([]string{"one", "two", "three", "four"})
	vp.ScrollDown(1)
	if got, want := Shown(&vp), []string{"two", "three"}; !slices.Equal(got, want) {
		t.Errorf("shown %q, want %q", got, want)
	}
	vp.GotoBottom()
	if got, want := Shown(&vp), []string{"three", "four"}; !slices.Equal(got, want) {
		t.Errorf("at the bottom shown %q, want %q", got, want)
	}
}
