// Package lint checks packs the way `brief lint` does: every problem at
// once, each located as path:line:col, warnings apart from errors.
package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing/fstest"

	"brief/content"
	"brief/internal/diag"
	"brief/quiz"
)

// Pack checks a pack at the root of fsys, the way `brief lint` does, and
// returns every problem found, sorted by path, line and column. Unlike
// Load it does not stop at the first error: a teacher fixes a whole file
// at once. origin names the pack in the paths of the diagnostics.
func Pack(fsys fs.FS, origin string) []*diag.Diagnostic {
	l := &linter{fsys: fsys, origin: origin}
	l.run()
	sortDiagnostics(l.diags)
	return l.diags
}

// Path lints what a user names on the command line: a pack directory,
// a .zip pack, an .md article (with the question file beside it), or a
// .quiz.yaml question file (with the article beside it). The error is for
// a path that cannot be read at all; problems in what was read are
// diagnostics.
func Path(p string) ([]*diag.Diagnostic, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("lint %s: %w", p, content.UnwrapPathError(err))
	}
	lower := strings.ToLower(p)
	switch {
	case st.IsDir():
		return Pack(content.FolderFS(p), p), nil
	case filepath.Base(p) == content.ManifestName:
		// A teacher editing pack.yaml checks it where it is: the whole
		// pack is what it describes.
		dir := filepath.Dir(p)
		return Pack(content.FolderFS(dir), dir), nil
	case strings.HasSuffix(lower, ".zip"):
		zr, err := content.OpenZip(p)
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		return lintZip(zr.FS(), p), nil
	case questionSuffix(lower) != "":
		base := strings.TrimSuffix(filepath.Base(p), questionSuffix(lower))
		return lintFiles(p, filepath.Base(p), base+".md")
	case strings.HasSuffix(lower, ".md"):
		base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		var companions []string
		for _, qf := range content.QuestionFormats() {
			companions = append(companions, base+qf.Suffix)
		}
		return lintFiles(p, filepath.Base(p), companions...)
	default:
		return nil, fmt.Errorf("lint %s: not a pack: give a directory, a .zip pack, an .md article, or a question file (%s, %s, %s)", p, content.QuizSuffix, content.GIFTSuffix, content.AikenSuffix)
	}
}

// lintFiles lints the named file and, where they exist, its companions
// beside it, as a pack of those files alone; the directory's other
// articles are not the user's question.
func lintFiles(p, name string, companions ...string) ([]*diag.Diagnostic, error) {
	dir := filepath.Dir(p)
	dirFS := content.FolderFS(dir)
	files := fstest.MapFS{}
	for _, n := range append([]string{name}, companions...) {
		data, err := content.ReadFile(dirFS, n, filepath.Join(dir, n))
		switch {
		case err == nil:
			files[n] = &fstest.MapFile{Data: data}
		case n != name && errors.Is(err, fs.ErrNotExist):
			// A missing companion is reported by Pack itself.
		case n == name:
			var d *diag.Diagnostic
			if errors.As(err, &d) {
				return []*diag.Diagnostic{d}, nil
			}
			return nil, fmt.Errorf("lint %s: %w", p, content.UnwrapPathError(err))
		default:
			return nil, fmt.Errorf("lint %s: %w", filepath.Join(dir, n), content.UnwrapPathError(err))
		}
	}
	origin := dir
	if dir == "." {
		origin = "" // name the file as the user did, without "./"
	}
	return Pack(files, origin), nil
}

// linter gathers the diagnostics of one pack.
type linter struct {
	fsys      fs.FS
	origin    string
	diags     []*diag.Diagnostic
	questions content.QuestionTally // the pack's questions so far, against MaxPackQuestions
	// drawn is the number of questions the pack's assignment asks of each
	// article (0: all of them), and drawnAt where pack.yaml says so.
	drawn   int
	drawnAt *diag.Diagnostic
}

// display is how a file of the pack is named in messages.
func (l *linter) display(name string) string {
	if l.origin == "" {
		return name
	}
	return path.Join(l.origin, name)
}

