package content

import (
	"brief/internal/sanitize"
	"fmt"
	"strings"
	"testing"

	"charm.land/glamour/v2"
)

// seedDocument is the embedded article as plain output renders it.
func seedDocument(b *testing.B) string {
	b.Helper()
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	return p.Articles[0].Document()
}

// longDocument is the seed with every section repeated 100 times.
func longDocument(b *testing.B) string {
	b.Helper()
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, s := range p.Articles[0].Sections {
		for range 100 {
			sb.WriteString(s.Markdown)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkRender renders the article through brief's renderer (sanitize,
// Glamour, filter, trim), each width with its own cached renderer, as the
// reader does on a resize.
func BenchmarkRender(b *testing.B) {
	benchRenderers(b, func(b *testing.B, width int) func(string) (string, error) {
		r, err := NewRenderer("dark")
		if err != nil {
			b.Fatal(err)
		}
		return func(md string) (string, error) { return r.Render(md, width) }
	})
}

// BenchmarkRenderPlain renders as printing into a pipe does: the dark
// style's layout without its colours (NewPlainRenderer).
func BenchmarkRenderPlain(b *testing.B) {
	benchRenderers(b, func(b *testing.B, width int) func(string) (string, error) {
		r, err := NewPlainRenderer("dark")
		if err != nil {
			b.Fatal(err)
		}
		return func(md string) (string, error) { return r.Render(md, width) }
	})
}

// BenchmarkRenderBareGlamour is the same work with Glamour alone: the
// baseline BenchmarkRender is compared against.
func BenchmarkRenderBareGlamour(b *testing.B) {
	benchRenderers(b, func(b *testing.B, width int) func(string) (string, error) {
		tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(width))
		if err != nil {
			b.Fatal(err)
		}
		return tr.Render
	})
}

// benchRenderers times a renderer, made once per width, on the seed and
// the 100x article at widths 60, 80 and 120.
func benchRenderers(b *testing.B, newRender func(b *testing.B, width int) func(string) (string, error)) {
	for _, doc := range []struct {
		name string
		text func(*testing.B) string
	}{{"seed", seedDocument}, {"100x", longDocument}} {
		md := doc.text(b)
		for _, width := range []int{60, 80, 120} {
			b.Run(fmt.Sprintf("%s/width=%d", doc.name, width), func(b *testing.B) {
				render := newRender(b, width)
				b.SetBytes(int64(len(md)))
				for b.Loop() {
					if _, err := render(md); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkRenderHostile renders each of hostileMarkdown as `brief read
// --plain` does. Before boundMarkdown the slowest of these took minutes
// and gigabytes, or crashed with a fatal stack overflow.
func BenchmarkRenderHostile(b *testing.B) {
	r, err := NewRenderer("notty")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range hostileMarkdown {
		b.Run(strings.ReplaceAll(c.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(c.md)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.Render(c.md, 80); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBoundMarkdown is what the limits add to each render of a real
// article: a scan of the 100x article that changes nothing.
func BenchmarkBoundMarkdown(b *testing.B) {
	md := sanitize.Text(longDocument(b))
	b.SetBytes(int64(len(md)))
	b.ReportAllocs()
	for b.Loop() {
		if boundMarkdown(md) != md {
			b.Fatal("the article changed")
		}
	}
}
