package webimport

import (
	"strings"
	"testing"
)

// A page whose story sits in an element with a 4 MB class attribute
// still imports its story: the names extraction reads are bounded, so the
// page no longer takes seconds per pattern.
func TestHugeClassAttributeKeepsTheStory(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Huge attribute</title></head><body><div class="`)
	b.WriteString(strings.Repeat("a", 4_000_000-200))
	b.WriteString(`"><h1>Huge attribute</h1>`)
	for range 20 {
		b.WriteString("<p>A paragraph of the story, long enough to count as text that a reader would want to keep.</p>")
	}
	b.WriteString("</div></body></html>\n")
	a, err := ImportHTML("huge.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Huge attribute" || strings.Count(string(a.Markdown()), "A paragraph of the story") != 20 {
		t.Errorf("title %q; the story's 20 paragraphs are not all kept:\n%.500s", a.Title, a.Markdown())
	}
}

func TestClipHint(t *testing.T) {
	long := strings.Repeat("sidebar ", 300)
	tests := map[string]struct{ in, want string }{
		"short kept":           {"entry-content main", "entry-content main"},
		"cut at a space":       {long + "x", strings.TrimSpace(long[:maxHintLen])},
		"one long word is cut": {strings.Repeat("a", 5000), strings.Repeat("a", maxHintLen)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := clipHint(tc.in)
			if len(got) > maxHintLen || strings.TrimSpace(got) != tc.want {
				t.Errorf("clipHint = %d bytes %.40q…, want %d bytes", len(got), got, len(tc.want))
			}
		})
	}
}
