package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/internal/sanitize"
	"brief/internal/sanitize/sanitizetest"
)

// renderSafely runs text through the whole pipeline a reader sees:
// sanitize.Text, Glamour, sanitize.Rendered.
func renderSafely(t testing.TB, markdown string) string {
	t.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(sanitize.Text(markdown))
	if err != nil {
		t.Fatal(err)
	}
	return sanitize.Rendered(out)
}

func TestRenderedHostileInputsAreInert(t *testing.T) {
	for inputName, in := range sanitizetest.HostileInputs {
		for placeName, place := range sanitizetest.Placements {
			t.Run(inputName+" in "+placeName, func(t *testing.T) {
				markdown := place.Wrap(in.Payload)
				if place.Title {
					markdown = "# " + sanitize.Line(markdown) + "\n\nBody.\n"
				}
				got := renderSafely(t, markdown)
				if v := sanitizetest.RenderedViolation(got); v != "" {
					t.Errorf("rendered output has %s:\n%q", v, got)
				}
				for _, bad := range append([]string{"\a", "\r", "\u009b", "\x1b]52;", "\x1b]0;", "\x1b[2J"}, in.Forbidden...) {
					if strings.Contains(got, bad) {
						t.Errorf("rendered output contains %q:\n%q", bad, got)
					}
				}
				visible := ansi.Strip(got)
				for _, word := range []string{"before", "after"} {
					if !strings.Contains(visible, word) {
						t.Errorf("rendered output lost %q:\n%s", word, visible)
					}
				}
			})
		}
	}
}

func TestRenderedLinksOnlyToWebAndMail(t *testing.T) {
	cases := map[string]struct {
		markdown string
		text     string
		linked   bool
	}{
		"javascript URL":  {"See [x](javascript:alert(1)) now.", "x", false},
		"file URL":        {"See [y](file:///etc/passwd) now.", "y", false},
		"data URL":        {"See [w](data:text/html,hi) now.", "w", false},
		"autolinked file": {"See <file:///etc/shadow> now.", "file:///etc/shadow", false},
		"https URL":       {"See [z](https://example.org) now.", "z", true},
		"mailto URL":      {"See [m](mailto:teacher@example.org) now.", "m", true},
		"escape in URL":   {"See [e](https://example.org/&#27;]0;x&#7;) now.", "e", true},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got := renderSafely(t, c.markdown)
			if v := sanitizetest.RenderedViolation(got); v != "" {
				t.Errorf("rendered output has %s:\n%q", v, got)
			}
			if linked := strings.Contains(got, "\x1b]8;") && strings.Count(got, "\x1b]8;") > strings.Count(got, "\x1b]8;;\a"); linked != c.linked {
				t.Errorf("link kept = %v, want %v:\n%q", linked, c.linked, got)
			}
			for _, scheme := range []string{"javascript:", "file:", "data:"} {
				if strings.Contains(got, "\x1b]8;") && strings.Contains(oscTargets(got), scheme) {
					t.Errorf("output links to a %s URL:\n%q", scheme, got)
				}
			}
			if !strings.Contains(ansi.Strip(got), c.text) {
				t.Errorf("link text %q not shown:\n%s", c.text, ansi.Strip(got))
			}
		})
	}
}

// oscTargets joins the bodies of all OSC sequences in s.
func oscTargets(s string) string {
	var targets []string
	for {
		i := strings.Index(s, "\x1b]")
		if i < 0 {
			return strings.Join(targets, " ")
		}
		s = s[i+2:]
		end := strings.IndexAny(s, "\a\x1b")
		if end < 0 {
			end = len(s)
		}
		targets = append(targets, s[:end])
	}
}

func TestDeepNestingFallbackStaysInItsFence(t *testing.T) {
	markdown := strings.Repeat(">", 30) + " deep\n\n```\n~~~\n   ````` \nafter the fence\n"
	if !TooDeeplyNested(markdown) {
		t.Fatal("30 levels of quotes not detected")
	}
	got := renderSafely(t, "```\n"+PlainFallback(markdown)+"\n```\n")
	visible := ansi.Strip(got)
	for _, want := range []string{strings.Repeat(">", 30) + " deep", "after the fence"} {
		if !strings.Contains(visible, want) {
			t.Errorf("plain fallback lost %q:\n%s", want, visible)
		}
	}
	// Inside a code block Glamour shows ">" and the text after it in the
	// code colour; had the fence closed early, "after the fence" would be
	// styled as a paragraph on its own margin instead.
	codeStyled := renderSafely(t, "```\nafter the fence\n```\n")
	if !strings.Contains(got, firstStyledLine(codeStyled, "after the fence")) {
		t.Errorf("text after an inner fence is not rendered as code:\n%q", got)
	}
}

// firstStyledLine returns the rendered line of s that shows text.
func firstStyledLine(s, text string) string {
	for line := range strings.Lines(s) {
		if strings.Contains(ansi.Strip(line), text) {
			return strings.TrimSpace(strings.TrimRight(line, "\n"))
		}
	}
	return "\x00not found"
}

func BenchmarkCleanRendered(b *testing.B) {
	files, err := filepath.Glob("defaultpack/*.md")
	if err != nil || len(files) == 0 {
		b.Fatalf("no default article: %v", err)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		b.Fatal(err)
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		b.Fatal(err)
	}
	rendered, err := r.Render(string(data) + "\n\nSee [z](https://example.org) and [x](file:///etc/passwd).\n")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(rendered)))
	for b.Loop() {
		sanitize.Rendered(rendered)
	}
}
