package content

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBigPack writes, straight into a library's folder as an install by a
// brief without indexes left it, a pack of articles articles, each with a
// GIFT file of questions questions of about pad bytes each.
func writeBigPack(tb testing.TB, dir string, articles, questions, pad int) {
	tb.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, ManifestName), []byte("id: big\ntitle: Big pack\nauthor: Ms Perera\nversion: 1.0.0\n"), 0o644)
	filler := strings.Repeat("lorem ip ", pad/9)
	for i := 1; i <= articles; i++ {
		name := fmt.Sprintf("a%02d", i)
		article := fmt.Sprintf("---\ntitle: Article %d\nbyline: A Writer\nsource: The Paper\n---\n\nSome words of the lead.\n\n## Part one\n\nMore words here.\n", i)
		var gift strings.Builder
		for j := 1; j <= questions; j++ {
			fmt.Fprintf(&gift, "::Q%d:: Question %d %s {=a ~b}\n\n", j, j, filler)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".md"), []byte(article), 0o644); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+GIFTSuffix), []byte(gift.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkLoadLibrary reads a library holding one pack at the limits
// (about 5,000 questions in GIFT files of about 4 MB), as every start of
// brief does for the home screen and `brief list`. "indexed" is the pack
// as an install leaves it; "unindexed" is its first read after an install
// by a brief that wrote no index: the pack is loaded whole, as every start
// did before, and its index written.
func BenchmarkLoadLibrary(b *testing.B) {
	for _, size := range []struct {
		name                     string
		articles, questions, pad int
	}{
		{"6x833", 6, 833, 4800},    // 4,998 questions, 6 files of 4 MB: 24 MB
		{"16x312", 16, 312, 12500}, // 4,992 questions, 16 files of 3.9 MB: 62 MB
	} {
		data := b.TempDir()
		dir := filepath.Join(data, LibraryDirName, "big")
		writeBigPack(b, dir, size.articles, size.questions, size.pad)
		load := func(b *testing.B) {
			packs, errs := LoadLibrary(data)
			if len(errs) > 0 || len(packs) != 1 || len(packs[0].Articles) != size.articles {
				b.Fatalf("LoadLibrary = %d packs, %v", len(packs), errs)
			}
		}
		b.Run(size.name+"/indexed", func(b *testing.B) {
			load(b) // writes the index
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				load(b)
			}
		})
		b.Run(size.name+"/unindexed", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				b.StopTimer()
				os.Remove(filepath.Join(dir, indexName))
				b.StartTimer()
				load(b)
			}
		})
	}
}
