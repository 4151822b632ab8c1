package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/ui/common"
	"brief/ui/home"
)

// installedLibrary installs a pack of two articles, the second without
// questions, and returns the data directory and the pack's folder.
func installedLibrary(t *testing.T) (string, string) {
	t.Helper()
	src := filepath.Join(t.TempDir(), "week-3")
	os.Mkdir(src, 0o755)
	os.WriteFile(filepath.Join(src, "pack.yaml"), []byte("id: week-3\ntitle: Week 3\ndescription: Two articles.\nversion: 1.0.0\n"), 0o644)
	os.WriteFile(filepath.Join(src, "vote.md"), []byte("---\ntitle: The vote\nbyline: A. Writer\n---\n\nTurnout rose to 61 percent.\n\n## Counting\n\nIt took a night.\n"), 0o644)
	os.WriteFile(filepath.Join(src, "vote.quiz.yaml"), []byte(`questions:
  - id: turnout
    type: numeric
    level: recall
    prompt: What was the turnout, in percent?
    answer: 61
    explain: The article gives it.
    evidence: Turnout rose to 61 percent.
`), 0o644)
	os.WriteFile(filepath.Join(src, "wz-notes.md"), []byte("---\ntitle: Notes\n---\n\nNo questions here.\n"), 0o644)
	data := t.TempDir()
	if _, err := (content.Library{Dir: data}).Add(src); err != nil {
		t.Fatal(err)
	}
	return data, filepath.Join(data, content.LibraryDirName, "week-3")
}

// libraryPacks is the built-in pack and the installed ones as home gets
// them, partial, or made whole.
func libraryPacks(t *testing.T, data string, whole bool) []*content.Pack {
	t.Helper()
	installed, errs := content.LoadLibrary(data)
	if len(errs) > 0 || len(installed) != 1 || !installed[0].Articles[0].Partial() {
		t.Fatalf("LoadLibrary = %v, %v; want one partial pack", installed, errs)
	}
	if whole {
		if err := content.Complete(installed[0]); err != nil {
			t.Fatal(err)
		}
	}
	return append([]*content.Pack{defaultPack(t)}, installed...)
}

// Home looks the same whether the installed packs are partial, read from
// their index, or whole.
func TestHomeShowsPartialPacksAsWholeOnes(t *testing.T) {
	data, _ := installedLibrary(t)
	var views []string
	for _, whole := range []bool{false, true} {
		m, err := New(Config{Packs: libraryPacks(t, data, whole), Style: "notty"})
		if err != nil {
			t.Fatal(err)
		}
		d := drive(t, m, 80, 40)
		var v string
		for _, k := range []string{"j", "j", "z"} {
			d.send(keyPress(k))
			v += ansi.Strip(d.view())
		}
		views = append(views, v)
	}
	if views[0] != views[1] {
		t.Errorf("home with partial packs:\n%s\nwith whole packs:\n%s", views[0], views[1])
	}
	for _, want := range []string{"Week 3", "Two articles.", "The vote", "A. Writer - 1 min read - 1 question", "Notes", "no quiz", "This article has no quiz"} {
		if !strings.Contains(views[0], want) {
			t.Errorf("home lacks %q:\n%s", want, views[0])
		}
	}
}

// Opening an installed article reads it whole, then opens it; its quiz
// has its questions, and a pack that changed under brief says so on home.
func TestHomeReadsAnInstalledArticleWhenItIsOpened(t *testing.T) {
	data, dir := installedLibrary(t)
	packs := libraryPacks(t, data, false)
	vote := packs[1].Articles[0]

	m, _ := New(Config{Packs: packs, Style: "notty"})
	d := drive(t, m, 80, 24)
	d.send(keyPress("j"), keyPress("enter"))
	if vote.Partial() || !strings.Contains(ansi.Strip(d.view()), "Turnout rose to 61 percent.") {
		t.Fatalf("enter on an installed article did not open it whole:\n%s", ansi.Strip(d.view()))
	}
	if packs[1].Articles[1].Partial() != true {
		t.Error("opening one article read the others too")
	}

	// The key pressed twice while the article is read opens it once.
	m, _ = New(Config{Packs: libraryPacks(t, data, false), Style: "notty"})
	d = drive(t, m, 80, 24)
	d.send(keyPress("j"))
	h := m.top().screen.(*home.Screen)
	_, first := h.Update(keyPress("z"))
	_, second := h.Update(keyPress("z"))
	var sent []any
	for _, read := range []any{first(), second()} {
		if _, then := h.Update(read); then != nil {
			sent = append(sent, then())
		}
	}
	if len(sent) != 1 {
		t.Fatalf("z twice sent %d messages once read, want 1: %#v", len(sent), sent)
	}
	if msg, ok := sent[0].(common.StartQuizMsg); !ok || msg.Article.Partial() || len(msg.Article.Questions) != 1 {
		t.Errorf("z sent %#v, want the whole article's quiz", sent[0])
	}

	// A review asks questions of every article: r reads them all first.
	packs = libraryPacks(t, data, false)
	m, _ = New(Config{Packs: packs, Style: "notty"})
	d = drive(t, m, 80, 24)
	d.send(keyPress("r"))
	for _, a := range packs[1].Articles {
		if a.Partial() {
			t.Errorf("r left %s partial", a.ID)
		}
	}
	if v := ansi.Strip(d.view()); !strings.Contains(v, "No review: scores are not being saved") {
		t.Errorf("r without a store should say there is no review:\n%s", v)
	}

	m, _ = New(Config{Packs: libraryPacks(t, data, false), Style: "notty"})
	d = drive(t, m, 80, 24)
	os.Remove(filepath.Join(dir, "vote.md"))
	d.send(keyPress("j"), keyPress("enter"))
	if _, ok := m.top().screen.(*home.Screen); !ok {
		t.Fatalf("an article that is gone opened %T", m.top().screen)
	}
	if v := ansi.Strip(d.view()); !strings.Contains(v, "Cannot open it:") || !strings.Contains(v, "vote.md") {
		t.Errorf("home does not say why the article did not open:\n%s", v)
	}
}
