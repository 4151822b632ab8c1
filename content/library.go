package content

import (
	"brief/internal/sanitize"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// LibraryDirName is the folder of the data directory that holds installed
// packs, one folder per pack id.
const LibraryDirName = "packs"

// DefaultPackID is the embedded pack's id, which no installed pack may take.
const DefaultPackID = "brief-default"

// ErrOlderVersion marks an install refused because the library already
// holds a newer version of the pack; the error is an *OlderVersionError.
var ErrOlderVersion = errors.New("older version")

// OlderVersionError refuses to replace an installed pack with an older
// version of it.
type OlderVersionError struct {
	Src, ID, Version, Installed string
}

// Error says which versions met and how to install the older one anyway.
func (e *OlderVersionError) Error() string {
	return fmt.Sprintf("%s: version %s of %q is older than the installed %s; add --force to install it anyway", e.Src, e.Version, e.ID, e.Installed)
}

// Is makes errors.Is(err, ErrOlderVersion) hold.
func (e *OlderVersionError) Is(target error) bool { return target == ErrOlderVersion }

// ErrChangedContent marks an install refused because the library already
// holds the same version of the pack with other content (their content
// hashes differ); the error is a *ChangedContentError.
var ErrChangedContent = errors.New("same version, different content")

// ChangedContentError refuses to replace an installed pack with a pack of
// the same version whose content differs, which would otherwise swap
// articles and questions under the student without a word.
type ChangedContentError struct {
	Src, ID, Version string
}

// Error says which pack differs, how brief knows, and how to replace it
// anyway.
func (e *ChangedContentError) Error() string {
	return fmt.Sprintf("%s: version %s of %q is already installed with different content (the content hashes differ); "+
		"ask your teacher for a new version, or add --force to replace it anyway", e.Src, e.Version, e.ID)
}

// Is makes errors.Is(err, ErrChangedContent) hold.
func (e *ChangedContentError) Is(target error) bool { return target == ErrChangedContent }

// ErrNotInstalled marks a pack id the library does not hold.
var ErrNotInstalled = errors.New("not installed")

// Library is the student's installed packs, kept in Dir/packs/<id>/ where
// Dir is the data directory (the one that holds brief.db). Scores are in
// brief.db and the library never touches them.
type Library struct {
	Dir string
}

// packsDir is where the installed packs live.
func (l Library) packsDir() string { return filepath.Join(l.Dir, LibraryDirName) }

// Add installs the pack at src, a .zip pack or a pack directory, if it
// loads (lint it first, as brief add does, to report every problem at
// once). A newer
// version of an installed pack replaces it, and so does the same version
// with the same content; an older one is refused with ErrOlderVersion, the
// same version with other content with ErrChangedContent, and a pack that
// only shares the id (see SameSource) with ErrOtherPack (use Install with
// force to replace it anyway).
func (l Library) Add(src string) (Manifest, error) {
	return l.Install(src, false)
}

// Install is Add, with force allowing an older version, the same version
// with other content, or another pack with the same id to replace the
// installed one.
func (l Library) Install(src string, force bool) (Manifest, error) {
	fsys, closeFn, isZip, err := openPackSource(src)
	if err != nil {
		return Manifest{}, err
	}
	defer closeFn()
	m, files, p, err := canonicalPackLoaded(fsys, src)
	if err != nil {
		return Manifest{}, err
	}
	if isZip {
		if err := verifyContentHash(fsys, src, files); err != nil {
			return Manifest{}, err
		}
	}
	if m.ID == DefaultPackID {
		return Manifest{}, fmt.Errorf("%s: id %q is the built-in pack's; give the pack its own id in pack.yaml", src, m.ID)
	}
	if m.ID == SavedPackID && m.Title != SavedPackTitle {
		return Manifest{}, fmt.Errorf("%s: id %q is where brief keeps the pages read with brief read URL; give the pack its own id in pack.yaml", src, m.ID)
	}
	if old, err := l.manifest(m.ID); err == nil && !force {
		if err := checkReplaces(src, old, m); err != nil {
			return Manifest{}, err
		}
	}
	if err := l.replace(m, files, p); err != nil {
		return Manifest{}, err
	}
	return m, nil
}

// checkReplaces refuses a pack that would quietly take the place of what
// the student has: another author's pack with the same id, an older
// version, or the same version with content of its own. A pack installed
// before hashes were kept has none to compare, and the same version of it
// still replaces it.
func checkReplaces(src string, old, m Manifest) error {
	if field, installed, adding, ok := sourceDiff(old, m); !ok {
		return &OtherPackError{Src: src, ID: m.ID, Field: field, Installed: installed, Adding: adding}
	}
	switch c := CompareVersions(m.Version, old.Version); {
	case c < 0:
		return &OlderVersionError{Src: src, ID: m.ID, Version: m.Version, Installed: old.Version}
	case c == 0 && old.ContentHash != "" && old.ContentHash != m.ContentHash:
		return &ChangedContentError{Src: src, ID: m.ID, Version: m.Version}
	}
	return nil
}

// openPackSource opens a pack to install: a zip (checked by OpenZip) or a
// directory.
func openPackSource(src string) (fsys fs.FS, closeFn func(), isZip bool, err error) {
	st, err := os.Stat(src)
	if err != nil {
		return nil, nil, false, fmt.Errorf("add %s: %w", src, UnwrapPathError(err))
	}
	switch {
	case st.IsDir():
		return FolderFS(src), func() {}, false, nil
	case strings.HasSuffix(strings.ToLower(src), ".zip"):
		zr, err := OpenZip(src)
		if err != nil {
			return nil, nil, false, err
		}
		if err := checkZipEntries(src, &zr.Reader); err != nil {
			zr.Close()
			return nil, nil, false, err
		}
		return zr.FS(), func() { zr.Close() }, true, nil
	default:
		return nil, nil, false, fmt.Errorf("add %s: not a pack: give a .zip pack (from brief pack) or a pack folder", src)
	}
}

// manifest reads an installed pack's pack.yaml.
func (l Library) manifest(id string) (Manifest, error) {
	path := filepath.Join(l.packsDir(), id, ManifestName)
	data, err := ReadFile(FolderFS(filepath.Dir(path)), ManifestName, path)
	if err != nil {
		return Manifest{}, err
	}
	var m Manifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		_, msg := YAMLErrorLine(err)
		return Manifest{}, fmt.Errorf("%s: %s", path, msg)
	}
	for _, f := range []*string{&m.ID, &m.Title, &m.Description, &m.Author, &m.Version, &m.License, &m.ContentHash} {
		*f = sanitize.Line(*f)
	}
	if m.ID == "" {
		m.ID = id
	}
	return m, nil
}