func (l *linter) add(ds ...*diag.Diagnostic) { l.diags = append(l.diags, ds...) }

// addErr records an error from reading or parsing a file, located if it
// already is a diagnostic, otherwise at the top of the file.
func (l *linter) addErr(display string, err error) {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range joined.Unwrap() {
			l.addErr(display, e)
		}
		return
	}
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		l.add(d)
		return
	}
	l.add(diag.Errorf(display, 0, 0, "%v", content.UnwrapPathError(err)))
}

func (l *linter) run() {
	entries, err := fs.ReadDir(l.fsys, ".")
	if err != nil {
		l.add(diag.WholeErrorf(l.display("."), "cannot read the pack: %v", content.UnwrapPathError(err)))
		return
	}
	var articles, quizzes []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
		case content.IsPackFile(name) && content.BadFileName(name):
			l.add(content.FileNameError(l.origin, name))
		case questionSuffix(name) != "":
			quizzes = append(quizzes, name)
		case strings.HasSuffix(name, ".md") && !strings.EqualFold(name, "README.md"):
			articles = append(articles, name)
		}
	}
	sort.Strings(articles)
	sort.Strings(quizzes)
	if len(articles) == 0 && len(quizzes) == 0 {
		l.add(diag.WholeErrorf(l.display("."), "no articles: a pack holds at least one .md article file"))
	}
	l.lintManifest()
	ids := map[string]string{} // article id → display path of the first article using it
	for _, name := range articles {
		l.lintArticle(name, ids)
	}
	for _, name := range quizzes {
		article := strings.TrimSuffix(name, questionSuffix(name)) + ".md"
		if _, err := fs.Stat(l.fsys, article); err != nil {
			l.lintOrphanQuiz(name, article)
		}
	}
}

// lintArticle checks an article file and, if it has one, its question
// file against it.
func (l *linter) lintArticle(name string, ids map[string]string) {
	display := l.display(name)
	a := l.readArticle(name, display, ids)
	base := strings.TrimSuffix(name, ".md")
	seen := map[string]*quiz.Question{} // question id → where it was first used, across the article's files
	found := false
	for _, qf := range content.QuestionFormats() {
		if l.lintQuestionFile(a, base+qf.Suffix, qf, seen) {
			found = true
		}
	}
	if found && l.drawn > len(seen) {
		d := *l.drawnAt
		d.Msg = fmt.Sprintf("assignment: questions %d, but %s has %d: the assignment asks those %d", l.drawn, name, len(seen), len(seen))
		l.add(&d)
	}
	if !found && a != nil {
		// The pack still loads and the article can be read, but a student
		// who picks its quiz is told it has none: say so before packing.
		// (An article that does not parse has its error said already.)
		l.add(diag.Warnf(display, 0, 0, "%s has no question file, so it has no quiz: add %s%s beside it (or %s%s, %s%s)",
			name, base, content.QuizSuffix, base, content.GIFTSuffix, base, content.AikenSuffix))
	}
}

// readArticle reads and parses an article, reporting an id another
// article of the pack already uses. It returns nil for an article that
// cannot be read: its questions are still checked, less what needs the
// article.
func (l *linter) readArticle(name, display string, ids map[string]string) *content.Article {
	data, err := content.ReadFile(l.fsys, name, display)
	var a *content.Article
	if err == nil {
		a, err = content.ParseArticle(display, data)
	}
	if err != nil {
		l.addErr(display, err)
		return nil
	}
	if other, dup := ids[a.ID]; dup {
		l.add(diag.Errorf(display, 2, 1, "article id %q is also used by %s", a.ID, other))
	} else {
		ids[a.ID] = display
	}
	return a
}

