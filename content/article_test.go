package content

import (
	"strings"
	"testing"
	"time"
)

func TestParseArticleFrontMatterAndSections(t *testing.T) {
	src := "---\n" +
		"id: budget-2024\n" +
		"title: \"Budget: what changed\"\n" +
		"byline: A. Writer\n" +
		"source: The Paper\n" +
		"published: 2024-02-01\n" +
		"language: en\n" +
		"tags: [economy, tax]\n" +
		"---\n" +
		"The lead paragraph.\n\n" +
		"## Taxes\n\nIncome tax rose.\n\n" +
		"```\n## not a heading inside a fence\n```\n\n" +
		"## Taxes\n\nA second section with the same heading.\n"
	a, err := ParseArticle("budget.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "budget-2024" || a.Title != "Budget: what changed" || a.Byline != "A. Writer" || a.Source != "The Paper" || a.Language != "en" {
		t.Errorf("front matter read wrong: %+v", a)
	}
	if !a.Published.Equal(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published = %v", a.Published)
	}
	if strings.Join(a.Tags, ",") != "economy,tax" {
		t.Errorf("tags = %v", a.Tags)
	}
	var slugs []string
	for _, s := range a.Sections {
		slugs = append(slugs, s.Slug)
	}
	if got := strings.Join(slugs, ","); got != "lead,taxes,taxes-2" {
		t.Fatalf("sections = %s, want lead,taxes,taxes-2", got)
	}
	if a.Sections[0].Line != 10 || a.Sections[1].Line != 12 {
		t.Errorf("section lines = %d, %d; want 10, 12", a.Sections[0].Line, a.Sections[1].Line)
	}
	if !strings.Contains(a.Sections[1].Markdown, "## not a heading inside a fence") {
		t.Errorf("a fenced ## line must stay in its section")
	}
	if i, ok := a.SectionIndex("Taxes"); !ok || i != 1 {
		t.Errorf("SectionIndex(Taxes) = %d, %v", i, ok)
	}
	if i, ok := a.SectionIndex("lead"); !ok || i != 0 {
		t.Errorf("SectionIndex(lead) = %d, %v", i, ok)
	}
	// The lead goes by the title every screen gives it, too.
	if i, ok := a.SectionIndex("introduction"); !ok || i != 0 {
		t.Errorf("SectionIndex(introduction) = %d, %v", i, ok)
	}
	if _, ok := a.SectionIndex("Nowhere"); ok {
		t.Error("SectionIndex found a section that is not there")
	}
}