// installedIDs lists the folders of the library, in order. Folders whose
// names start with "." are installs or removals in progress, or left over
// from ones that were stopped, which it sweeps away.
func (l Library) installedIDs() ([]string, error) {
	entries, err := os.ReadDir(l.packsDir())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the library: %w", err)
	}
	present := map[string]bool{}
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			present[e.Name()] = true
		}
	}
	l.restoreAside(entries, present)
	l.sweep(entries, time.Now())
	ids := make([]string, 0, len(present))
	for id := range present {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

// List returns the manifests of the installed packs, in id order. Packs
// whose pack.yaml cannot be read are left out and named in the error.
func (l Library) List() ([]Manifest, error) {
	ids, err := l.installedIDs()
	if err != nil {
		return nil, err
	}
	var out []Manifest
	var errs []error
	for _, id := range ids {
		m, err := l.manifest(id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, m)
	}
	return out, errors.Join(errs...)
}

// Remove uninstalls a pack. Its scores stay in brief.db, and come back
// into view if the pack is added again.
func (l Library) Remove(id string) error {
	if !IDPattern().MatchString(id) {
		return fmt.Errorf("remove %q: not a pack id (ids hold only a-z, 0-9 and '-')", id)
	}
	final := filepath.Join(l.packsDir(), id)
	if _, err := os.Stat(final); err != nil {
		return fmt.Errorf("remove %s: %w (brief list shows the installed packs)", id, ErrNotInstalled)
	}
	// Move it aside first, so that an interrupted removal never leaves
	// half a pack where the library looks.
	aside, err := os.MkdirTemp(l.packsDir(), ".removing-"+id+"-")
	if err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	target := filepath.Join(aside, id)
	if err := os.Rename(final, target); err != nil {
		os.Remove(aside)
		return fmt.Errorf("remove %s: %w", id, err)
	}
	if err := os.RemoveAll(aside); err != nil {
		return fmt.Errorf("remove %s: the pack is uninstalled but %s is left over: %w", id, aside, err)
	}
	return nil
}

// Packs reads every installed pack, in id order, from the index an
// install writes into its folder: their articles are partial (see
// Article.Partial) until Complete or ReadWhole and Fill read the rest. A
// pack without a usable index is loaded whole, and its index written. A
// pack that cannot be loaded is left out and its error returned; the
// others still load.
func (l Library) Packs() ([]*Pack, []error) {
	ids, err := l.installedIDs()
	if err != nil {
		return nil, []error{err}
	}
	var packs []*Pack
	var errs []error
	for _, id := range ids {
		p, err := l.indexed(id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		packs = append(packs, p)
	}
	return packs, errs
}

// LoadLibrary reads every pack installed in the data directory dataDir,
// for the home screen and `brief list`, as Library.Packs does: from their
// indexes, so their articles have no body or questions until Complete.
// Broken packs come back as errors, not crashes.
func LoadLibrary(dataDir string) ([]*Pack, []error) {
	return Library{Dir: dataDir}.Packs()
}
