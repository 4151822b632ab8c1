package content

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestRenderWrapsToWidthWithoutPadding(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Articles[0]
	for _, style := range []string{"dark", "light", "notty", "ascii"} {
		for _, width := range []int{40, 60, 80, 120} {
			r, err := NewRenderer(style)
			if err != nil {
				t.Fatal(err)
			}
			out, err := r.Render(a.Document(), width)
			if err != nil {
				t.Fatal(err)
			}
			plain := strings.Join(strings.Fields(ansi.Strip(out)), " ")
			title := "Russia, North Korea leaders’ meeting under global spotlight"
			if style == "ascii" {
				title = "Russia, North Korea leaders' meeting under global spotlight"
			}
			if !strings.Contains(plain, title) {
				t.Errorf("%s/%d: title missing", style, width)
			}
			if !strings.Contains(plain, "Sochi in southern Russia.") {
				t.Errorf("%s/%d: last sentence missing", style, width)
			}
			for i, line := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(line); w > width {
					t.Errorf("%s/%d: line %d is %d wide: %q", style, width, i, w, line)
				}
				if strings.HasSuffix(ansi.Strip(line), " ") {
					t.Errorf("%s/%d: line %d keeps trailing padding: %q", style, width, i, line)
				}
			}
		}
	}
}

// The ascii style is for terminals that show nothing but ASCII: the
// article's own quotes, dashes and ellipses come out as ASCII too, and
// the other styles keep them as written.
func TestRenderASCIITypography(t *testing.T) {
	md := "North Korea’s “special operation” – a 10 000\u00a0km trip… — said Kim."
	tests := map[string]string{
		"ascii": `North Korea's "special operation" - a 10 000 km trip... -- said Kim.`,
		"notty": md,
	}
	for style, want := range tests {
		t.Run(style, func(t *testing.T) {
			r, err := NewRenderer(style)
			if err != nil {
				t.Fatal(err)
			}
			out, err := r.Render(md, 80)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(ansi.Strip(out)); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
			if style == "ascii" {
				for _, r := range ansi.Strip(out) {
					if r > 127 {
						t.Errorf("%q is not ASCII in %q", r, out)
					}
				}
			}
		})
	}
}

func TestRenderRefusesUnknownStyle(t *testing.T) {
	if _, err := NewRenderer("neon"); err == nil || !strings.Contains(err.Error(), "dracula") {
		t.Fatalf("want an error listing the styles, got %v", err)
	}
}

func TestTrimPadding(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"plain spaces":      {"text   \nmore ", "text\nmore"},
		"styled padding":    {"\x1b[38;5;252mtext\x1b[0m\x1b[38;5;252m    \x1b[0m", "\x1b[38;5;252mtext\x1b[0m"},
		"inner spaces kept": {"a  b", "a  b"},
		"empty line":        {"", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := TrimPadding(tc.in); got != tc.want {
				t.Errorf("TrimPadding(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDocumentEscapesTitleMarkdown(t *testing.T) {
	a := &Article{Title: "Q&A: [click](javascript:x) *now*", Sections: []Section{{Markdown: "Body."}}}
	r, _ := NewRenderer("notty")
	out, err := r.Render(a.Document(), 80)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ansi.Strip(out), "[click](javascript:x) *now*") {
		t.Errorf("title should render literally, got:\n%s", out)
	}
}
