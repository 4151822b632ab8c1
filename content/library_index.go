package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"time"

	"brief/internal/diag"
	"brief/internal/sanitize"
)

// The home screen and `brief list` show every installed pack with its
// articles and how many questions each has. Parsing every question file of
// every pack for that made each start of brief take seconds and hundreds
// of megabytes with large packs, so an install also writes an index of
// what those screens show into the pack's folder, and they read that
// alone. An article's body and questions are read when it is opened (see
// Complete).
//
// The index is JSON, which needs no schema beyond the structs below and
// which Go reads fast. It is named so that the pack format never takes it
// for a pack file (IsPackFile): `brief pack` and the content hash
// leave it out. It records the name, size and modification time of every
// pack file of the folder, and is used only while they all still match:
// an index that is damaged, from another pack, from another format, or
// older than an edit of the pack is ignored, and the index is built again
// from the pack (and written, when the folder can be written to). Packs
// installed by a brief from before the index get theirs that way, on
// their first read. A pack that fails to load has its error kept in
// the index the same way, so that a broken pack costs one load, not one
// at every start.
const (
	indexName = ".brief-index.json"
	// indexFormat is raised whenever what the index holds, or what Load
	// accepts, changes: every index is then built again, which checks each
	// installed pack against the new rules once.
	indexFormat = 1
)

// packIndex is the content of a pack's index file.
type packIndex struct {
	Format   int              `json:"brief_pack_index"`
	Files    []indexedFile    `json:"files"`
	Manifest indexedManifest  `json:"manifest"`
	Articles []indexedArticle `json:"articles,omitempty"`
	// Error is why the pack does not load, when it does not; the index
	// then holds nothing else but the files.
	Error string `json:"error,omitempty"`
}

// indexedFile is one pack file as the index saw it.
type indexedFile struct {
	Name     string `json:"name"`
	Size     int64  `json:"size"`
	Modified int64  `json:"modified_unix_ns"`
}

// indexedManifest is a Manifest with JSON names; converting between the
// two stops compiling when Manifest gains a field the index lacks.
type indexedManifest struct {
	ID          string      `json:"id"`
	Title       string      `json:"title"`
	Description string      `json:"description,omitempty"`
	Author      string      `json:"author,omitempty"`
	Version     string      `json:"version,omitempty"`
	License     string      `json:"license,omitempty"`
	ContentHash string      `json:"content_hash,omitempty"`
	Assignment  *Assignment `json:"assignment,omitempty"`
}

// indexedArticle is what the index keeps of an article: its front matter,
// the outline of its sections and how many questions it has.
type indexedArticle struct {
	File      string           `json:"file"`
	ID        string           `json:"id"`
	Title     string           `json:"title"`
	Byline    string           `json:"byline,omitempty"`
	Source    string           `json:"source,omitempty"`
	Published time.Time        `json:"published,omitzero"`
	Language  string           `json:"language,omitempty"`
	Tags      []string         `json:"tags,omitempty"`
	QuizFile  string           `json:"quiz_file,omitempty"`
	Questions int              `json:"questions"`
	Sections  []indexedSection `json:"sections"`
}

// indexedSection is a section without its text.
type indexedSection struct {
	Slug    string `json:"slug"`
	Heading string `json:"heading,omitempty"`
	Line    int    `json:"line"`
	Words   int    `json:"words"`
}

// partialArticle marks an article read from an index: it knows how many
// questions it has and where to read the rest from.
type partialArticle struct {
	questions int
	dir, file string
}

// QuestionCount is how many questions the article has, known from the
// library's index before the questions themselves are read.
func (a *Article) QuestionCount() int {
	if a.partial != nil {
		return a.partial.questions
	}
	return len(a.Questions)
}

// Partial reports whether the article was read from the library's index
// alone: it has its title, byline, section outline and QuestionCount, but
// no Body, section text or Questions until Complete or Fill.
func (a *Article) Partial() bool { return a.partial != nil }

