package content

import (
	"archive/zip"
	"brief/internal/sanitize"
	"fmt"
	"path"
	"strings"
)

// Limits on a pack zip, far above any real pack (a pack is a few articles
// and question files) and far below what would hurt the machine.
const (
	maxZipEntries   = 1000
	maxZipTotalSize = 64 << 20
)

// checkZip refuses a zip whose entries could escape the pack or exhaust
// memory: absolute paths, "..", links, duplicate names, and too many or too
// large entries (a zip bomb declares sizes it cannot be trusted to keep, so
// reads are limited again in ReadFile).
func checkZip(display string, zr *zip.Reader) error {
	if len(zr.File) > maxZipEntries {
		return fmt.Errorf("%s: %d entries; a pack zip holds at most %d", display, len(zr.File), maxZipEntries)
	}
	seen := map[string]bool{}
	var total uint64
	for _, f := range zr.File {
		name := f.Name
		switch {
		case strings.HasPrefix(name, "/") || strings.HasPrefix(name, `\`) || (len(name) > 1 && name[1] == ':'):
			return fmt.Errorf("%s: entry %q has an absolute path; refusing the zip", display, name)
		case strings.Contains(name, `\`):
			return fmt.Errorf("%s: entry %q uses a backslash in its path; refusing the zip", display, name)
		case sanitize.Line(name) != name:
			return fmt.Errorf("%s: entry %q has control or invisible characters in its name; refusing the zip", display, sanitize.Line(name))
		case hasDotDot(name):
			return fmt.Errorf("%s: entry %q leaves the pack with \"..\"; refusing the zip", display, name)
		case f.Mode().Type() != 0 && !f.Mode().IsDir():
			return fmt.Errorf("%s: entry %q is a link or special file; refusing the zip", display, name)
		}
		clean := path.Clean(name)
		if seen[clean] {
			return fmt.Errorf("%s: entry %q appears twice; refusing the zip", display, name)
		}
		seen[clean] = true
		total += f.UncompressedSize64
		if f.UncompressedSize64 > MaxFileSize || total > maxZipTotalSize {
			return fmt.Errorf("%s: entry %q makes the zip too large when unpacked (limit %d MiB); refusing the zip", display, name, maxZipTotalSize>>20)
		}
	}
	return nil
}

func hasDotDot(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}
