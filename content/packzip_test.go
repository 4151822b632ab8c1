package content

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTestPack copies the embedded pack into a new folder under a new id
// and version, with a file the pack format does not know beside it.
func writeTestPack(t testing.TB, id, version string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := fs.ReadDir(DefaultFS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(DefaultFS(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == ManifestName {
			data = []byte("id: " + id + "\ntitle: Test pack\n# a comment the zip drops\nversion: " + version + "\n")
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("teacher's notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func packZipBytes(t *testing.T, dir string) ([]byte, Manifest) {
	t.Helper()
	var buf bytes.Buffer
	m, err := WritePackZip(dir, &buf)
	if err != nil {
		t.Fatalf("WritePackZip: %v", err)
	}
	return buf.Bytes(), m
}

func TestWritePackZipIsReproducible(t *testing.T) {
	dir := writeTestPack(t, "summit", "2.1.0")
	first, m := packZipBytes(t, dir)
	// Touch every file: the zip must depend on content, not on times.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		os.WriteFile(filepath.Join(dir, e.Name()), data, 0o600)
	}
	second, _ := packZipBytes(t, dir)
	if !bytes.Equal(first, second) {
		t.Fatal("packing the same folder twice gave different bytes")
	}
	if m.ID != "summit" || m.Version != "2.1.0" || !strings.HasPrefix(m.ContentHash, HashPrefix) {
		t.Errorf("manifest = %+v", m)
	}

	// Changing an article changes the hash.
	art := filepath.Join(dir, "russia-dprk-summit-2023.md")
	data, _ := os.ReadFile(art)
	os.WriteFile(art, append(data, []byte("\nOne more paragraph.\n")...), 0o644)
	_, m2 := packZipBytes(t, dir)
	if m2.ContentHash == m.ContentHash {
		t.Error("the content hash did not change with the article")
	}
}

func TestWritePackZipRefuses(t *testing.T) {
	tests := map[string]struct {
		setup func(t *testing.T) string
		want  string
	}{
		"a question file that does not load": {
			setup: func(t *testing.T) string {
				dir := writeTestPack(t, "broken", "1")
				os.WriteFile(filepath.Join(dir, "russia-dprk-summit-2023.quiz.yaml"), []byte("questions:\n  - id: x\n    type: choice\n"), 0o644)
				return dir
			},
			want: "russia-dprk-summit-2023.quiz.yaml:2:5: missing prompt",
		},
		"not a folder": {
			setup: func(t *testing.T) string {
				p := filepath.Join(t.TempDir(), "a.md")
				os.WriteFile(p, []byte("---\ntitle: x\n---\n"), 0o644)
				return p
			},
			want: "not a directory",
		},
		"missing": {
			setup: func(t *testing.T) string { return filepath.Join(t.TempDir(), "nope") },
			want:  "no such file",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := WritePackZip(tc.setup(t), &buf)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one saying %q", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Error("a refused pack still wrote bytes")
			}
		})
	}
}

// hostileEntry is one entry of a hand-made zip. raw entries are written
// with the sizes given, whatever the data really holds.
type hostileEntry struct {
	name     string
	data     []byte
	mode     fs.FileMode
	raw      bool
	declared uint64
}

func writeHostileZip(t *testing.T, entries []hostileEntry) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		if e.raw {
			compressed := deflate(t, e.data)
			hdr := &zip.FileHeader{
				Name: e.name, Method: zip.Deflate,
				CRC32:              crc32.ChecksumIEEE(e.data),
				CompressedSize64:   uint64(len(compressed)),
				UncompressedSize64: e.declared,
			}
			w, err := zw.CreateRaw(hdr)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(compressed)
			continue
		}
		hdr := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if e.mode != 0 {
			hdr.SetMode(e.mode)
		}
		w, err := zw.CreateHeader(hdr)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "hostile.brief.zip")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// deflate compresses data the way a zip entry holds it, by writing a zip
// and taking the entry's raw bytes back out.
func deflate(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("x")
	w.Write(data)
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.File[0].OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	out.ReadFrom(rc)
	return out.Bytes()
}

const okArticle = "---\ntitle: A\n---\n\nText.\n"

func TestHostileZipsAreRefused(t *testing.T) {
	bomb := bytes.Repeat([]byte("a"), 16<<20) // inflates to 16 MiB from a few KiB
	many := make([]hostileEntry, 2000)
	for i := range many {
		many[i] = hostileEntry{name: "a" + strings.Repeat("x", i%50) + string(rune('a'+i%26)) + ".md", data: []byte(okArticle)}
	}
	tests := map[string]struct {
		entries []hostileEntry
		want    string
		addWant string // when Add says more than Open
	}{
		"absolute path": {[]hostileEntry{{name: "/etc/a.md", data: []byte(okArticle)}}, "absolute path", ""},
		"dot dot":       {[]hostileEntry{{name: "../a.md", data: []byte(okArticle)}}, `".."`, ""},
		"symlink":       {[]hostileEntry{{name: "a.md", data: []byte("/etc/passwd"), mode: fs.ModeSymlink | 0o777}}, "link", ""},
		"duplicate": {[]hostileEntry{
			{name: "a.md", data: []byte(okArticle)},
			{name: "a.md", data: []byte(okArticle)},
		}, "appears twice", ""},
		"declares small, inflates huge": {[]hostileEntry{{name: "a.md", data: bomb, raw: true, declared: 100}}, "a.md:1:1: entry is damaged or inflates past the size it declares", "inflates past the size it declares"},
		"declares huge":                 {[]hostileEntry{{name: "a.md", data: []byte(okArticle), raw: true, declared: 1 << 40}}, "too large", ""},
		"too many entries":              {many, "at most", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			path := writeHostileZip(t, tc.entries)
			_, err := Open(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Open: err = %v, want one saying %q", err, tc.want)
			}
			lib := Library{Dir: t.TempDir()}
			want := tc.want
			if tc.addWant != "" {
				want = tc.addWant
			}
			if _, err := lib.Add(path); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("Add: err = %v, want one saying %q", err, want)
			}
			if packs, _ := lib.Packs(); len(packs) != 0 {
				t.Errorf("a hostile zip was installed")
			}
		})
	}
}

func TestWritePackZipLoads(t *testing.T) {
	dir := writeTestPack(t, "summit", "2.1.0")
	data, m := packZipBytes(t, dir)
	out := filepath.Join(t.TempDir(), "summit.brief.zip")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(zipTime) || f.Mode() != 0o644 {
			t.Errorf("%s: time %v mode %v, want fixed ones", f.Name, f.Modified, f.Mode())
		}
	}
	zr.Close()
	want := "pack.yaml russia-dprk-summit-2023.md russia-dprk-summit-2023.quiz.yaml"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("entries %q, want %q (sorted, only pack files)", got, want)
	}

	p, err := Open(out)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if p.ID != "summit" || p.Version != "2.1.0" || p.ContentHash != m.ContentHash {
		t.Errorf("loaded manifest %+v, want id summit, version 2.1.0, hash %s", p.Manifest, m.ContentHash)
	}
	if len(p.Articles) != 1 || len(p.Articles[0].Questions) == 0 {
		t.Errorf("loaded %d articles", len(p.Articles))
	}
}
