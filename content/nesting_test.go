package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTooDeeplyNested(t *testing.T) {
	var deepList, indentedList, orderedList strings.Builder
	for level := range 10000 {
		deepList.WriteString(strings.Repeat("  ", level) + "- item\n")
	}
	for level := range 25 {
		indentedList.WriteString(strings.Repeat("    ", level) + "* item\n")
		orderedList.WriteString(strings.Repeat("   ", level) + "1. item\n")
	}
	article, err := os.ReadFile(filepath.Join("defaultpack", "russia-dprk-summit-2023.md"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		md   string
		want bool
	}{
		"10,000 quote markers":          {strings.Repeat(">", 10000) + " deep\n", true},
		"10,000 spaced quote markers":   {strings.Repeat("> ", 10000) + "deep\n", true},
		"10,000-deep indented list":     {deepList.String(), true},
		"10,000 list markers on a line": {strings.Repeat("- ", 10000) + "deep\n", true},
		"25-deep four-space list":       {indentedList.String(), true},
		"25-deep ordered list":          {orderedList.String(), true},
		"quotes and lists mixed":        {strings.Repeat("> - ", 11) + "deep\n", true},
		"21 quote levels":               {strings.Repeat(">", 21) + " deep\n", true},
		"20 quote levels":               {strings.Repeat(">", 20) + " deep\n", false},
		"default article":               {string(article), false},
		"ordinary lists":                {"- a\n  - b\n    - c\n- d\n1. e\n2. f\n   1. g\n", false},
		"many sibling items":            {strings.Repeat("- item\n", 5000), false},
		"long thematic break":           {strings.Repeat("* ", 40) + "\n", false},
		"quotes inside a fence":         {"```\n" + strings.Repeat(">", 50) + "\n```\n", false},
		"numbers that are not lists":    {"2023. A year.\n" + strings.Repeat("1.5 ", 30) + "\n", false},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := TooDeeplyNested(c.md); got != c.want {
				t.Errorf("TooDeeplyNested = %v, want %v", got, c.want)
			}
		})
	}
}

func TestPlainFallback(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"markers kept":              {"> > quote\n- item\n", "> > quote\n- item\n"},
		"backtick fence replaced":   {"a\n```\nb\n", "a\nˋˋˋ\nb\n"},
		"indented long fence":       {"   `````go\n", "   ˋˋˋˋˋgo\n"},
		"tilde fence replaced":      {"~~~~\n", "˜˜˜˜\n"},
		"inline backticks kept":     {"a ``` b and `code`\n", "a ``` b and `code`\n"},
		"four-space indent kept":    {"    ```\n", "    ```\n"},
		"escape sequences cleaned":  {"a\x1b]0;x\a```\n", "a```\n"},
		"last line without newline": {"```", "ˋˋˋ"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := PlainFallback(c.in); got != c.want {
				t.Errorf("PlainFallback(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
