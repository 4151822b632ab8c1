package reader

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// resizeSetup is the 100x article fully rendered at 80x24 and scrolled to
// its middle, ready to be resized.
func resizeSetup(b *testing.B) (*host, *Screen) {
	m := newRoot(b, longPack(b, 100), false)
	d := drive(b, m, 80, 24)
	r := d.reader()
	r.goToSection(len(r.art.Sections) / 2)
	if !r.complete() {
		b.Fatal("setup did not render the whole article")
	}
	return m, r
}

// BenchmarkResize100x measures a resize of the 100x article, from the
// settled size (the debounce tick) to the view showing the text at the
// new width: rendering the sections in view, rebuilding, View. Each
// iteration resizes to a width whose text is not cached.
func BenchmarkResize100x(b *testing.B) {
	m, r := resizeSetup(b)
	widths := []int{60, 70}
	i := 0
	for b.Loop() {
		w := widths[i%2]
		i++
		delete(r.cache, w)
		m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		_, cmd := m.Update(resizeTickMsg{seq: r.resizeSeq})
		m.Update(cmd())
		m.View()
		if r.doc.width != w {
			b.Fatalf("text at width %d after resize to %d", r.doc.width, w)
		}
	}
}

// BenchmarkRenderVisible100x renders just the sections a resize of the
// 100x article to 60 columns renders: the Glamour work a resize cannot
// avoid, to compare BenchmarkResize100x with.
func BenchmarkRenderVisible100x(b *testing.B) {
	_, r := resizeSetup(b)
	a := r.topAnchor()
	job := r.job(60, a.section, len(r.art.Sections))
	job.fill, job.skip = r.vp.Height(), a.frac
	for b.Loop() {
		job.run()
	}
}

// BenchmarkSpliceSections100x is the cost in Update of splicing rendered
// sections into the 100x article's text (done as background renders
// arrive): rebuilding the document and handing it to the viewport.
func BenchmarkSpliceSections100x(b *testing.B) {
	_, r := resizeSetup(b)
	for b.Loop() {
		r.rebuild()
	}
}

// BenchmarkScroll100x is a key press that scrolls the 100x article and
// the frame drawn after it.
func BenchmarkScroll100x(b *testing.B) {
	m, _ := resizeSetup(b)
	down, up := keyPress("space"), keyPress("b")
	i := 0
	for b.Loop() {
		k := down
		if i%2 == 1 {
			k = up
		}
		i++
		m.Update(k)
		m.View()
	}
}