// lintQuestionFile checks one of an article's question files, in the
// format qf, against the article (nil if it could not be read), and
// reports whether the file is there. seen holds the question ids of the
// article's files checked before, which this one may not reuse: they are
// asked together.
func (l *linter) lintQuestionFile(a *content.Article, qname string, qf content.QuestionFormat, seen map[string]*quiz.Question) bool {
	qdisplay := l.display(qname)
	qdata, err := content.ReadFile(l.fsys, qname, qdisplay)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false
	case err != nil:
		l.addErr(qdisplay, err)
		return true
	}
	if d := content.CheckText(qdisplay, qdata); d != nil {
		l.add(d)
		return true
	}
	qs, diags := qf.Parse(qdisplay, qdata)
	var broken []quiz.Question
	if qf.Suffix == content.QuizSuffix {
		qs, broken, diags = quiz.ParseFileForLint(qdisplay, qdata)
	}
	l.add(diags...)
	l.add(l.questions.Add(qs)...)
	if d := content.NoQuestions(qdisplay, qf.Suffix, qs); d != nil && diag.FirstError(diags) == nil {
		l.add(d)
	}
	l.add(checkQuestions(a, qs, qdata, qf.Suffix == content.QuizSuffix)...)
	l.add(alsoWrong(checkQuestions(a, broken, qdata, true))...)
	for i := range qs {
		q := &qs[i]
		if first, dup := seen[q.ID]; dup {
			l.add(diag.Errorf(q.Path, q.Line, q.Col, "question id %q is also used at %s:%d", q.ID, first.Path, first.Line))
			continue
		}
		seen[q.ID] = q
	}
	return true
}

// questionSuffix is the question-file suffix a file name ends with, or "".
func questionSuffix(name string) string {
	for _, qf := range content.QuestionFormats() {
		if strings.HasSuffix(name, qf.Suffix) {
			return qf.Suffix
		}
	}
	return ""
}

// lintOrphanQuiz reports a question file with no article to be about, and
// still checks the file itself.
func (l *linter) lintOrphanQuiz(name, article string) {
	display := l.display(name)
	l.add(diag.Errorf(display, 0, 0, "%s has no article %s beside it: a question file is named after its article", name, article))
	data, err := content.ReadFile(l.fsys, name, display)
	if err != nil {
		l.addErr(display, err)
		return
	}
	if d := content.CheckText(display, data); d != nil {
		l.add(d)
		return
	}
	suffix := questionSuffix(name)
	for _, qf := range content.QuestionFormats() {
		if qf.Suffix == suffix {
			qs, diags := qf.Parse(display, data)
			l.add(diags...)
			if d := content.NoQuestions(display, suffix, qs); d != nil && diag.FirstError(diags) == nil {
				l.add(d)
			}
			l.add(checkQuestions(nil, qs, data, suffix == content.QuizSuffix)...)
		}
	}
}

// sortDiagnostics orders diagnostics by file and position so that lint
// output reads top to bottom; ties keep a fixed order by message.
func sortDiagnostics(ds []*diag.Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Msg < b.Msg
	})
}

// lintZip is Pack for a pack zip, which also checks the content_hash that
// `brief pack` wrote: a teacher checking a file before handing it out
// learns then, not from a student's `brief add`, that it was changed.
func lintZip(fsys fs.FS, origin string) []*diag.Diagnostic {
	ds := Pack(fsys, origin)
	if diag.CountErrors(ds) > 0 {
		return ds
	}
	if err := content.VerifyContentHash(fsys, origin); err != nil {
		display := path.Join(origin, content.ManifestName)
		line := manifestLine(fsys, "content_hash:")
		ds = append(ds, diag.Errorf(display, line, 1, "%s", strings.TrimPrefix(err.Error(), origin+": ")))
	}
	return ds
}

// manifestLine is the line of pack.yaml that starts with prefix, else 1.
func manifestLine(fsys fs.FS, prefix string) int {
	data, err := fs.ReadFile(fsys, content.ManifestName)
	if err != nil {
		return 1
	}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	return 1
}

// alsoWrong keeps, of the checks on questions that already have an
// error, the other errors (a section or quote not in the article), not
// the advice: the question is being fixed anyway.
func alsoWrong(ds []*diag.Diagnostic) []*diag.Diagnostic {
	var out []*diag.Diagnostic
	for _, d := range ds {
		if d.Severity != diag.Warning {
			out = append(out, d)
		}
	}
	return out
}
