package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// staleAfter is how long an install or removal folder may go untouched
// before brief takes it for the leftover of a brief that was stopped.
// While an install runs, its folder changes with every file written, and
// a removal finishes in seconds; an hour leaves a wide margin for a slow
// disk and another brief working at the same time.
const staleAfter = time.Hour

// leftoverPrefixes start the names of the folders replace and Remove work
// in. A pack set aside by replace (".old-.new-…") whose id is not
// installed is put back by restoreAside before the sweep sees it; one
// whose id is installed was left by a brief stopped just after the new
// copy took its place.
var leftoverPrefixes = []string{".new-", ".removing-", ".old-.new-"}

// sweep removes what installs and removals stopped midway (brief killed,
// the machine off) left in the library: their folders, once nothing has
// changed in them for staleAfter. Failures are ignored; the next read of
// the library tries again.
func (l Library) sweep(entries []fs.DirEntry, now time.Time) {
	for _, e := range entries {
		if !e.IsDir() || !isLeftover(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < staleAfter {
			continue
		}
		os.RemoveAll(filepath.Join(l.packsDir(), e.Name()))
	}
}

// isLeftover reports whether name is that of an install or removal
// folder.
func isLeftover(name string) bool {
	for _, p := range leftoverPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
