package common

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
)

// NewBody is the viewport of a screen's body (the quiz's, the results',
// home's list): it holds the lines and the scroll position, which the
// screen's Update moves with its own keys, so it has no keys or wheel of
// its own.
func NewBody() viewport.Model {
	vp := viewport.New()
	vp.KeyMap = viewport.KeyMap{}
	vp.MouseWheelEnabled = false
	return vp
}

// Shown is the body's lines in view, as they were given: the viewport's
// own View would pad each to its width, and the screens lay their lines
// out themselves.
func Shown(vp *viewport.Model) []string {
	lines := strings.Split(vp.GetContent(), "\n")
	start := min(vp.YOffset(), len(lines))
	return lines[start:min(len(lines), start+vp.Height())]
}
