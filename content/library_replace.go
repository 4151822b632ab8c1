package content

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// An install never leaves half a pack where the library looks: replace
// builds the new copy beside the packs and swaps it in with renames, and
// restoreAside undoes a swap that a crash cut short.

// replace writes a pack's files, and the index of p, the pack they hold,
// into a fresh folder beside the library's packs and swaps it in for the
// installed one, so that a failure at any point leaves either the old pack
// or the new one, never half of each (a crash between the two renames
// leaves the old one aside, and restoreAside puts it back).
func (l Library) replace(m Manifest, files []packFile, p *Pack) (err error) {
	id := m.ID
	root := l.packsDir()
	if err := os.MkdirAll(root, 0o755); err != nil {
		return fmt.Errorf("create the library %s: %w", root, err)
	}
	if entries, err := os.ReadDir(root); err == nil {
		l.sweep(entries, time.Now())
	}
	tmp, err := os.MkdirTemp(root, ".new-"+id+"-")
	if err != nil {
		return fmt.Errorf("install %s: %w", id, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	for _, f := range files {
		if err := writeFileSynced(filepath.Join(tmp, f.name), f.data); err != nil {
			return fmt.Errorf("install %s: %w", id, err)
		}
	}
	if written, err := packFiles(tmp); err == nil {
		if index, err := encodeIndex(written, m, p); err == nil {
			// Without an index the pack still works: the first read
			// builds one.
			writeFileSynced(filepath.Join(tmp, indexName), index)
		}
	}
	final := filepath.Join(root, id)
	var aside string
	if _, err := os.Stat(final); err == nil {
		aside = filepath.Join(filepath.Dir(tmp), ".old-"+filepath.Base(tmp))
		if err := os.Rename(final, aside); err != nil {
			return fmt.Errorf("replace %s: %w", id, err)
		}
	}
	if err := os.Rename(tmp, final); err != nil {
		if aside != "" {
			os.Rename(aside, final) // put the old pack back
		}
		return fmt.Errorf("install %s: %w", id, err)
	}
	if aside != "" {
		os.RemoveAll(aside)
	}
	return nil
}

// writeFileSynced writes a file and flushes it to disk, so that the rename
// that publishes it cannot land before its bytes do.
func writeFileSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// restoreAside puts back a pack that replace moved aside when brief was
// stopped before the new copy took its place, so a crash mid-install
// never loses the pack the student had.
func (l Library) restoreAside(entries []fs.DirEntry, present map[string]bool) {
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), ".old-.new-")
		if !e.IsDir() || !ok {
			continue
		}
		i := strings.LastIndex(rest, "-")
		if i <= 0 || present[rest[:i]] || !IDPattern().MatchString(rest[:i]) {
			continue
		}
		id := rest[:i]
		if os.Rename(filepath.Join(l.packsDir(), e.Name()), filepath.Join(l.packsDir(), id)) == nil {
			present[id] = true
		}
	}
}
