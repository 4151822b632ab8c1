package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/content"
	"brief/ui/common"
)

func TestHomeOpensTheSelectedArticle(t *testing.T) {
	tests := map[string]struct {
		pack      string // Config.Pack
		keys      []string
		wantTitle string
	}{
		"first article":           {"", []string{"enter"}, "Russia, North Korea"},
		"down then enter":         {"", []string{"j", "enter"}, "First article"},
		"G goes to the last":      {"", []string{"G", "enter"}, "Second article"},
		"up stops at the top":     {"", []string{"k", "k", "enter"}, "Russia, North Korea"},
		"down stops at the end":   {"", []string{"j", "j", "j", "j", "enter"}, "Second article"},
		"starts on a chosen pack": {"other", []string{"enter"}, "First article"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := New(Config{Packs: twoPacks(t), Pack: tc.pack, Style: "notty"})
			if err != nil {
				t.Fatal(err)
			}
			d := drive(t, m, 80, 24)
			d.send(keyPresses(tc.keys...)...)
			r := d.reader()
			if !strings.HasPrefix(r.Article().Title, tc.wantTitle) {
				t.Errorf("opened %q, want %q", r.Article().Title, tc.wantTitle)
			}
			if !strings.Contains(ansi.Strip(d.view()), tc.wantTitle) {
				t.Errorf("reader does not show the title:\n%s", ansi.Strip(d.view()))
			}
		})
	}
}

func TestHomeListsArticles(t *testing.T) {
	m, err := New(Config{
		Packs: twoPacks(t), Style: "notty",
		Status: func(p *content.Pack, a *content.Article) string {
			if a.ID == "second" {
				return "best 7/10"
			}
			return ""
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	d := drive(t, m, 100, 40)
	v := ansi.Strip(d.view())
	p := defaultPack(t)
	a := p.Articles[0]
	for _, want := range []string{p.Title, "Other pack", a.Title, a.Byline, a.Source, common.ReadingTime(a), "best 7/10"} {
		if !strings.Contains(v, want) {
			t.Errorf("home lacks %q:\n%s", want, v)
		}
	}
	if n := len(a.Questions); n > 1 && !strings.Contains(v, fmt.Sprintf("%d questions", n)) {
		t.Errorf("home does not count the %d questions:\n%s", n, v)
	}
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "Second article") && !strings.HasSuffix(strings.TrimRight(l, " "), "best 7/10") {
			t.Errorf("status note not at the end of its article's line: %q", l)
		}
	}
}

func TestHomeKeepsTheCursorInView(t *testing.T) {
	packs := twoPacks(t)
	for i := range 20 {
		a := *packs[1].Articles[0]
		a.ID, a.Title = a.ID+string(rune('a'+i)), "Extra "+string(rune('A'+i))
		packs[1].Articles = append(packs[1].Articles, &a)
	}
	m, err := New(Config{Packs: packs, Style: "notty"})
	if err != nil {
		t.Fatal(err)
	}
	d := drive(t, m, 60, 12)
	d.send(keyPress("G"))
	if v := ansi.Strip(d.view()); !strings.Contains(v, "> Extra T") || !strings.Contains(v, "Other pack") {
		t.Errorf("the last article is selected but not shown under its pack's title:\n%s", v)
	}
	d.send(keyPress("g"))
	if v := ansi.Strip(d.view()); !strings.Contains(v, "> Russia") {
		t.Errorf("the first article is selected but not shown:\n%s", v)
	}
}

// On a short screen the selected article's pack stays named: its
// heading is kept above the article or pinned to the top of the list.
func TestHomeKeepsThePackHeading(t *testing.T) {
	packs := twoPacks(t)
	for i := range 6 {
		a := *packs[1].Articles[0]
		a.ID, a.Title = a.ID+string(rune('a'+i)), "Extra "+string(rune('A'+i))
		packs[1].Articles = append(packs[1].Articles, &a)
	}
	tests := map[string]struct {
		keys      []string
		wantPack  string
		wantTitle string
	}{
		"first article":           {nil, "Current affairs starter pack", "> Russia"},
		"first, full help open":   {[]string{"?"}, "Current affairs starter pack", "> Russia"},
		"deep in the second pack": {[]string{"j", "j", "j", "j", "j"}, "Other pack", "> Extra C"},
		"last, full help open":    {[]string{"G", "?"}, "Other pack", "> Extra F"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			m, err := New(Config{Packs: packs, Style: "notty"})
			if err != nil {
				t.Fatal(err)
			}
			d := drive(t, m, 40, 12)
			d.send(keyPresses(tc.keys...)...)
			v := ansi.Strip(d.view())
			if !strings.Contains(v, tc.wantTitle) || !strings.Contains(v, tc.wantPack) {
				t.Errorf("want %q under %q:\n%s", tc.wantTitle, tc.wantPack, v)
			}
			if strings.Index(v, tc.wantPack) > strings.Index(v, tc.wantTitle) {
				t.Errorf("the pack's heading is below the article:\n%s", v)
			}
		})
	}
}

// Scrolled on a short screen, the list never shows an article's byline
// without its title above it, nor a pack's heading without an article
// title under it.
func TestHomeShowsNoOrphanLines(t *testing.T) {
	keys := []string{"j", "j", "j", "k", "k", "k", "G", "g"}
	for _, size := range [][2]int{{40, 12}, {40, 10}, {60, 14}, {40, 9}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, err := New(Config{Packs: twoPacks(t), Style: "notty"})
			if err != nil {
				t.Fatal(err)
			}
			d := drive(t, m, size[0], size[1])
			for i := 0; i <= len(keys); i++ {
				if i > 0 {
					d.send(keyPress(keys[i-1]))
				}
				lines := strings.Split(ansi.Strip(d.view()), "\n")
				for n, l := range lines {
					if strings.Contains(l, "Fazli") && (n == 0 || strings.TrimSpace(lines[n-1]) == "") {
						t.Errorf("after %v a byline shows without its title:\n%s", keys[:i], strings.Join(lines, "\n"))
					}
					if strings.Contains(l, "Other pack") {
						below := strings.Join(lines[n:], "\n")
						if !strings.Contains(below, "First article") && !strings.Contains(below, "Second article") {
							t.Errorf("after %v the pack's heading shows without an article:\n%s", keys[:i], strings.Join(lines, "\n"))
						}
					}
				}
			}
		})
	}
}
