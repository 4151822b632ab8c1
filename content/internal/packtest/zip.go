// Package packtest makes the zips the content tests feed brief: the
// packages that read packs (content, content/lint) test with the same ones.
package packtest

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// WriteZip writes a zip at path holding files, name to text.
func WriteZip(t testing.TB, path string, files map[string]string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for name, text := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// RewriteZipEntry copies a zip, changing one entry's bytes.
func RewriteZipEntry(t testing.TB, src, name string, change func([]byte) []byte) string {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		var data bytes.Buffer
		data.ReadFrom(rc)
		rc.Close()
		b := data.Bytes()
		if f.Name == name {
			b = change(b)
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	out := filepath.Join(t.TempDir(), "changed.brief.zip")
	os.WriteFile(out, buf.Bytes(), 0o644)
	return out
}
