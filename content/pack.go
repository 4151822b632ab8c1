package content

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"brief/content/interchange"
	"brief/internal/diag"
	"brief/internal/sanitize"
	"brief/quiz"
)

// Manifest is a pack's pack.yaml: who made it and which version it is.
type Manifest struct {
	ID          string `yaml:"id"`
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	Author      string `yaml:"author"`
	Version     string `yaml:"version"`
	License     string `yaml:"license"`
	ContentHash string `yaml:"content_hash,omitempty"` // written by `brief pack`
	// Assignment, when set, is how the pack's quizzes are run for a class
	// that hands its results in.
	Assignment *Assignment `yaml:"assignment,omitempty"`
}

// Pack is a set of articles with their questions.
type Pack struct {
	Manifest
	Articles []*Article
	Origin   string // where it was loaded from: a path, or "embedded"
}

// Article finds an article by id.
func (p *Pack) Article(id string) (*Article, bool) {
	for _, a := range p.Articles {
		if a.ID == id {
			return a, true
		}
	}
	return nil, false
}

// ManifestName is the file name of a pack's manifest.
const ManifestName = "pack.yaml"

// QuizSuffix ends the name of an article's question file.
const QuizSuffix = ".quiz.yaml"

// Load reads a pack from the root of fsys: every *.md file is an article,
// "<id>.quiz.yaml" beside it holds its questions, and pack.yaml (optional)
// describes the pack. origin names the pack in messages.
func Load(fsys fs.FS, origin string) (*Pack, error) {
	return load(fsys, origin, true)
}

// load reads a pack, with its question files when withQuestions. Printing
// an article needs none of them, and parsing them is most of the work of
// loading a pack.
func load(fsys fs.FS, origin string, withQuestions bool) (*Pack, error) {
	p := &Pack{Origin: origin}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read pack %s: %w", origin, err)
	}
	if err := loadManifest(fsys, origin, p); err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() || !IsPackFile(e.Name()) {
			continue
		}
		if BadFileName(e.Name()) {
			return nil, FileNameError(origin, e.Name())
		}
		if strings.HasSuffix(e.Name(), ".md") && !strings.EqualFold(e.Name(), "README.md") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no articles: a pack holds at least one .md article file", origin)
	}
	for _, name := range names {
		a, err := loadArticle(fsys, origin, name, withQuestions)
		if err != nil {
			return nil, err
		}
		if other, dup := p.Article(a.ID); dup {
			return nil, diag.Errorf(a.Path, 2, 1, "article id %q is also used by %s", a.ID, other.Path)
		}
		p.Articles = append(p.Articles, a)
	}
	if p.ID == "" {
		p.ID = Slugify(path.Base(strings.TrimSuffix(strings.TrimSuffix(origin, ".zip"), ".brief")))
	}
	if p.Title == "" {
		p.Title = p.Articles[0].Title
	}
	return withinLimits(p)
}

// loadArticle reads one article and, if present, its question file.
func loadArticle(fsys fs.FS, origin, name string, withQuestions bool) (*Article, error) {
	display := path.Join(origin, name)
	data, err := ReadFile(fsys, name, display)
	if err != nil {
		return nil, err
	}
	a, err := ParseArticle(display, data)
	if err != nil {
		return nil, err
	}
	if !withQuestions {
		return a, nil
	}
	base := strings.TrimSuffix(name, ".md")
	for _, qf := range questionFormats {
		qname := base + qf.Suffix
		display := path.Join(origin, qname)
		qdata, err := ReadFile(fsys, qname, display)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			return nil, err
		}
		if d := CheckText(display, qdata); d != nil {
			return nil, d
		}
		qs, diags := qf.Parse(display, qdata)
		if err := diag.FirstError(diags); err != nil {
			return nil, err
		}
		if err := NoQuestions(display, qf.Suffix, qs); err != nil {
			return nil, err
		}
		if a.QuizPath == "" {
			a.QuizPath = display
		}
		a.Questions = append(a.Questions, qs...)
	}
	if err := checkUniqueIDs(a); err != nil {
		return nil, err
	}
	canonicalSections(a)
	return a, nil
}