func TestParseArticleIDDefaultsToFileName(t *testing.T) {
	a, err := ParseArticle("dir/My Article.md", []byte("---\ntitle: T\n---\nBody.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "my-article" {
		t.Errorf("id = %q, want my-article", a.ID)
	}
}

func TestParseArticleErrorsAreLocated(t *testing.T) {
	tests := map[string]struct {
		src  string
		want string
	}{
		"no front matter":   {"Just text.\n", "a.md:1:1: missing front matter"},
		"unclosed":          {"---\ntitle: T\nBody\n", "a.md:1:1: front matter is not closed"},
		"missing title":     {"---\nbyline: X\n---\nBody\n", "a.md:2:1: front matter: title is missing"},
		"unknown key":       {"---\ntitle: T\nauthor: X\n---\n", `a.md:3:1: front matter: unknown key "author"`},
		"bad date":          {"---\ntitle: T\npublished: yesterday\n---\n", `a.md:3:12: front matter: published "yesterday" is not a date`},
		"bad id":            {"---\nid: Bad Id\ntitle: T\n---\n", `a.md:2:5: front matter: id "Bad Id"`},
		"tags not a list":   {"---\ntitle: T\ntags: x\n---\n", "a.md:3:7: front matter: tags must be a list"},
		"yaml syntax":       {"---\ntitle: \"a\" b\n---\n", "a.md:2:1: front matter: did not find expected key"},
		"twice":             {"---\ntitle: T\ntitle: U\n---\n", `a.md:3:1: front matter: "title" is given twice`},
		"invalid utf-8":     {"---\ntitle: T\n---\nab\xffcd\n", "a.md:4:3: the file is not valid UTF-8 text"},
		"not a mapping":     {"---\n- a\n- b\n---\n", "front matter must be a mapping"},
		"empty front block": {"---\n---\nBody\n", "front matter is empty"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ParseArticle("a.md", []byte(tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestFrontMatterUnclosedValueIsLocatedWhereItOpens(t *testing.T) {
	tests := map[string]struct {
		front string // between the --- lines, starting on line 2 of the file
		want  string
	}{
		"double quote": {"title: \"Unclosed\nbyline: X\n",
			"broken.md:2:8: front matter: the quoted value that starts here is never closed: end it with \""},
		"single quote on a later line": {"title: T\nbyline: 'Jane\n",
			"broken.md:3:9: front matter: the quoted value that starts here is never closed: end it with '"},
		"escaped quote does not close": {"title: \"He said \\\"no\\\"\nbyline: X\n",
			"broken.md:2:8: front matter: the quoted value that starts here is never closed"},
		"doubled single quote does not close": {"title: 'It''s\n",
			"broken.md:2:8: front matter: the quoted value that starts here is never closed: end it with '"},
		"apostrophe inside a plain value is no quote": {"title: It's here\nbyline: \"Jane\n",
			"broken.md:3:9: front matter: the quoted value"},
		"closed quotes before the open one": {"title: \"Fine\"\nsource: 'Also fine'\nbyline: \"Jane\n",
			"broken.md:4:9: front matter: the quoted value"},
		"list": {"title: T\ntags: [politics, asia\nbyline: X\n",
			"broken.md:3:7: front matter: the [ list that starts here is never closed: end it with ]"},
		"quote inside a list": {"title: T\ntags: [politics, \"asia]\n",
			"broken.md:3:18: front matter: the quoted value that starts here is never closed"},
		"quote in a comment is skipped": {"# the \"title\ntitle: \"T\n",
			"broken.md:3:8: front matter: the quoted value"},
		"sequence item": {"tags:\n  - \"asia\ntitle: T\n",
			"broken.md:3:5: front matter: the quoted value"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ParseArticle("broken.md", []byte("---\n"+tc.front+"---\nBody.\n"))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v\nwant it to contain %q", err, tc.want)
			}
		})
	}
}

func TestFindUnclosedSkipsBlockText(t *testing.T) {
	tests := map[string]struct {
		text      string
		found     bool
		line, col int
	}{
		"quotes inside block text": {"note: |\n  It's \"odd\n  really\ntitle: \"T\n", true, 4, 8},
		"folded block":             {"note: >-\n  a [b\ntitle: T\n", false, 0, 0},
		"everything closed":        {"title: \"T\"\ntags: [a, 'b']\n", false, 0, 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			o, ok := findUnclosed([]byte(tc.text))
			if ok != tc.found || ok && (o.line != tc.line || o.col != tc.col) {
				t.Errorf("findUnclosed = %+v, %v; want line %d col %d, %v", o, ok, tc.line, tc.col, tc.found)
			}
		})
	}
}

func TestParseArticleRefusesHugeFile(t *testing.T) {
	big := make([]byte, MaxFileSize+1)
	_, err := ParseArticle("big.md", big)
	if err == nil || err.Error() != "big.md:1:1: file is 4.1 MiB, over the limit of 4 MiB for an article" {
		t.Errorf("err = %v", err)
	}
}

func TestArticleHostileTitleIsCleaned(t *testing.T) {
	a, err := ParseArticle("a.md", []byte("---\ntitle: \"Safe\\e]0;owned\\a title\\e[2J\"\n---\nBody\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(a.Title, 0x1b) || strings.ContainsRune(a.Title, 7) || !strings.Contains(a.Title, "Safe") || !strings.Contains(a.Title, "title") {
		t.Errorf("title = %q", a.Title)
	}
}

// TestFrontMatterParserErrorIsAtItsLine: yaml.v3 counts the lines of its
// parser's errors from 0; the message names the line of the mistake.
func TestFrontMatterParserErrorIsAtItsLine(t *testing.T) {
	_, err := ParseArticle("broken.md", []byte("---\ntitle: A\n- b\n---\nBody.\n"))
	want := "broken.md:3:1: front matter: did not find expected key"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}
