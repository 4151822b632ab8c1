package ui

import (
	quizui "brief/ui/quiz"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"

	"brief/content"
	"brief/internal/sanitize/sanitizetest"
	"brief/ui/common"
)

// payload is what a hostile pack puts in every text it holds: a window
// title, a clipboard write, a screen clear, a C1 CSI, a bidi override and
// a zero-width space. In YAML double quotes it is written with escapes.
const (
	payloadYAML = `\e]0;PWNTITLE\a\e]52;c;UFdOQ0xJUA==\a\e[2J\u009b2J\u202eRLO\u200b`
	payloadRaw  = "\x1b]0;PWNTITLE\a\x1b]52;c;UFdOQ0xJUA==\a\x1b[2J\u009b2J\u202eRLO\u200b"
)

// hostilePack holds the payload in every field a screen shows: the pack's
// manifest, the article's front matter, headings and body, and every text
// of a question of each kind.
func hostilePack(t *testing.T) *content.Pack {
	t.Helper()
	p := payloadYAML
	files := fstest.MapFS{
		"pack.yaml": {Data: []byte("id: evil\ntitle: \"Pack " + p + "\"\ndescription: \"About " + p + "\"\nauthor: \"Ms " + p + "\"\nversion: 1.0.0\n")},
		"evil.md": {Data: []byte("---\ntitle: \"Title " + p + "\"\nbyline: \"By " + p + "\"\nsource: \"Source " + p + "\"\ntags: [\"tag " + p + "\"]\n---\n" +
			"Lead " + payloadRaw + " text.\n\n## Heading " + payloadRaw + "\n\nBody " + payloadRaw + " words.\n")},
		"evil.quiz.yaml": {Data: []byte(`questions:
  - id: choice
    type: choice
    level: recall
    prompt: "Prompt ` + p + `"
    options: ["Right ` + p + `", "Wrong ` + p + `"]
    answer: "Right ` + p + `"
    explain: "Why ` + p + `"
    evidence: "Body"
  - id: order
    type: order
    level: recall
    prompt: "Order ` + p + `"
    items: ["First ` + p + `", "Second ` + p + `"]
    explain: "Why ` + p + `"
  - id: match
    type: match
    level: recall
    prompt: "Match ` + p + `"
    pairs: {"Left ` + p + `": "Right ` + p + `", "Other": "Side"}
    explain: "Why ` + p + `"
  - id: cloze
    type: cloze
    level: recall
    text: "Fill [[gap]] here ` + p + `"
    explain: "Why ` + p + `"
`)},
	}
	pack, err := content.Load(files, "evil")
	if err != nil {
		t.Fatal(err)
	}
	return pack
}

// Text from a pack never reaches the terminal with a control sequence in
// it, on any screen: only the styling brief draws (SGR) and links to
// http(s) or mailto may be written. Display code takes text as it is, so
// this holds only because every text is cleaned where it enters.
func TestHostilePackTextIsSafeOnEveryScreen(t *testing.T) {
	pack := hostilePack(t)
	d := drive(t, newStyledRoot(t, pack, true, "dark"), 100, 40)
	check := func(screen string) {
		t.Helper()
		v := d.view()
		if bad := sanitizetest.RenderedViolation(v); bad != "" {
			t.Errorf("%s: %s", screen, bad)
		}
		for _, piece := range []string{"]0;", "PWNTITLE", "]52;", "UFdOQ0xJUA", "[2J"} {
			if strings.Contains(v, piece) {
				t.Errorf("%s shows %q of the payload", screen, piece)
			}
		}
	}
	check("home")
	d.send(keyPresses("?")...)
	check("home, full help")
	d.send(keyPresses("?", "enter")...)
	check("reader")
	d.send(keyPresses("t")...)
	check("reader, contents")

	// The quiz and its results, driven as the quiz tests drive them (the
	// quiz clock's ticks are not run), with feedback after each answer.
	a := pack.Articles[0]
	var screen common.Screen = quizui.New(QuizConfig{Pack: pack, Article: a, Session: sessionOf(t, a)}, testTheme())
	screen.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	checkScreen := func(name string) {
		t.Helper()
		v := screen.View()
		if bad := sanitizetest.RenderedViolation(v); bad != "" {
			t.Errorf("%s: %s", name, bad)
		}
		for _, piece := range []string{"]0;", "PWNTITLE", "]52;", "UFdOQ0xJUA", "[2J"} {
			if strings.Contains(v, piece) {
				t.Errorf("%s shows %q of the payload", name, piece)
			}
		}
	}
	checkScreen("quiz, first question")
	for i := range len(a.Questions) {
		screen, _ = qzPress(screen, "s")
		checkScreen(fmt.Sprintf("quiz, after skipping question %d", i+1))
		screen, _ = qzPress(screen, "enter")
		checkScreen(fmt.Sprintf("quiz, after question %d", i+1))
	}
	screen, _ = qzPress(screen, "r")
	checkScreen("results, review of the missed")
	screen.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	checkScreen("results at 40x12")
}
