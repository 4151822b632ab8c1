package cli

import (
	"bytes"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Under --style ascii the full screen's text reaches the terminal in
// ASCII, each stand-in one column wide like what it stands for, so that
// nothing the screen laid out moves; escape sequences pass as they are,
// and a character split between writes (as a frame's bytes may be) is
// neither cut nor lost.
func TestASCIIOutputKeepsTheLayout(t *testing.T) {
	frame := "\x1b[1mRussia, North Korea leaders’ meeting\x1b[m · “quoted” — 12–13 Sept… •\u00a0x\r\n"
	for split := range len(frame) + 1 {
		var got bytes.Buffer
		w := asciiOutput(&got)
		if _, err := w.Write([]byte(frame[:split])); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(frame[split:])); err != nil {
			t.Fatal(err)
		}
		want := "\x1b[1mRussia, North Korea leaders' meeting\x1b[m - \"quoted\" - 12-13 Sept. * x\r\n"
		if got.String() != want {
			t.Fatalf("split at byte %d: got %q, want %q", split, got.String(), want)
		}
		if ansi.StringWidth(got.String()) != ansi.StringWidth(frame) {
			t.Fatalf("split at byte %d: the width changed from %d to %d", split, ansi.StringWidth(frame), ansi.StringWidth(got.String()))
		}
	}
	var other bytes.Buffer
	w := asciiOutput(&other)
	w.Write([]byte("café, Кремль, 日本"))
	if other.String() != "café, Кремль, 日本" {
		t.Errorf("letters of other scripts changed: %q", other.String())
	}
}