// indexed returns the installed pack id from its index, or, when the index
// is missing or cannot be used, loads the whole pack and writes its index.
func (l Library) indexed(id string) (*Pack, error) {
	dir := filepath.Join(l.packsDir(), id)
	files, err := packFiles(dir)
	if err != nil {
		return nil, fmt.Errorf("read pack %s: %w", dir, UnwrapPathError(err))
	}
	if p, err := readIndex(dir, files); !errors.Is(err, errNoIndex) {
		return p, err
	}
	p, err := Load(FolderFS(dir), dir)
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		// A problem in the pack's content stays until its files change;
		// one reading them (a permission) may be gone by the next start.
		if data, jerr := json.Marshal(packIndex{Format: indexFormat, Files: files, Error: err.Error()}); jerr == nil {
			writeIndexFile(dir, data)
		}
	}
	if err != nil {
		return nil, err
	}
	// The files were listed before Load read them, so an edit made
	// meanwhile leaves an index that no longer matches, not a wrong one.
	if data, err := encodeIndex(files, p.Manifest, p); err == nil {
		writeIndexFile(dir, data) // a read-only library keeps working without one
	}
	return p, nil
}

// packFiles lists the pack files of an installed pack's folder, in name
// order, with their sizes and modification times.
func packFiles(dir string) ([]indexedFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []indexedFile
	for _, e := range entries {
		if e.IsDir() || !IsPackFile(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return nil, err
		}
		files = append(files, indexedFile{Name: e.Name(), Size: info.Size(), Modified: info.ModTime().UnixNano()})
	}
	return files, nil
}

// encodeIndex makes the index of pack p, whose manifest as installed is m
// and whose files are files. An index too big to be read back (a pack of
// a great many sections) is an error: the pack is then loaded whole each
// time, as before there was an index.
func encodeIndex(files []indexedFile, m Manifest, p *Pack) ([]byte, error) {
	idx := packIndex{Format: indexFormat, Files: files, Manifest: indexedManifest(m)}
	for _, a := range p.Articles {
		ia := indexedArticle{
			File: path.Base(a.Path), ID: a.ID, Title: a.Title, Byline: a.Byline, Source: a.Source,
			Published: a.Published, Language: a.Language, Tags: a.Tags, Questions: len(a.Questions),
			Sections: make([]indexedSection, len(a.Sections)),
		}
		if a.QuizPath != "" {
			ia.QuizFile = path.Base(a.QuizPath)
		}
		for i, s := range a.Sections {
			ia.Sections[i] = indexedSection{Slug: s.Slug, Heading: s.Heading, Line: s.Line, Words: s.Words}
		}
		idx.Articles = append(idx.Articles, ia)
	}
	data, err := json.Marshal(idx)
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, errors.New("the index would be over the size limit")
	}
	return data, nil
}

// writeIndexFile puts an index into an installed pack's folder: into a
// temporary file renamed over the old index, so a reader never sees half
// of one. Failures are left for the next read to try again.
func writeIndexFile(dir string, data []byte) {
	f, err := os.CreateTemp(dir, indexName+".*.tmp")
	if err != nil {
		return
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, indexName))
	}
	if err != nil {
		os.Remove(f.Name())
	}
}

// errNoIndex is readIndex finding no index it can use.
var errNoIndex = errors.New("no usable index")

// readIndex reads the index of the installed pack in dir, whose pack files
// are files now: the pack, or the error it failed to load with, or
// errNoIndex when there is no index or it cannot be trusted.
func readIndex(dir string, files []indexedFile) (*Pack, error) {
	data, err := ReadFile(FolderFS(dir), indexName, filepath.Join(dir, indexName))
	if err != nil {
		return nil, errNoIndex
	}
	var idx packIndex
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&idx); err != nil || idx.Format != indexFormat || !slices.Equal(idx.Files, files) {
		return nil, errNoIndex
	}
	if idx.Error != "" {
		if len(idx.Articles) > 0 {
			return nil, errNoIndex
		}
		return nil, errors.New(sanitize.Line(idx.Error))
	}
	if p, ok := idx.pack(dir, files); ok {
		return p, nil
	}
	return nil, errNoIndex
}

