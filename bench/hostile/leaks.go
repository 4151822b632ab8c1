package main

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// secretMarker is in every file outside a pack that a link in it points
// to: it must reach no output, no zip brief writes and no data folder.
const secretMarker = "HOSTILE-SECRET"

// leaks looks for secretMarker where a step may have put it: its output,
// the zips under out/ (entry by entry) and the data folder.
func leaks(c *caseEnv, output []byte) string {
	if bytes.Contains(output, []byte(secretMarker)) {
		return "secret in output"
	}
	if where := findSecret(filepath.Join(c.dir, "out")); where != "" {
		return "secret in " + where
	}
	if where := findSecret(c.data); where != "" {
		return "secret in data dir: " + where
	}
	return ""
}

// findSecret looks for secretMarker in the plain files under dir, and in
// every entry of the zips among them. It names the first file holding it.
func findSecret(dir string) string {
	found := ""
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found != "" || !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if bytes.Contains(data, []byte(secretMarker)) {
			found = rel
			return nil
		}
		if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					continue
				}
				entry, _ := io.ReadAll(io.LimitReader(rc, 8<<20))
				rc.Close()
				if bytes.Contains(entry, []byte(secretMarker)) {
					found = rel + ":" + f.Name
					return nil
				}
			}
		}
		return nil
	})
	return visible(found)
}
