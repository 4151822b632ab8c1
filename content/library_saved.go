package content

import (
	"brief/internal/ids"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing/fstest"
)

// SavedPackID is the id of the pack in the library that holds the
// articles `brief read URL` fetched, so a student can open them again
// offline. It is an ordinary installed pack (packs/saved-articles/ in the
// data directory, with its pack.yaml and index), one article file per
// page, each with `source:` set to the page's address.
const SavedPackID = "saved-articles"

// SavedPackTitle is the saved articles pack's title.
const SavedPackTitle = "Saved articles"

// maxSavedID bounds the length of a saved article's id, which is made
// from the page's title.
const maxSavedID = 60

// SaveArticle adds an article file to the library's saved articles pack
// and returns the pack and the article as installed. data is the
// article's file without an id in its front matter: the file name gives
// it, made from base (a slug of the title, say) unless the pack already
// holds an article from the same source, whose place, id and scores it
// takes. The whole pack is installed anew, as `brief add` does, so a
// failure leaves the saved articles as they were.
func (l Library) SaveArticle(source, base string, data []byte) (*Pack, *Article, error) {
	dir := filepath.Join(l.packsDir(), SavedPackID)
	if m, err := l.manifest(SavedPackID); err == nil && m.Title != SavedPackTitle {
		return nil, nil, fmt.Errorf("cannot save the article: the library already has a pack %s that is not brief's saved articles (%q)", SavedPackID, m.Title)
	}
	files, sources, err := savedFiles(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot save the article: %w", err)
	}
	id := savedID(base, source, sources)
	fsys := fstest.MapFS{
		ManifestName: {Data: savedManifest()},
		id + ".md":   {Data: data},
	}
	for name, data := range files {
		if _, taken := fsys[name]; !taken {
			fsys[name] = &fstest.MapFile{Data: data}
		}
	}
	m, packFiles, p, err := canonicalPackLoaded(fsys, dir)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot save the article: %w", err)
	}
	if err := l.replace(m, packFiles, p); err != nil {
		return nil, nil, fmt.Errorf("cannot save the article: %w", err)
	}
	p.Origin = dir
	a, _ := p.Article(id)
	return p, a, nil
}

// savedManifest is the saved articles pack's pack.yaml.
func savedManifest() []byte {
	return encodeManifest(Manifest{ID: SavedPackID, Title: SavedPackTitle,
		Description: "Articles opened with brief read URL, kept to read again offline", Version: DefaultVersion})
}

// savedFiles reads the saved articles pack's files (all but its
// manifest and index), and the source of each article file, by name.
func savedFiles(dir string) (files map[string][]byte, sources map[string]string, err error) {
	files, sources = map[string][]byte{}, map[string]string{}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return files, sources, nil
	}
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if name == ManifestName || !IsPackFile(name) || !e.Type().IsRegular() {
			continue
		}
		data, err := ReadFile(FolderFS(dir), name, filepath.Join(dir, name))
		if err != nil {
			return nil, nil, err
		}
		files[name] = data
		if id, ok := strings.CutSuffix(name, ".md"); ok {
			sources[id] = ""
			if a, err := ParseArticle(name, data); err == nil {
				sources[id] = a.Source
			}
		}
	}
	return files, sources, nil
}

// savedID is the id of a saved article: that of the article from the
// same source if there is one, else base (cut to maxSavedID, "article"
// when empty) with a number added to keep it apart from the others.
func savedID(base, source string, sources map[string]string) string {
	for id, s := range sources {
		if s != "" && s == source {
			return id
		}
	}
	base = ids.Slug(base)
	if len(base) > maxSavedID {
		base = strings.TrimRight(base[:maxSavedID], "-")
	}
	if base == "" {
		base = "article"
	}
	id := base
	for n := 2; ; n++ {
		if _, taken := sources[id]; !taken {
			return id
		}
		id = base + "-" + strconv.Itoa(n)
	}
}