// canonicalSections names each question's section by its slug, however
// the question file named it ("Rescue efforts" or "rescue-efforts"), so
// that scores and stats, which are kept by that name, count a section
// once. A name that matches no section is left for lint to report.
func canonicalSections(a *Article) {
	for i := range a.Questions {
		q := &a.Questions[i]
		if j, ok := a.SectionIndex(q.Section); ok && q.Section != "" {
			q.Section = a.Sections[j].Slug
		}
	}
}

// QuestionFormat is a kind of question file an article may have beside
// it: the suffix of its name and its parser.
type QuestionFormat struct {
	Suffix string
	Parse  func(path string, data []byte) ([]quiz.Question, []*diag.Diagnostic)
}

// questionFormats are the question files an article may have beside it,
// read in this order; their questions are asked together.
var questionFormats = []QuestionFormat{
	{QuizSuffix, quiz.ParseFile},
	{GIFTSuffix, interchange.ParseGIFT},
	{AikenSuffix, interchange.ParseAiken},
}

// QuestionFormats lists the question files an article may have, in the
// order their questions are asked.
func QuestionFormats() []QuestionFormat { return append([]QuestionFormat(nil), questionFormats...) }

// NoQuestions refuses a GIFT or Aiken file in which no question was
// found. Any text parses as GIFT "description" items, so without this a
// stray or linked file (a key, a shell history) would pass as a question
// file with one warning.
func NoQuestions(display, suffix string, qs []quiz.Question) *diag.Diagnostic {
	if len(qs) > 0 || suffix == QuizSuffix {
		return nil
	}
	format := "GIFT (::Title:: Question {=right ~wrong})"
	if suffix == AikenSuffix {
		format = "Aiken (a question, options A. B. …, then ANSWER: A)"
	}
	return diag.Errorf(display, 0, 0, "no question found: a %s file holds questions in %s", suffix, format)
}

// The suffixes of the Moodle question files a pack may hold.
const (
	GIFTSuffix  = ".gift"
	AikenSuffix = ".aiken.txt"
)

// checkUniqueIDs refuses an article whose question files, together, use
// an id twice: scores and reviews are kept by question id.
func checkUniqueIDs(a *Article) error {
	seen := map[string]*quiz.Question{}
	for i := range a.Questions {
		q := &a.Questions[i]
		if first, dup := seen[q.ID]; dup {
			return diag.Errorf(q.Path, q.Line, q.Col, "question id %q is also used at %s:%d", q.ID, first.Path, first.Line)
		}
		seen[q.ID] = q
	}
	return nil
}

// loadManifest reads pack.yaml if the pack has one.
func loadManifest(fsys fs.FS, origin string, p *Pack) error {
	display := path.Join(origin, ManifestName)
	data, err := ReadFile(fsys, ManifestName, display)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if d := CheckText(display, data); d != nil {
		return d
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&p.Manifest); err != nil && !errors.Is(err, io.EOF) {
		line, col, msg := YAMLSyntaxAt(data, err)
		return diag.Errorf(display, line, col, "%s", msg)
	}
	m := &p.Manifest
	for _, f := range []*string{&m.ID, &m.Title, &m.Description, &m.Author, &m.Version, &m.License, &m.ContentHash} {
		*f = sanitize.Line(*f)
	}
	if m.ID != "" && !IDPattern().MatchString(m.ID) {
		return diag.Errorf(display, 1, 1, "id %q may hold only a-z, 0-9 and '-'", m.ID)
	}
	if msg := VersionProblem(m.Version); msg != "" {
		return diag.Errorf(display, 1, 1, "%s", msg)
	}
	if m.Assignment != nil {
		return CheckAssignment(data, m.Assignment, display)
	}
	return nil
}

// ReadFile reads a file from the pack, refusing one over MaxFileSize
// without reading more than that.
func ReadFile(fsys fs.FS, name, display string) ([]byte, error) {
	f, err := fsys.Open(name)
	if errors.Is(err, errLinkOutside) || errors.Is(err, errNotRegular) {
		return nil, diag.Errorf(display, 0, 0, "%v", UnwrapPathError(err))
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) {
		// archive/zip stops an entry that inflates past the size it
		// declares (a zip bomb) with these; say so plainly.
		return nil, diag.Errorf(display, 0, 0, "entry is damaged or inflates past the size it declares; refusing the zip")
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", display, err)
	}
	if len(data) > MaxFileSize {
		return nil, diag.Errorf(display, 0, 0, "file is over the limit of %s", MaxFileSizeText)
	}
	return data, nil
}
