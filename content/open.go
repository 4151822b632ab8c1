package content

import (
	"archive/zip"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
)

//go:embed defaultpack
var defaultFS embed.FS

// DefaultOrigin is how the embedded pack names itself in messages.
const DefaultOrigin = "embedded"

// Default loads the pack embedded in the binary. It cannot fail on a
// correct build; tests guarantee that.
func Default() (*Pack, error) {
	return Load(DefaultFS(), DefaultOrigin)
}

// DefaultFS is the embedded pack's files, for lint and export.
func DefaultFS() fs.FS {
	sub, _ := fs.Sub(defaultFS, "defaultpack")
	return sub
}

// Open loads a pack from a path: a directory, a .zip file, or a single
// .md article (which opens as a one-article pack, its question file
// beside it).
func Open(path string) (*Pack, error) {
	return open(path, true)
}

// OpenArticles is Open without the question files: what reading and
// printing articles need. An empty path opens the embedded pack.
func OpenArticles(path string) (*Pack, error) {
	if path == "" {
		return load(DefaultFS(), DefaultOrigin, false)
	}
	return open(path, false)
}

func open(path string, withQuestions bool) (*Pack, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, UnwrapPathError(err))
	}
	switch {
	case st.IsDir():
		return load(FolderFS(path), path, withQuestions)
	case strings.HasSuffix(strings.ToLower(path), ".zip"):
		zr, err := OpenZip(path)
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		return load(zr.FS(), path, withQuestions)
	case strings.HasSuffix(strings.ToLower(path), ".md"):
		return openSingleArticle(path, withQuestions)
	default:
		return nil, fmt.Errorf("open %s: not a pack: give a directory, a .zip pack, or a .md article", path)
	}
}

// openSingleArticle makes a one-article pack of an .md file and the
// question file beside it, if there is one.
func openSingleArticle(path string, withQuestions bool) (*Pack, error) {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	files := fstest.MapFS{}
	base := strings.TrimSuffix(name, filepath.Ext(name))
	names := []string{name}
	for _, qf := range questionFormats {
		names = append(names, base+qf.Suffix)
	}
	for _, n := range names {
		data, err := ReadFile(FolderFS(dir), n, filepath.Join(dir, n))
		if err != nil {
			if n == name {
				return nil, err
			}
			continue
		}
		files[n] = &fstest.MapFile{Data: data}
	}
	p, err := load(files, strings.TrimSuffix(dir, "/"), withQuestions)
	if err != nil {
		return nil, err
	}
	p.Origin = path
	return p, nil
}

// UnwrapPathError drops the *fs.PathError wrapper, whose text would repeat
// the path the caller already prints.
func UnwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// ZipPack is an opened pack zip. Close it when done.
type ZipPack struct {
	*zip.ReadCloser
	root string // the folder holding the pack, "" for the zip's top level
}

// FS is the pack's files, checked for safety by OpenZip.
func (z *ZipPack) FS() fs.FS {
	if z.root == "" {
		return z.ReadCloser
	}
	sub, err := fs.Sub(z.ReadCloser, z.root)
	if err != nil { // only for a root that is not a valid path, which packRoot never gives
		return z.ReadCloser
	}
	return sub
}

// packRoot is the folder inside a zip that holds the pack: the top level,
// or, for a zip made by compressing the pack's folder (as the file
// managers of Windows, macOS and Linux do), that one folder. macOS's
// __MACOSX folder of file attributes beside it is no part of the pack.
func packRoot(zr *zip.Reader) string {
	folders := map[string]bool{}
	for _, f := range zr.File {
		first, _, nested := strings.Cut(f.Name, "/")
		switch {
		case first == "__MACOSX":
		case !nested:
			return "" // a file at the top: the pack is there
		default:
			folders[first] = true
		}
	}
	if len(folders) != 1 {
		return ""
	}
	for name := range folders {
		return name
	}
	return ""
}

// OpenZip opens a pack zip. (Checks for hostile zips live in zipcheck.go.)
func OpenZip(path string) (*ZipPack, error) {
	zr, err := zip.OpenReader(path)
	if errors.Is(err, zip.ErrFormat) {
		return nil, fmt.Errorf("%s is not a zip file, or it is damaged: ask for a fresh copy (brief pack makes one)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, UnwrapPathError(err))
	}
	if err := checkZip(path, &zr.Reader); err != nil {
		zr.Close()
		return nil, err
	}
	return &ZipPack{ReadCloser: zr, root: packRoot(&zr.Reader)}, nil
}
