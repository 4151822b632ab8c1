package content

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// headings writes n "## " sections, the heading of section i being name(i).
func headings(n int, name func(i int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("## " + name(i) + "\n\nSome text.\n\n")
	}
	return b.String()
}

func TestSplitSectionsSlugs(t *testing.T) {
	const many = 100000 // took 16 s when each slug was checked against every earlier one
	tests := map[string]struct {
		body string
		want func(i int) string // the slug of section i
	}{
		"distinct headings": {
			body: headings(many, func(i int) string { return "S" + strconv.Itoa(i) }),
			want: func(i int) string { return "s" + strconv.Itoa(i) },
		},
		"one heading repeated": {
			body: headings(many, func(int) string { return "S" }),
			want: func(i int) string {
				if i == 0 {
					return "s"
				}
				return "s-" + strconv.Itoa(i+1)
			},
		},
		"a heading that looks like a suffix keeps its slug": {
			body: "## S 2\n\n## S\n\n## S\n\n## S\n",
			want: func(i int) string { return []string{"s-2", "s", "s-3", "s-4"}[i] },
		},
		"the lead takes its slug only when it has text": {
			body: "Lead text.\n\n## Lead\n\n## \n\n## !!\n",
			want: func(i int) string { return []string{"lead", "lead-2", "section", "section-2"}[i] },
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			sections := splitSections(tc.body, 1)
			seen := map[string]bool{}
			for i, s := range sections {
				if want := tc.want(i); s.Slug != want {
					t.Fatalf("section %d (%q) has slug %q, want %q", i, s.Heading, s.Slug, want)
				}
				if seen[s.Slug] {
					t.Fatalf("slug %q is used twice", s.Slug)
				}
				seen[s.Slug] = true
			}
		})
	}
	if got := splitSections("## A\n\n## A\n", 1); !slices.EqualFunc(got, []string{"a", "a-2"}, func(s Section, slug string) bool { return s.Slug == slug }) {
		t.Errorf("slugs %v", got)
	}
}

// BenchmarkManySections splits an article of 100,000 sections whose
// headings are all the same: finding each a free slug must stay linear.
func BenchmarkManySections(b *testing.B) {
	body := headings(100000, func(int) string { return "S" })
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		splitSections(body, 1)
	}
}

// A heading-like line inside a code fence is code, however the fence is
// written: a ~~~ fence holding a line of backticks stays one fence.
func TestSectionsIgnoreHeadingsInFences(t *testing.T) {
	tests := map[string]struct {
		body string
		want []string // section headings, "" for the lead
	}{
		"backtick fence":                {"Lead.\n\n```\n## not a heading\n```\n\n## Real\n\nText.\n", []string{"", "Real"}},
		"tilde fence holding backticks": {"Lead.\n\n~~~\n```\n## not a heading\n~~~\n\n## Real\n\nText.\n", []string{"", "Real"}},
		"longer closing fence":          {"Lead.\n\n````\n```\n## not a heading\n`````\n\n## Real\n", []string{"", "Real"}},
		"indented code is not a fence":  {"Lead.\n\n    ```\n\n## Real\n\nText.\n", []string{"", "Real"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var got []string
			for _, s := range splitSections(tc.body, 1) {
				got = append(got, s.Heading)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("sections = %q, want %q", got, tc.want)
			}
		})
	}
}