// pack makes the partial pack an index describes, checking that it could
// have been written by encodeIndex for these files, and cleaning its text
// as Load would: an index is a file in the student's data folder, which
// something other than brief may have written.
func (idx *packIndex) pack(dir string, files []indexedFile) (*Pack, bool) {
	isFile := func(name string) bool {
		return slices.ContainsFunc(files, func(f indexedFile) bool { return f.Name == name })
	}
	m := Manifest(idx.Manifest)
	for _, f := range []*string{&m.ID, &m.Title, &m.Description, &m.Author, &m.Version, &m.License, &m.ContentHash} {
		*f = sanitize.Line(*f)
	}
	if a := m.Assignment; a != nil {
		a.Mode, a.Time, a.Due = sanitize.Line(a.Mode), sanitize.Line(a.Time), sanitize.Line(a.Due)
	}
	if !IDPattern().MatchString(m.ID) || len(idx.Articles) == 0 {
		return nil, false
	}
	p := &Pack{Manifest: m, Origin: dir}
	total := 0
	for _, ia := range idx.Articles {
		if ia.ID == "" || ia.Questions < 0 || ia.Questions > MaxPackQuestions-total || !isFile(ia.File) || path.Ext(ia.File) != ".md" ||
			(ia.QuizFile != "" && !isFile(ia.QuizFile)) || (ia.Questions > 0 && ia.QuizFile == "") {
			return nil, false
		}
		total += ia.Questions
		a := &Article{
			ID: sanitize.Line(ia.ID), Title: sanitize.Line(ia.Title), Byline: sanitize.Line(ia.Byline), Source: sanitize.Line(ia.Source),
			Published: ia.Published, Language: sanitize.Line(ia.Language), Path: path.Join(dir, ia.File),
			partial: &partialArticle{questions: ia.Questions, dir: dir, file: ia.File},
		}
		if _, dup := p.Article(a.ID); dup {
			return nil, false
		}
		for _, t := range ia.Tags {
			a.Tags = append(a.Tags, sanitize.Line(t))
		}
		if ia.QuizFile != "" {
			a.QuizPath = path.Join(dir, ia.QuizFile)
		}
		for _, s := range ia.Sections {
			if s.Words < 0 {
				return nil, false
			}
			a.Sections = append(a.Sections, Section{Slug: sanitize.Line(s.Slug), Heading: sanitize.Line(s.Heading), Line: s.Line, Words: s.Words})
		}
		p.Articles = append(p.Articles, a)
	}
	return p, true
}

// ReadWhole returns a function that reads each partial article of
// articles whole from its pack folder, body and questions, and returns the
// others as they are. ReadWhole takes from the articles what the function
// needs, so the function may run in a command while the articles are
// shown, and even while Fill changes them; Fill puts what it read in
// place.
func ReadWhole(articles []*Article) func() ([]*Article, error) {
	type source struct {
		id   string
		from *partialArticle // never changed once made
	}
	sources := make([]source, len(articles))
	given := slices.Clone(articles)
	for i, a := range articles {
		sources[i] = source{a.ID, a.partial}
	}
	return func() ([]*Article, error) {
		out := slices.Clone(given)
		for i, s := range sources {
			if s.from == nil {
				continue
			}
			w, err := loadArticle(FolderFS(s.from.dir), s.from.dir, s.from.file, true)
			if err != nil {
				return nil, err
			}
			if w.ID != s.id {
				return nil, fmt.Errorf("%s: the article changed since brief started (its id is now %q): start brief again", w.Path, w.ID)
			}
			out[i] = w
		}
		return out, nil
	}
}

// Fill puts each article ReadWhole read in the place of the partial one it
// was read for, so that everything holding the partial article sees its
// body and questions. An article made whole already is left as it is.
// Fill changes what it is given: in the interface, call it where the
// articles are shown from (Update), not in a command.
func Fill(partial, whole []*Article) {
	for i, a := range partial {
		if a.partial != nil && i < len(whole) && whole[i] != a {
			*a = *whole[i]
		}
	}
}

// Complete makes every partial article of a pack whole, reading them
// now: ReadWhole and Fill at once, for the commands that need every
// question of a pack (a review).
func Complete(p *Pack) error {
	whole, err := ReadWhole(p.Articles)()
	if err != nil {
		return err
	}
	Fill(p.Articles, whole)
	return nil
}
