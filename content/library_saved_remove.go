package content

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"
)

// ErrNotSaved is the error of RemoveSaved for an id the saved articles do
// not hold.
var ErrNotSaved = errors.New("no such saved article")

// RemoveSaved forgets one article of the saved articles pack, by id; the
// last one forgotten removes the pack. The rest are installed anew, as
// SaveArticle does, so a failure leaves the saved articles as they were.
// Scores are kept apart from packs and stay, as for Remove.
func (l Library) RemoveSaved(id string) error {
	dir := filepath.Join(l.packsDir(), SavedPackID)
	m, err := l.manifest(SavedPackID)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove %s: %w: there are no saved articles (brief read URL keeps the pages it shows)", id, ErrNotSaved)
	}
	if err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	if m.Title != SavedPackTitle {
		return fmt.Errorf("remove %s: the pack %s is not brief's saved articles (%q)", id, SavedPackID, m.Title)
	}
	files, sources, err := savedFiles(dir)
	if err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	if _, ok := sources[id]; !ok {
		saved := slices.Sorted(maps.Keys(sources))
		return fmt.Errorf("remove %s: %w; the saved articles are %s", id, ErrNotSaved, strings.Join(saved, ", "))
	}
	if len(sources) == 1 {
		return l.Remove(SavedPackID)
	}
	fsys := fstest.MapFS{ManifestName: {Data: savedManifest()}}
	for name, data := range files {
		if article, _ := strings.CutSuffix(name, ".md"); article != id && !strings.HasPrefix(name, id+".") {
			fsys[name] = &fstest.MapFile{Data: data}
		}
	}
	kept, keptFiles, p, err := canonicalPackLoaded(fsys, dir)
	if err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	if err := l.replace(kept, keptFiles, p); err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	return nil
}
