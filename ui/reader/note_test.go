package reader

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// statusLine is the footer's first line, the status, without styling.
func statusLine(d *driver) string {
	lines := strings.Split(ansi.Strip(d.view()), "\n")
	return lines[len(lines)-2]
}

// A note said once (] at the end: "Last section", or "Resumed where you
// left off") goes with the next move, jump or search, before its time
// is up: it would hide the section and the match count, and be wrong.
func TestReaderNoteGoesWithTheNextKey(t *testing.T) {
	t.Run("last section, then a search", func(t *testing.T) {
		d := readArticle(t, openStore(t), newFakeClock(), 80, 24)
		d.send(keyPresses("G", "]")...)
		if s := statusLine(d); !strings.Contains(s, lastSectionNote) {
			t.Fatalf("] at the end does not say so: %q", s)
		}
		d.send(keyPress("?"))
		d.send(keyPress("?"))
		if s := statusLine(d); !strings.Contains(s, lastSectionNote) {
			t.Errorf("opening the help took the note away: %q", s)
		}
		d.send(keyPress("g"))
		if s := statusLine(d); strings.Contains(s, lastSectionNote) {
			t.Errorf("at the top the footer still says %q", s)
		}
		d.send(keyPresses("G", "]")...)
		d.search("kim")
		if s := statusLine(d); strings.Contains(s, lastSectionNote) || !strings.Contains(s, "match 3/3") {
			t.Errorf("after a search from the end the footer is %q, want the last match's count", s)
		}
		d.send(keyPress("n"))
		if s := statusLine(d); !strings.Contains(s, "match 1/3") {
			t.Errorf("after n the footer is %q, want the first match's count", s)
		}
	})
	t.Run("resumed, then a search", func(t *testing.T) {
		st, c := openStore(t), newFakeClock()
		d := readArticle(t, st, c, 80, 24)
		d.send(keyPresses("]", "]", "j", "q")...)
		d = readArticle(t, st, c, 80, 24)
		if s := statusLine(d); !strings.Contains(s, resumedNote) {
			t.Fatalf("no note that the place was resumed: %q", s)
		}
		d.search("kim")
		if s := statusLine(d); strings.Contains(s, resumedNote) || !strings.Contains(s, "match ") {
			t.Errorf("after a search the footer is %q, want the match count", s)
		}
	})
}
